package org.redress.mediation;

/** Someone invited to a session. Field names are part of the API. */
public record ParticipantRequest(String name, ParticipantRole role, String contact) {
}
