package org.redress.base;

/** Role names for {@code @RolesAllowed} and {@code @PreAuthorize}, kept in one place. */
public final class Roles {

    public static final String STAFF = "STAFF";
    public static final String MEDIATOR = "MEDIATOR";
    public static final String REGULATOR = "REGULATOR";
    public static final String ADMIN = "ADMIN";
    public static final String RESPONDENT = "RESPONDENT";
    /** Merchants', platforms' and payment providers' accounts: only the referrals to their organisation. */
    public static final String RESPONDENTS = "hasRole('RESPONDENT')";

    /** Who may read and work on individual cases (personal data included). */
    public static final String CASE_WORKERS = "hasAnyRole('STAFF','MEDIATOR','ADMIN')";
    /** Who may see aggregated figures. */
    public static final String AGGREGATE_READERS = "hasAnyRole('REGULATOR','ADMIN')";
    public static final String ADMINS = "hasRole('ADMIN')";
    /** Who may draft and amend agreements, declare ties and escalate: mediators, and administrators. */
    public static final String MEDIATORS = "hasAnyRole('MEDIATOR','ADMIN')";
    /** Who may take complaints in by bulk import: intake staff, and administrators. */
    public static final String INTAKE = "hasAnyRole('STAFF','ADMIN')";
    /** Merchant names are public facts about businesses: every signed-in role may read them. */
    public static final String ANY_ROLE = "hasAnyRole('STAFF','MEDIATOR','REGULATOR','ADMIN')";

    private Roles() {
    }
}
