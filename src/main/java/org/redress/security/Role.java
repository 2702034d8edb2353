package org.redress.security;

/** What a user of the portal does; each maps to the Spring Security authority {@code ROLE_<name>}. */
public enum Role {
    /** Consumer-association intake staff. */
    STAFF,
    MEDIATOR,
    /** Sees aggregated statistics only, never a consumer's personal data. */
    REGULATOR,
    ADMIN,
    /** A merchant, platform or payment provider answering the complaints referred to it, and seeing only those. */
    RESPONDENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
