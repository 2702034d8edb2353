package org.redress.security;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets case workers pick colleagues (e.g. whom to assign a case to) without the admin rights. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Enabled accounts that hold the role, by username. */
    @PreAuthorize(Roles.CASE_WORKERS)
    public List<String> usernamesWithRole(Role role) {
        return accounts.findAllByOrderByUsername().stream()
                .filter(account -> account.isEnabled() && account.getRoles().contains(role))
                .map(UserAccount::getUsername)
                .toList();
    }

    /** Whether an enabled account exists with this username and role. */
    public boolean isActiveWithRole(String username, Role role) {
        return accounts.findByUsernameIgnoreCase(username)
                .filter(account -> account.isEnabled() && account.getRoles().contains(role))
                .isPresent();
    }
}
