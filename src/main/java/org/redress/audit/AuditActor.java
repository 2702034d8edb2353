package org.redress.audit;

/**
 * Who is acting, for the audit trail: implemented by the security module, so that auditing does not depend on how
 * users sign in.
 */
public interface AuditActor {

    /** The user's name, or "system" for work the portal does by itself. */
    String usernameOrSystem();
}
