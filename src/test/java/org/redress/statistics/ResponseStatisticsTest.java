package org.redress.statistics;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.redress.respondent.NewRespondent;
import org.redress.respondent.ReferralView;
import org.redress.respondent.Referrals;
import org.redress.respondent.RespondentDirectory;
import org.redress.respondent.RespondentKind;
import org.redress.respondent.ResponseCode;
import org.redress.security.Role;
import org.redress.security.SystemUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Regulators see how a merchant answers referred complaints: in time, how fast, with what outcome. */
@RedressTest
class ResponseStatisticsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;
    @Autowired
    RespondentDirectory directory;
    @Autowired
    Referrals referrals;

    @Test
    void aMerchantsAnswersAreCountedAndSmallGroupsWithheld() throws Exception {
        List<Long> ids = new ArrayList<>();
        long[] shop = new long[2];
        SystemUser.run(() -> {
            MerchantSummary answering = merchants.create(new NewMerchant("答复统计测试店", "DOUYIN", "DY-STAT-18"));
            MerchantSummary small = merchants.create(new NewMerchant("答复统计小店", "DOUYIN", "DY-STAT-18B"));
            shop[0] = answering.id();
            shop[1] = small.id();
            directory.create(new NewRespondent(RespondentKind.MERCHANT, List.of(answering.id(), small.id()), null,
                    null, null, "stat-shop", "Answer-Within-10-Days!"));
            for (int i = 0; i < 7; i++) {
                MerchantSummary m = i < 6 ? answering : small;
                String c = complaints.file(new ComplaintDraft(null, LocalDate.now().minusDays(2), Channel.WEB,
                        "统计消费者" + i, "1370018000" + i, null, "广东", "广州", m.id(), "DOUYIN", null, null, null,
                        new BigDecimal("50.00"), new BigDecimal("50.00"), PaymentMethod.WALLET,
                        Category.NOT_DELIVERED, "统计测试：直播间下单未发货。" + i, false, false)).caseNumber();
                ReferralView r = referrals.refer(c, RespondentKind.MERCHANT, null, null);
                ids.add(r.id());
            }
        });
        SystemUser.runAs("stat-shop", Role.RESPONDENT, () -> {
            referrals.respond(ids.get(0), ResponseCode.CLOSED_WITH_MONETARY_RELIEF, "已退款", new BigDecimal("50"));
            referrals.respond(ids.get(1), ResponseCode.CLOSED_WITH_MONETARY_RELIEF, "已退款", null);
            referrals.respond(ids.get(2), ResponseCode.CLOSED_WITH_EXPLANATION, "已发货", null);
        });

        mvc.perform(get("/api/v1/statistics/responses?groupBy=merchant&merchantId=" + shop[0])
                        .with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].label").value("答复统计测试店"))
                .andExpect(jsonPath("$.rows[0].referrals").value(6))
                .andExpect(jsonPath("$.rows[0].answered").value(3))
                .andExpect(jsonPath("$.rows[0].timelyRate").value(1.0))
                .andExpect(jsonPath("$.rows[0].answeredShare").value(0.5))
                .andExpect(jsonPath("$.rows[0].medianDaysToAnswer").value(0.0))
                .andExpect(jsonPath("$.rows[0].codes.CLOSED_WITH_MONETARY_RELIEF").value(2));
        mvc.perform(get("/api/v1/statistics/responses?groupBy=merchant&merchantId=" + shop[1])
                        .with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(0))
                .andExpect(jsonPath("$.suppressedGroups").value(1));
        mvc.perform(get("/api/v1/statistics/responses?groupBy=shop").with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/statistics/responses").with(user("stat-shop").roles("RESPONDENT")))
                .andExpect(status().isForbidden());
    }
}
