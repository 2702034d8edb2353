package org.redress.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Every answer, portal page or API, carries the headers that keep it from being framed, sniffed or leaked. */
@RedressTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        for (RequestBuilder request : new RequestBuilder[] {get("/actuator/health"),
                get("/api/v1/complaints/search").with(user("staff").roles("STAFF"))}) {
            mvc.perform(request)
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                            Matchers.containsString("default-src 'self'"),
                            Matchers.containsString("frame-ancestors 'none'"),
                            Matchers.containsString("object-src 'none'"))));
        }
    }
}
