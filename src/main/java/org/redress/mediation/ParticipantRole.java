package org.redress.mediation;

/** In what role someone takes part in a session. Constant names are part of the API. */
public enum ParticipantRole {
    CONSUMER, REPRESENTATIVE, MERCHANT, PLATFORM, OTHER
}
