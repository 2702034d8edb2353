package org.redress.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.PaymentMethod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** What the regulator learns about agreements per merchant: sums, on-time rate, and small merchants merged away. */
@RedressTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AgreementStatisticsTest {

    /** A year of its own, so that other tests' complaints do not enter the figures. */
    static final LocalDate RECEIVED = LocalDate.of(2019, 3, 12);
    static final StatisticsFilter YEAR_2019 = new StatisticsFilter(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31),
            null, null, null, null, null, null);

    @Autowired
    StatisticsService statistics;
    @Autowired
    AgreementDrafting drafting;
    @Autowired
    AgreementSigning signing;
    @Autowired
    AgreementObligations tracking;
    @Autowired
    ComplaintService complaints;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;

    private String file(long merchantId, String phone) {
        return complaints.file(new ComplaintDraft(null, RECEIVED, Channel.WEB, "统计" + phone, phone, null, "广东",
                "深圳", merchantId, "KUAISHOU", null, null, RECEIVED.minusDays(3), new BigDecimal("500.00"),
                new BigDecimal("500.00"), PaymentMethod.BUY_NOW_PAY_LATER, Category.NOT_DELIVERED,
                "协议统计测试：先用后付下单后一直没有发货。", true, false)).caseNumber();
    }

    private AgreementDetails binding(String caseNumber, String amount, LocalDate due) {
        AgreementDetails draft = drafting.draft(new AgreementDraft(caseNumber, null, null, null, List.of(
                new ObligationLine("MERCHANT", "CONSUMER", ObligationKind.REFUND, new BigDecimal(amount), due, null))));
        for (String party : List.of("CONSUMER", "MERCHANT", "MEDIATOR")) {
            signing.sign(draft.id(), party, "某某", "本人", SignatureMethod.IN_PERSON);
        }
        return draft;
    }

    @Test
    void agreementsPerMerchantAddUpAndMerchantsWithFewConsumersAreMergedAway() throws Exception {
        long big = data.merchant("协议统计大店").id();
        long small = data.merchant("协议统计小店").id();
        String[] amounts = {"100.00", "200.00", "300.00", "400.00", "500.00"};
        for (int i = 0; i < amounts.length; i++) {
            String caseNumber = file(big, "1370000100" + i);
            LocalDate due = i == 4 ? LocalDate.now().minusDays(1) : LocalDate.now().plusDays(5);
            AgreementDetails a = binding(caseNumber, amounts[i], due);
            if (i < 3) {
                tracking.fulfil(a.id(), 1, LocalDate.now(), "按期退款");
            }
        }
        binding(file(small, "13700002000"), "999.00", LocalDate.now().plusDays(5));

        AgreementsByMerchant result = statistics.agreementsByMerchant(YEAR_2019);
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.merchant()).isEqualTo("协议统计大店");
            assertThat(row.agreements()).isEqualTo(5);
            assertThat(row.consumers()).isEqualTo(5);
            assertThat(row.amountAgreed()).isEqualByComparingTo("1500.00");
            assertThat(row.amountPaid()).isEqualByComparingTo("600.00");
            assertThat(row.obligationsDue()).isEqualTo(4);
            assertThat(row.onTimeRate()).isEqualTo(0.75);
        });
        assertThat(result.suppressedMerchants()).as("the small shop is not shown, not even as other").isEqualTo(1);

        mvc.perform(get("/api/v1/statistics/agreements").param("from", "2019-01-01").param("to", "2019-12-31")
                        .with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].merchant").value("协议统计大店"))
                .andExpect(jsonPath("$.rows[0].amountPaid").value(600.0))
                .andExpect(jsonPath("$.rows.length()").value(1));
        mvc.perform(get("/api/v1/statistics/agreements").with(user("staff").roles("STAFF")))
                .andExpect(status().isForbidden());
    }
}
