package org.redress.security;

import java.util.Set;
import org.redress.base.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile no account exists at first: the first administrator is created from the
 * REDRESS_ADMIN_PASSWORD environment variable, so no well-known password ever reaches production.
 */
@Component
@Profile("!demo & !test")
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountProvisioning provisioning;
    private final String initialPassword;

    InitialAdministrator(AccountProvisioning provisioning,
                         @Value("${redress.admin.initial-password:}") String initialPassword) {
        this.provisioning = provisioning;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (provisioning.hasAnyAccount()) {
            return;
        }
        Message problem = PasswordPolicy.problem("admin", initialPassword);
        if (problem != null) {
            log.warn("No accounts exist. Set REDRESS_ADMIN_PASSWORD (8+ characters, not a common password) and"
                    + " restart to create 'admin'{}.", initialPassword == null || initialPassword.isEmpty() ? ""
                    : " (" + problem + ")");
            return;
        }
        provisioning.ensureAccount("admin", "Administrator", initialPassword, Set.of(Role.ADMIN));
        log.info("Created the first administrator account 'admin' from REDRESS_ADMIN_PASSWORD.");
    }
}
