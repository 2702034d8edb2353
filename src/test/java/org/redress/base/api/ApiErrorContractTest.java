package org.redress.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementDraft;
import org.redress.agreement.AgreementDrafting;
import org.redress.agreement.AgreementObligations;
import org.redress.agreement.AgreementSigning;
import org.redress.agreement.ObligationKind;
import org.redress.agreement.ObligationLine;
import org.redress.agreement.SignatureMethod;
import org.redress.complaint.ComplaintService;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Every error under /api is a JSON ApiError with the status a partner's client expects: never a redirect, HTML or an
 * empty body. Each row is one of the requests that once answered 302, 200 HTML or an empty 403.
 */
@RedressTest
class ApiErrorContractTest {

    static final String LONG = "长".repeat(100_000);
    static String caseNumber;
    static String openCase;
    static long agreementId;

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintService complaints;
    @Autowired
    AgreementDrafting drafting;
    @Autowired
    AgreementSigning signing;
    @Autowired
    AgreementObligations tracking;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    TestData data;

    @BeforeEach
    void fixture() {
        if (caseNumber != null) {
            return;
        }
        accounts.ensureAccount("contract-staff", "Contract", "contract-secret-1", Set.of(Role.STAFF));
        TestData.asUser("mediator", "MEDIATOR", () -> {
            caseNumber = complaints.file(TestData.draft(data.merchant("错误契约测试店").id())).caseNumber();
            openCase = complaints.file(TestData.draft(data.merchant("错误契约测试店").id())).caseNumber();
            AgreementDetails draft = drafting.draft(new AgreementDraft(caseNumber, null, null, null, List.of(
                    new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal("10.00"),
                            LocalDate.now().plusDays(3), "退款"))));
            for (String party : List.of("CONSUMER", "MERCHANT", "MEDIATOR")) {
                signing.sign(draft.id(), party, "某某", "本人", SignatureMethod.IN_PERSON);
            }
            tracking.fulfil(draft.id(), 1, LocalDate.now(), "已到账");
            agreementId = draft.id();
        });
    }

    private static RequestBuilder json(String path, String body) {
        return post(path).with(user("mediator").roles("MEDIATOR")).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("no credentials", 401, (Req) () -> get("/api/v1/complaints/search?q=x")),
                Arguments.of("wrong password", 401, (Req) () -> get("/api/v1/complaints/search?q=x")
                        .with(httpBasic("contract-staff", "wrong"))),
                Arguments.of("regulator on case search", 403, (Req) () -> get("/api/v1/complaints/search?q=x")
                        .with(user("regulator").roles("REGULATOR"))),
                Arguments.of("unknown path", 404, (Req) () -> get("/api/v1/no-such-thing")
                        .with(user("staff").roles("STAFF"))),
                Arguments.of("unknown case", 404, (Req) () -> get("/api/v1/complaints/RC-1999-000001")
                        .with(user("staff").roles("STAFF"))),
                Arguments.of("DELETE on a POST address", 405, (Req) () -> delete("/api/v1/complaints")
                        .with(user("staff").roles("STAFF"))),
                Arguments.of("wrong content type", 415, (Req) () -> post("/api/v1/complaints")
                        .with(user("staff").roles("STAFF")).contentType(MediaType.APPLICATION_XML).content("<x/>")),
                Arguments.of("malformed JSON", 400, (Req) () -> json("/api/v1/complaints", "{\"consumerName\":")),
                Arguments.of("minAmount=1e400", 400, (Req) () -> get("/api/v1/complaints/search")
                        .param("minAmount", "1e400").with(user("staff").roles("STAFF"))),
                Arguments.of("lone surrogate in q", 400, (Req) () -> get("/api/v1/complaints/search")
                        .param("q", "\uD800").with(user("staff").roles("STAFF"))),
                Arguments.of("lone surrogate in externalId", 400, (Req) () -> get("/api/v1/complaints")
                        .param("externalId", "\uD800").with(user("staff").roles("STAFF"))),
                Arguments.of("page not a number", 400, (Req) () -> get("/api/v1/complaints/search")
                        .param("page", "x").with(user("staff").roles("STAFF"))),
                Arguments.of("obligations [null]", 400, (Req) () -> json("/api/v1/agreements",
                        "{\"caseNumber\":\"" + openCase + "\",\"obligations\":[null]}")),
                Arguments.of("100,000-character recitals", 400, (Req) () -> json("/api/v1/agreements",
                        "{\"caseNumber\":\"" + openCase + "\",\"recitals\":\"" + LONG + "\",\"obligations\":[{"
                                + "\"debtor\":\"MERCHANT\",\"creditor\":\"CONSUMER\",\"kind\":\"APOLOGY\"}]}")),
                Arguments.of("100,000-character waiver reason", 400, (Req) () -> json("/api/v1/agreements/"
                        + agreementId + "/obligations/1/waiver", "{\"reason\":\"" + LONG + "\"}")),
                Arguments.of("second fulfilment", 409, (Req) () -> json("/api/v1/agreements/" + agreementId
                        + "/obligations/1/fulfilment", "{\"date\":\"" + LocalDate.now() + "\",\"note\":\"again\"}")),
                Arguments.of("voucher named /", 400, (Req) () -> multipart("/api/v1/agreements/" + agreementId
                        + "/obligations/1/fulfilment").file(new MockMultipartFile("voucher", "/", "image/png",
                        new byte[] {1, 2, 3})).param("date", LocalDate.now().toString())
                        .with(user("staff").roles("STAFF"))),
                Arguments.of("NUL in a name", 400, (Req) () -> json("/api/v1/complaints",
                        "{\"receivedAt\":\"" + LocalDate.now() + "\",\"channel\":\"WEB\",\"consumerName\":\"王\\u0000芳\","
                                + "\"consumerPhone\":\"13800138000\",\"merchantName\":\"某店\",\"platform\":\"DOUYIN\","
                                + "\"amountPaid\":1,\"amountClaimed\":1,\"paymentMethod\":\"CARD\","
                                + "\"category\":\"OTHER\",\"narrative\":\"文字\"}")),
                Arguments.of("RTL override in a narrative", 400, (Req) () -> json("/api/v1/complaints",
                        "{\"receivedAt\":\"" + LocalDate.now() + "\",\"channel\":\"WEB\",\"consumerName\":\"王芳\","
                                + "\"consumerPhone\":\"13800138000\",\"merchantName\":\"某店\",\"platform\":\"DOUYIN\","
                                + "\"amountPaid\":1,\"amountClaimed\":1,\"paymentMethod\":\"CARD\","
                                + "\"category\":\"OTHER\",\"narrative\":\"退款\\u202Egnp.exe\"}")));
    }

    interface Req {
        RequestBuilder build();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("requests")
    void answersJsonWithTheRightStatus(String what, int expected, Req request) throws Exception {
        MvcResult result = mvc.perform(request.build()).andReturn();
        var response = result.getResponse();
        assertThat(response.getStatus()).as(what).isEqualTo(expected);
        assertThat(response.getHeader("Location")).as("no redirect").isNull();
        assertThat(response.getContentType()).as("JSON body").startsWith(MediaType.APPLICATION_JSON_VALUE);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"status\":" + expected).contains("\"message\"");
        if (expected == 401) {
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
        }
    }
}
