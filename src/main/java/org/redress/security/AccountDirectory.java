package org.redress.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers questions about colleagues (e.g. whom a case may be assigned to) without the admin rights. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Usernames of the enabled accounts holding one of the roles (e.g. mediators to lead a dispute), sorted. */
    public List<String> activeUsernames(Set<Role> roles) {
        return accounts.findAllByOrderByUsername().stream()
                .filter(account -> account.isEnabled() && account.getRoles().stream().anyMatch(roles::contains))
                .map(UserAccount::getUsername).toList();
    }

    /** The full name an account was given, to print where a person signs (e.g. the mediator of an agreement). */
    public Optional<String> displayName(String username) {
        return username == null ? Optional.empty() : accounts.findByUsernameIgnoreCase(username)
                .map(UserAccount::getDisplayName).filter(name -> !name.isBlank());
    }

    /** Whether an enabled account exists with this username and at least one of the roles. */
    public boolean isActiveWithAnyRole(String username, Set<Role> roles) {
        return accounts.findByUsernameIgnoreCase(username)
                .filter(account -> account.isEnabled() && account.getRoles().stream().anyMatch(roles::contains))
                .isPresent();
    }
}
