package org.redress.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InputValidator;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account administration: create, disable, reset passwords, assign roles. Administrators only. */
@Service
@Transactional
@PreAuthorize(Roles.ADMINS)
public class UserAccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator validator;
    private final AuditService audit;
    private final Clock clock;
    private final CachedCredentials apiCredentials;
    private final LoginThrottle throttle;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, InputValidator validator,
                       AuditService audit, Clock clock, CachedCredentials apiCredentials, LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
        this.apiCredentials = apiCredentials;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        return accounts.findAllByOrderByUsername().stream().map(AccountSummary::of).toList();
    }

    public AccountSummary create(NewAccount request) {
        validator.check(request);
        PasswordPolicy.check(request.username(), request.password());
        if (accounts.existsByUsernameIgnoreCase(request.username())) {
            throw new InvalidInputException(Map.of("username", Message.of("error.security.usernameAlreadyTaken")));
        }
        UserAccount account = accounts.save(new UserAccount(request.username().trim(), request.displayName().trim(),
                passwordEncoder.encode(request.password()), request.roles(), clock.instant()));
        audit.record(AuditSubject.USER, account.getId(), account.getUsername(), AuditAction.ACCOUNT_CREATED, "roles", null,
                request.roles().toString());
        return AccountSummary.of(account);
    }

    public AccountSummary setRoles(Long id, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new InvalidInputException(Map.of("roles", Message.of("error.security.chooseLeastOneRole")));
        }
        UserAccount account = load(id);
        String old = account.getRoles().toString();
        account.setRoles(roles);
        audit.record(AuditSubject.USER, id, account.getUsername(), AuditAction.ROLES_CHANGED, "roles", old, roles.toString());
        return AccountSummary.of(account);
    }

    public AccountSummary setEnabled(Long id, boolean enabled, String actingUsername) {
        UserAccount account = load(id);
        if (!enabled && account.getUsername().equalsIgnoreCase(actingUsername)) {
            throw new BusinessRuleException("error.security.youCannotDisableYour");
        }
        account.setEnabled(enabled);
        if (enabled) {
            throttle.forget(account.getUsername());
        }
        audit.record(AuditSubject.USER, id, account.getUsername(), enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
                "enabled", String.valueOf(!enabled), String.valueOf(enabled));
        return AccountSummary.of(account);
    }

    public void resetPassword(Long id, String newPassword) {
        UserAccount account = load(id);
        PasswordPolicy.check(account.getUsername(), newPassword);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        throttle.forget(account.getUsername());
        audit.record(AuditSubject.USER, id, account.getUsername(), AuditAction.PASSWORD_RESET, null, null, null);
    }

    private UserAccount load(Long id) {
        // Roles, passwords and the enabled flag may change: verified API credentials must be checked again.
        apiCredentials.clear();
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("error.security.noAccountId", id));
    }
}
