package org.redress.security;

import java.util.Optional;
import org.redress.audit.AuditActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request or UI access. Reads the security context through the application's
 * {@link SecurityContextHolderStrategy} (Vaadin installs its own), so it sees what method security sees.
 */
@Component
public class CurrentUser implements AuditActor {

    private final SecurityContextHolderStrategy strategy;

    public CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<String> username() {
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /** The username, or "system" for work done by the portal itself (seeding, scheduled jobs). */
    @Override
    public String usernameOrSystem() {
        return username().orElse("system");
    }

    public boolean hasRole(Role role) {
        Authentication authentication = strategy.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(role.authority()));
    }

    /** Whether the user works on individual cases (and may therefore see personal data). */
    public boolean isCaseWorker() {
        return hasRole(Role.STAFF) || hasRole(Role.MEDIATOR) || hasRole(Role.ADMIN);
    }
}
