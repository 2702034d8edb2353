package org.redress.mediation;

import java.time.OffsetDateTime;

/** A slot in which the mediator (and room, when one was asked for) are free, buffer included. */
public record FreeSlot(OffsetDateTime start, OffsetDateTime end) {
}
