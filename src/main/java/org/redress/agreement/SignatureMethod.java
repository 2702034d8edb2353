package org.redress.agreement;

/** How a party signed: in person at the session, or by a one-time code sent out of band and typed by staff. */
public enum SignatureMethod {
    IN_PERSON, ONE_TIME_CODE
}
