package org.redress.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.ComplaintService;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The sessions API as partner systems and calendar programs use it. */
@RedressTest
@WithMockUser(username = "coordinator", roles = "STAFF")
class SessionApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintService complaints;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    SessionCalendar calendar;
    @Autowired
    TestData data;
    @Autowired
    SessionConduct conduct;

    private static final String MEDIATOR = "apimediator";

    private String newCase() {
        TestData.asAdmin(() -> accounts.ensureAccount(MEDIATOR, "API 调解员", "Mediator-Pass-2026",
                Set.of(Role.MEDIATOR)));
        return TestData.asAdminGet(() -> complaints.file(TestData.draft(
                data.merchant("接口排期店" + System.nanoTime()).id())).caseNumber());
    }

    private static String day() {
        return LocalDate.now().plusYears(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).toString();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body)
                .with(user("coordinator").roles("STAFF"));
    }

    private static String body(String caseNumber, String time, int minutes, String phone) {
        return """
                {"caseNumber":"%s","mediator":"%s","start":"%sT%s:00+08:00","durationMinutes":%d,
                 "onlineLink":"https://meet.example.cn/abc",
                 "participants":[{"name":"李雷","role":"CONSUMER","contact":"%s"},
                                 {"name":"商家代表","role":"MERCHANT","contact":"shop@example.cn"}]}"""
                .formatted(caseNumber, MEDIATOR, day(), time, minutes, phone);
    }

    @Test
    void schedulingAnswers201ThenAClashAnswers409NamingTheOtherSession() throws Exception {
        String created = mvc.perform(json(post("/api/v1/sessions"), body(newCase(), "10:00", 60, "13911112222")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.start").value(day() + "T10:00:00+08:00"))
                .andExpect(jsonPath("$.participants[0].role").value("CONSUMER"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

        mvc.perform(json(post("/api/v1/sessions"), body(newCase(), "10:30", 30, "13933334444")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").exists())
                .andExpect(jsonPath("$.clashes[0].kind").value("MEDIATOR"))
                .andExpect(jsonPath("$.clashes[0].sessionId").value(id))
                .andExpect(jsonPath("$.clashes[0].start").value(day() + "T10:00:00+08:00"))
                .andExpect(jsonPath("$.clashes[0].end").value(day() + "T11:00:00+08:00"));

        mvc.perform(json(post("/api/v1/sessions/" + id + "/reschedule"),
                        "{\"start\":\"" + day() + "T15:00:00+08:00\",\"durationMinutes\":45}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.end").value(day() + "T15:45:00+08:00"));
        mvc.perform(get("/api/v1/sessions").param("mediator", MEDIATOR).param("from", day()).param("to",
                        LocalDate.parse(day()).plusDays(1).toString()).with(user("coordinator").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].durationMinutes").value(45));
        mvc.perform(get("/api/v1/sessions/" + id + ".ics").with(user("coordinator").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(Matchers.containsString("UID:session-" + id + "@redress")));
        mvc.perform(json(post("/api/v1/sessions/" + id + "/cancel"), "{\"reason\":\"消费者住院\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(json(post("/api/v1/sessions/" + id + "/cancel"), "{\"reason\":\"again\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void invalidInputAnswers400WithFieldErrorsAndRegulatorsMayNotSchedule() throws Exception {
        mvc.perform(json(post("/api/v1/sessions"), "{\"caseNumber\":\"" + newCase()
                        + "\",\"start\":\"2026-13-01\",\"durationMinutes\":60}"))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/sessions"), "{\"caseNumber\":\"" + newCase() + "\",\"durationMinutes\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.start").exists())
                .andExpect(jsonPath("$.fieldErrors.durationMinutes").exists())
                .andExpect(jsonPath("$.fieldErrors.mediator").exists())
                .andExpect(jsonPath("$.fieldErrors.participants").exists());
        mvc.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                        .content(body(newCase(), "10:00", 60, "13955556666"))
                        .with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sessions").with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFeedOpensWithItsTokenWithoutSigningInAndNotWithAWrongOne() throws Exception {
        // The feed covers the past 90 days and the coming year: the session lies within it.
        String created = mvc.perform(json(post("/api/v1/sessions"), body(newCase(), "16:00", 30, "13977778888")
                        .replace(day() + "T16", LocalDate.now().plusWeeks(8)
                                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)) + "T16")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        String token = TestData.asAdminGet(() -> {
            var previous = SecurityContextHolder.getContext();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken
                    .authenticated(MEDIATOR, null, List.of(
                            new SimpleGrantedAuthority("ROLE_MEDIATOR"))));
            SecurityContextHolder.setContext(context);
            try {
                return calendar.feedToken();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
        String feed = mvc.perform(get("/api/v1/sessions/feeds/" + MEDIATOR + ".ics").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString();
        assertThat(feed).startsWith("BEGIN:VCALENDAR").contains("METHOD:PUBLISH")
                .contains("UID:session-" + id + "@redress");
        mvc.perform(get("/api/v1/sessions/feeds/" + MEDIATOR + ".ics").param("token", "wrong" + token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sessions/feeds/" + MEDIATOR + ".ics")).andExpect(status().isNotFound());
    }

    @Test
    void anOutcomeBeforeTheStartIsRefusedWith409UnlessAReasonIsGiven() throws Exception {
        String created = mvc.perform(json(post("/api/v1/sessions"), body(newCase(), "14:00", 60, "13955556666")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        TestData.asUser(MEDIATOR, "MEDIATOR", () -> conduct.confirmNoConflict(id));

        mvc.perform(post("/api/v1/sessions/" + id + "/outcome").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"AGREEMENT_REACHED\",\"note\":\"退款 300 元\"}")
                        .with(user(MEDIATOR).roles("MEDIATOR")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.mediation.outcomeBeforeStart"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("14:00")));
        mvc.perform(post("/api/v1/sessions/" + id + "/outcome").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"AGREEMENT_REACHED\",\"note\":\"退款 300 元\","
                                + "\"earlyReason\":\"双方提前到场\"}")
                        .with(user(MEDIATOR).roles("MEDIATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("AGREEMENT_REACHED"))
                .andExpect(jsonPath("$.status").value("HELD"));
    }
}
