package org.redress.watch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import static org.assertj.core.api.Assertions.assertThat;


/** Merchant search, profiles and the absconding warning, on committed data (search sees committed data only). */
@RedressTest
@WithMockUser(username = "admin", roles = "ADMIN")
class MerchantProfilesTest {

    static MerchantSummary aurora;
    static MerchantSummary nordic;
    static MerchantSummary surging;
    static MerchantSummary payLater;
    static MerchantSummary steady;

    @Autowired
    MerchantService merchants;
    @Autowired
    MerchantProfiles profiles;
    @Autowired
    AbscondingWarning warning;
    @Autowired
    ComplaintService complaints;
    @Autowired
    CaseWorkflow workflow;

    @BeforeEach
    void data() {
        if (aurora != null) {
            return;
        }
        aurora = merchants.create(new NewMerchant("极光数码旗舰店", "DOUYIN", "DY-778899", null, null, null,
                Set.of("极光数码直播间")));
        nordic = merchants.create(new NewMerchant("Nordic Kitchen Store", "TMALL", "TM-5521"));
        surging = merchants.create(new NewMerchant("预警测试激增直播间", "KUAISHOU", "KS-RISK-1"));
        payLater = merchants.create(new NewMerchant("预警测试先用后付小店", "KUAISHOU", "KS-RISK-2"));
        steady = merchants.create(new NewMerchant("预警测试平稳小店", "KUAISHOU", "KS-RISK-3"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        file(aurora, today.minusDays(40), "13911110001", PaymentMethod.CARD, Category.FALSE_ADVERTISING, "300");
        file(aurora, today.minusDays(10), "13911110001", PaymentMethod.CARD, Category.FALSE_ADVERTISING, "200");
        String closed = file(aurora, today.minusDays(5), "13911110002", PaymentMethod.BUY_NOW_PAY_LATER,
                Category.NOT_DELIVERED, "100.50");
        workflow.transition(closed, ComplaintStatus.WITHDRAWN, "自行和解", null);
        for (int i = 0; i < 6; i++) {
            file(surging, today.minusDays(i % 7), "1370000000" + i, PaymentMethod.CARD, Category.FALSE_ADVERTISING, "50");
        }
        for (int i = 0; i < 5; i++) {
            file(payLater, today.minusDays(8 + i * 4), "1371000000" + i, PaymentMethod.BUY_NOW_PAY_LATER,
                    i % 2 == 0 ? Category.MERCHANT_ABSCONDED : Category.NOT_DELIVERED, "80");
        }
        for (int week = 0; week < 9; week++) {
            for (int j = 0; j < 2; j++) {
                file(steady, today.minusDays(week * 7L + j), "1372000" + week + j, PaymentMethod.CARD,
                        Category.DEFECTIVE_OR_COUNTERFEIT, "30");
            }
        }
    }

    private String file(MerchantSummary merchant, LocalDate received, String phone, PaymentMethod payment,
                        Category category, String amount) {
        ComplaintDraft d = TestData.draft(merchant.id());
        return complaints.file(new ComplaintDraft(null, received, d.channel(), "消费者" + phone, phone, null, "浙江",
                null, merchant.id(), merchant.platformCode(), null, null, null, new BigDecimal(amount),
                new BigDecimal(amount), payment, category, "测试投诉 " + category, false, false)).caseNumber();
    }

    private List<Long> found(String text) {
        return profiles.search(text, 20).stream().map(MerchantWithCount::id).toList();
    }

    @Test
    void merchants_are_found_by_part_of_a_name_an_alias_a_shop_id_and_despite_typos_in_latin_names() {
        assertThat(found("极光")).contains(aurora.id());
        assertThat(found("数码旗舰")).contains(aurora.id());
        assertThat(found("极光数码直播间")).first().isEqualTo(aurora.id());
        assertThat(found("DY-778899")).first().isEqualTo(aurora.id());
        assertThat(found("nord kit")).contains(nordic.id());
        assertThat(found("Nordik Kitchen")).contains(nordic.id());
        assertThat(found("极光")).doesNotContain(nordic.id());
    }

    @Test
    void without_search_words_the_merchants_with_most_complaints_come_first() {
        List<MerchantWithCount> top = profiles.search("", 200);
        assertThat(top).extracting(MerchantWithCount::complaints).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(top).filteredOn(m -> m.id().equals(steady.id())).singleElement()
                .satisfies(m -> assertThat(m.complaints()).isEqualTo(18));
    }

    @Test
    void search_results_carry_complaint_counts() {
        MerchantWithCount hit = profiles.search("极光数码旗舰店", 5).getFirst();
        assertThat(hit.complaints()).isEqualTo(3);
    }

    @Test
    void a_profile_totals_complaints_consumers_amounts_and_months() {
        MerchantProfile profile = profiles.profile(aurora.id()).orElseThrow();
        assertThat(profile.complaints()).isEqualTo(3);
        assertThat(profile.consumers()).isEqualTo(2);
        assertThat(profile.amountClaimed()).isEqualByComparingTo("600.50");
        assertThat(profile.open()).isEqualTo(2);
        assertThat(profile.resolved()).isEqualTo(1);
        assertThat(profile.perMonth().stream().mapToLong(MerchantProfile.MonthCount::complaints).sum()).isEqualTo(3);
        assertThat(profile.categories()).containsEntry("FALSE_ADVERTISING", 2L).containsEntry("NOT_DELIVERED", 1L);
        assertThat(profile.paymentMethods()).containsEntry("CARD", 2L).containsEntry("BUY_NOW_PAY_LATER", 1L);
        assertThat(profile.merchant().aliases()).containsExactly("极光数码直播间");
    }

    @Test
    void the_warning_lists_surging_and_pay_later_non_delivery_merchants_but_not_steady_ones() {
        List<MerchantRisk> risks = warning.merchantsAtRisk();

        assertThat(risks).filteredOn(r -> r.merchantId().equals(surging.id())).singleElement()
                .satisfies(r -> {
                    assertThat(r.reasons()).containsExactly(MerchantRisk.Reason.SURGE);
                    assertThat(r.lastWeek()).isEqualTo(6);
                });
        assertThat(risks).filteredOn(r -> r.merchantId().equals(payLater.id())).singleElement()
                .satisfies(r -> {
                    assertThat(r.reasons()).containsExactly(MerchantRisk.Reason.PAY_LATER_NON_DELIVERY);
                    assertThat(r.payLaterUndelivered()).isEqualTo(5);
                });
        assertThat(risks).noneMatch(r -> r.merchantId().equals(steady.id()));
        assertThat(risks).noneMatch(r -> r.merchantId().equals(aurora.id()));
    }
}
