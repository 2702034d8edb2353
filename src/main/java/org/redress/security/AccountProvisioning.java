package org.redress.security;

import java.time.Clock;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts at start-up (demo accounts, the first administrator); not reachable from the UI. */
@Component
public class AccountProvisioning {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountProvisioning(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates the account unless one with that username exists; returns whether it created one. */
    @Transactional
    public boolean ensureAccount(String username, String displayName, String password, Set<Role> roles) {
        if (accounts.existsByUsernameIgnoreCase(username)) {
            return false;
        }
        accounts.save(new UserAccount(username, displayName, passwordEncoder.encode(password), roles, clock.instant()));
        return true;
    }

    @Transactional(readOnly = true)
    public boolean hasAnyAccount() {
        return accounts.count() > 0;
    }
}
