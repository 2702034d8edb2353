package org.redress.complaint;

/** How a complaint (or a consent) reached the association. Constant names are part of the API. */
public enum Channel {
    PHONE, WEB, WALK_IN, LETTER, PARTNER_PLATFORM, REFERRAL_12315
}
