package org.redress.mediation;

/** Why a slot cannot be booked. Constant names are part of the API's 409 answer. */
public enum ClashKind {
    MEDIATOR, ROOM, PARTICIPANT, WORKING_HOURS, HOLIDAY, ROOM_CAPACITY, CONFLICT_OF_INTEREST
}
