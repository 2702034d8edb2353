package org.redress.agreement;

/** In what role a party takes part in an agreement. Names are part of the API. */
public enum PartyRole {
    CONSUMER, REPRESENTATIVE, MERCHANT, PLATFORM, MEDIATOR
}
