package org.redress.mediation;

/**
 * A session was booked, moved or called off: the people it concerns should hear of it. For a class dispute's
 * session {@code disputeId} is set and every member case is concerned.
 */
public record SessionChanged(long sessionId, Long complaintId, Long disputeId, Change change) {

    public enum Change { SCHEDULED, RESCHEDULED, CANCELLED }
}
