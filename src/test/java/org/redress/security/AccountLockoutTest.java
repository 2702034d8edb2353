package org.redress.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing is stopped per account and client address; an attacker elsewhere cannot lock the owner out, and every
 * failure reads the same whether the user exists, the password is wrong or the address is blocked.
 */
@RedressTest
class AccountLockoutTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    UserAccountService users;
    @Autowired
    UserAccountRepository accounts;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void fiveFailuresBlockThatAddressOnlyAndTheOwnerStillSignsIn() throws Exception {
        provisioning.ensureAccount("lock-me", "Lock Me", "right-password", Set.of(Role.STAFF));
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/complaints/RC-1999-000001").with(httpBasic("lock-me", "wrong"))
                    .with(from("203.0.113.9"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/complaints/RC-1999-000001").with(httpBasic("lock-me", "right-password"))
                .with(from("203.0.113.9"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/complaints/RC-1999-000001").with(httpBasic("lock-me", "right-password"))
                .with(from("198.51.100.20"))).andExpect(status().isNotFound());
    }

    @Test
    void aBlockedAddressAnUnknownUserAndAWrongPasswordAnswerAlike() throws Exception {
        provisioning.ensureAccount("alike", "Alike", "right-password", Set.of(Role.STAFF));
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/complaints/search").with(httpBasic("alike", "wrong")).with(from("203.0.113.7")));
        }
        String blocked = mvc.perform(get("/api/v1/complaints/search").with(httpBasic("alike", "right-password"))
                .with(from("203.0.113.7"))).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/v1/complaints/search").with(httpBasic("nobody-here", "x"))
                .with(from("203.0.113.8"))).andReturn().getResponse().getContentAsString();
        String wrong = mvc.perform(get("/api/v1/complaints/search").with(httpBasic("alike", "wrong"))
                .with(from("203.0.113.8"))).andReturn().getResponse().getContentAsString();
        assertThat(blocked).isEqualTo(unknown).isEqualTo(wrong);
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() throws Exception {
        provisioning.ensureAccount("form-user", "Form", "right-password", Set.of(Role.STAFF));
        mvc.perform(post("/login").param("username", "form-user").param("password", "right-password"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "form-user").param("password", "right-password").with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void passwordsFollowNist80063b() {
        Long id = accounts.findByUsernameIgnoreCase("lock-me").or(() -> {
            provisioning.ensureAccount("lock-me", "Lock Me", "right-password", Set.of(Role.STAFF));
            return accounts.findByUsernameIgnoreCase("lock-me");
        }).orElseThrow().getId();
        for (String weak : new String[] {"lock-me", "xxlock-mexx", "em-kcol", "12345678", "88888888", "woaini1314",
                "        ", "short", "Password"}) {
            assertThatThrownBy(() -> users.resetPassword(id, weak)).as(weak).isInstanceOf(InvalidInputException.class);
        }
        users.resetPassword(id, "调解 correct horse 电池");
        users.resetPassword(id, "right-password");
    }
}
