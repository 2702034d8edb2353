package org.redress.security;

import java.util.Set;

/** What the administration view shows of an account (never the password hash). */
public record AccountSummary(Long id, String username, String displayName, Set<Role> roles, boolean enabled) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getRoles(),
                account.isEnabled());
    }
}
