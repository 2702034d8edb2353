package org.redress.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins (form and API alike) and locks an account after five in a row for fifteen minutes,
 * which stops password guessing without an administrator having to step in.
 */
@Component
class AccountLockout {

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final CachedCredentials apiCredentials;

    AccountLockout(UserAccountRepository accounts, Clock clock, CachedCredentials apiCredentials) {
        this.accounts = accounts;
        this.clock = clock;
        this.apiCredentials = apiCredentials;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsernameIgnoreCase(event.getAuthentication().getName())
                .ifPresent(account -> {
                    account.recordFailedLogin(clock.instant());
                    if (account.isLockedAt(clock.instant())) {
                        apiCredentials.clear();
                    }
                });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsernameIgnoreCase(event.getAuthentication().getName())
                .filter(account -> account.getFailedLogins() > 0 || account.getLockedUntil() != null)
                .ifPresent(UserAccount::recordSuccessfulLogin);
    }
}
