package org.redress.mediation;

/** A resource already booked by a session somewhere in the cells asked about. */
record TakenCell(String resource, Long sessionId) {
}
