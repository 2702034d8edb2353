package org.redress.respondent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.base.WorkingCalendar;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.redress.dispute.DisputeService;
import org.redress.dispute.NewDispute;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.redress.security.SystemUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Respondents tried from outside: an administrator sets up a merchant, another merchant and a payment provider with
 * their accounts; staff refer cases; each respondent reaches only its own referrals, sees contact details only where
 * the consumer agreed, answers on the clock, and is refused everything else.
 */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class RespondentBoundaryTest {

    private static final String PASSWORD = "Answer-Within-10-Days!";
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor STAFF = user("staff").roles("STAFF");

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;
    @Autowired
    Referrals referrals;
    @Autowired
    DisputeService disputes;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Clock clock;

    private String file(MerchantSummary shop, String phone, boolean share) {
        return complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(1), Channel.WEB, "王芳" + phone,
                phone, "wf" + phone + "@example.cn", "浙江", "杭州", shop.id(), shop.platformCode(), null, null, null,
                new BigDecimal("399.00"), new BigDecimal("399.00"), PaymentMethod.BUY_NOW_PAY_LATER,
                Category.MERCHANT_ABSCONDED, "直播间先用后付买的羽绒服没有发货，商家失联。" + phone, share, false))
                .caseNumber();
    }

    private long respondent(String body) throws Exception {
        String created = mvc.perform(post("/api/v1/respondents").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(ADMIN))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(created).path("id").asLong();
    }

    private long refer(String caseNumber, String to) throws Exception {
        String referral = mvc.perform(post("/api/v1/complaints/" + caseNumber + "/referrals")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"" + to + "\",\"message\":\"请核实\"}")
                        .with(STAFF))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueOn").value(calendar.addWorkingDays(LocalDate.now(clock), 10).toString()))
                .andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(referral).path("id").asLong();
    }

    @Test
    void eachRespondentReachesOnlyItsOwnReferralsAndAnswersOnTheClock() throws Exception {
        MerchantSummary shopA = merchants.create(new NewMerchant("转办测试羽绒服店", "DOUYIN", "DY-RESP-A"));
        MerchantSummary shopB = merchants.create(new NewMerchant("转办测试另一家店", "DOUYIN", "DY-RESP-B"));
        MerchantSummary nobody = merchants.create(new NewMerchant("转办测试无账号店", "DOUYIN", "DY-RESP-C"));
        String hidden = file(shopA, "13811110001", false);
        String shared = file(shopA, "13811110002", true);
        String orphan = file(nobody, "13811110003", false);
        respondent("{\"kind\":\"MERCHANT\",\"merchantIds\":[" + shopA.id() + "],\"username\":\"shop-a\",\"password\":\""
                + PASSWORD + "\"}");
        respondent("{\"kind\":\"MERCHANT\",\"merchantIds\":[" + shopB.id() + "],\"username\":\"shop-b\",\"password\":\""
                + PASSWORD + "\"}");
        respondent("{\"kind\":\"PAYMENT_PROVIDER\",\"providerName\":\"抖音月付\",\"platformCode\":\"DOUYIN\","
                + "\"username\":\"pay-later\",\"password\":\"" + PASSWORD + "\"}");
        mvc.perform(post("/api/v1/respondents").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"MERCHANT\",\"merchantIds\":[" + shopA.id() + "],\"username\":\"shop-a2\","
                                + "\"password\":\"" + PASSWORD + "\"}").with(ADMIN))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/respondents").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PLATFORM\",\"platformCode\":\"DOUYIN\",\"username\":\"x\",\"password\":\""
                                + PASSWORD + "\"}").with(STAFF))
                .andExpect(status().isForbidden());

        long hiddenReferral = refer(hidden, "MERCHANT");
        refer(shared, "MERCHANT");
        long providerReferral = refer(hidden, "PAYMENT_PROVIDER");
        mvc.perform(post("/api/v1/complaints/" + hidden + "/referrals").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"MERCHANT\"}").with(STAFF))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/complaints/" + orphan + "/referrals").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"MERCHANT\"}").with(STAFF))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(Matchers.containsString(orphan)));

        RequestPostProcessor shopALogin = httpBasic("shop-a", PASSWORD);
        mvc.perform(get("/api/v1/respondent/referrals").with(shopALogin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.complaint.caseNumber == '" + hidden + "')].complaint.consumerPhone")
                        .value(Matchers.contains("138****0001")))
                .andExpect(jsonPath("$[?(@.complaint.caseNumber == '" + hidden + "')].complaint.consumerName")
                        .value(Matchers.contains("王*")))
                .andExpect(jsonPath("$[?(@.complaint.caseNumber == '" + shared + "')].complaint.consumerPhone")
                        .value(Matchers.contains("13811110002")));
        mvc.perform(get("/api/v1/respondent/referrals").with(httpBasic("shop-b", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/v1/referrals/" + hiddenReferral + "/response").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"CLOSED_WITH_EXPLANATION\",\"message\":\"不是我们\"}")
                        .with(httpBasic("shop-b", PASSWORD)))
                .andExpect(status().isNotFound());
        for (String path : new String[] {"/api/v1/complaints/" + hidden, "/api/v1/disputes/suggestions",
                "/api/v1/statistics/dashboard", "/api/v1/referrals", "/api/v1/complaints/" + hidden + "/referrals",
                "/api/v1/complaints?size=5", "/api/v1/complaints/search?size=abc", "/api/v1/notices?status=LOST",
                "/api/v1/complaints/" + hidden + "/notices"}) {
            mvc.perform(get(path).with(shopALogin)).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        }
        mvc.perform(post("/api/v1/referrals/" + hiddenReferral + "/confirmation").contentType(MediaType.APPLICATION_JSON)
                .content("{\"settled\": true}").with(shopALogin)).andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/referrals/" + hiddenReferral + "/response").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"INSTALMENTS_PAUSED\"}").with(shopALogin))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/referrals/" + hiddenReferral + "/response").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"IN_PROGRESS\"}").with(shopALogin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.message").exists());
        mvc.perform(post("/api/v1/referrals/" + hiddenReferral + "/response").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"IN_PROGRESS\",\"message\":\"正在核对物流\"}").with(shopALogin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.extended").value(true))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.dueOn").value(calendar.addWorkingDays(calendar.addWorkingDays(
                        LocalDate.now(clock), 10), 10).toString()));
        mvc.perform(post("/api/v1/referrals/" + hiddenReferral + "/response").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"IN_PROGRESS\",\"message\":\"还要再等\"}").with(shopALogin))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/referrals/" + hiddenReferral + "/response").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"CLOSED_WITH_MONETARY_RELIEF\",\"message\":\"已全额退款\","
                                + "\"amountOffered\":399.00}").with(shopALogin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANSWERED"))
                .andExpect(jsonPath("$.responses.length()").value(2))
                .andExpect(jsonPath("$.responses[1].timely").value(true));
        mvc.perform(post("/api/v1/referrals/" + providerReferral + "/response").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"INSTALMENTS_PAUSED\",\"message\":\"已暂停后续扣款\"}")
                        .with(httpBasic("pay-later", PASSWORD)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/complaints/" + hidden + "/referrals").with(STAFF))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.to == 'MERCHANT')].responses[1].code")
                        .value(Matchers.contains("CLOSED_WITH_MONETARY_RELIEF")));
        SystemUser.run(() -> assertThat(complaints.get(hidden).status())
                .isEqualTo(ComplaintStatus.REFERRED_TO_PLATFORM));

        SystemUser.run(() -> assertThat(referrals.markOverdue(LocalDate.now(clock).plusMonths(2))).isPositive());
        mvc.perform(get("/api/v1/referrals?status=OVERDUE").with(STAFF))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseNumber == '" + shared + "')].status").value(Matchers.contains("OVERDUE")))
                .andExpect(jsonPath("$[?(@.caseNumber == '" + hidden + "')]").isEmpty());
    }

    @Test
    void aClassIsReferredToItsPayLaterProviderInOneActAndAnsweredByFile() throws Exception {
        MerchantSummary shop = merchants.create(new NewMerchant("转办集体测试店", "KUAISHOU", "KS-RESP-D"));
        String payLater1 = file(shop, "13822220001", false);
        String payLater2 = file(shop, "13822220002", false);
        String card = complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(1), Channel.WEB, "刷卡顾客",
                "13822220003", null, "浙江", "杭州", shop.id(), "KUAISHOU", null, null, null, new BigDecimal("99.00"),
                new BigDecimal("99.00"), PaymentMethod.CARD, Category.MERCHANT_ABSCONDED, "刷卡买的也没发货。", false,
                false)).caseNumber();
        long dispute = disputes.create(new NewDispute("快手跑路店集体纠纷", shop.id(), null, null, null,
                List.of(payLater1, payLater2, card))).id();
        respondent("{\"kind\":\"PAYMENT_PROVIDER\",\"providerName\":\"快手先用后付\",\"platformCode\":\"KUAISHOU\","
                + "\"username\":\"ks-pay-later\",\"password\":\"" + PASSWORD + "\"}");

        mvc.perform(post("/api/v1/disputes/" + dispute + "/referrals").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"PAYMENT_PROVIDER\",\"message\":\"商家已跑路，请暂停或取消各成员未还分期\"}")
                        .with(STAFF))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(2))
                .andExpect(jsonPath("$.skipped.length()").value(0));
        String answers = "caseNumber,code,amount\n" + payLater1 + ",INSTALMENTS_CANCELLED,0\n"
                + payLater2 + ",PAUSE,\n" + card + ",REFUNDED,99\n";
        mvc.perform(post("/api/v1/respondent/referrals/import").contentType("text/csv")
                        .content(answers.getBytes(StandardCharsets.UTF_8)).with(httpBasic("ks-pay-later", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(1))
                .andExpect(jsonPath("$.skipped[0].row").value(2))
                .andExpect(jsonPath("$.skipped[1].caseNumber").value(card));
        mvc.perform(post("/api/v1/respondent/referrals/import").contentType("text/csv")
                        .content(answers.getBytes(StandardCharsets.UTF_8)).with(STAFF))
                .andExpect(status().isForbidden());

        // Referred again: the answered member goes out anew, the one still waiting is named and the rest proceeds.
        mvc.perform(post("/api/v1/disputes/" + dispute + "/referrals").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-CN").content("{\"to\":\"PAYMENT_PROVIDER\"}").with(STAFF))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(1))
                .andExpect(jsonPath("$.skipped.length()").value(1))
                .andExpect(jsonPath("$.skipped[0].caseNumber").value(payLater2))
                .andExpect(jsonPath("$.skipped[0].reason").value(Matchers.containsString("快手先用后付")));
        mvc.perform(post("/api/v1/disputes/" + dispute + "/referrals").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"PAYMENT_PROVIDER\",\"message\":\"" + "长".repeat(2001) + "\"}")
                        .with(STAFF))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.message").exists());
    }
}
