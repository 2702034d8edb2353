package org.redress.security;

import org.redress.RedressTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressTest
class AccountLockoutTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    UserAccountRepository accounts;

    @Test
    void five_failed_logins_in_a_row_lock_the_account_for_fifteen_minutes() throws Exception {
        provisioning.ensureAccount("lock-me", "Lock Me", "right-password", Set.of(Role.STAFF));
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/complaints/RC-1999-000001").with(httpBasic("lock-me", "wrong")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/complaints/RC-1999-000001").with(httpBasic("lock-me", "right-password")))
                .andExpect(status().isUnauthorized());
        UserAccount account = accounts.findByUsernameIgnoreCase("lock-me").orElseThrow();
        assertThat(account.getLockedUntil()).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
                Instant.now().plus(Duration.ofMinutes(16)));
    }

    @Test
    void a_successful_login_resets_the_count_of_failures() throws Exception {
        provisioning.ensureAccount("forgetful", "Forgetful", "right-password", Set.of(Role.STAFF));
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/complaints/RC-1999-000001").with(httpBasic("forgetful", "wrong")));
        }
        mvc.perform(get("/api/v1/complaints/RC-1999-000001").with(httpBasic("forgetful", "right-password")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints/RC-1999-000001").with(httpBasic("forgetful", "wrong")));

        assertThat(accounts.findByUsernameIgnoreCase("forgetful").orElseThrow().isLockedAt(Instant.now())).isFalse();
    }
}
