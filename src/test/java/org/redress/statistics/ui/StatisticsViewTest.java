package org.redress.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.redress.respondent.NewRespondent;
import org.redress.respondent.Referrals;
import org.redress.respondent.RespondentDirectory;
import org.redress.respondent.RespondentKind;
import org.redress.respondent.ResponseCode;
import org.redress.security.Role;
import org.redress.security.SystemUser;
import org.redress.statistics.ExportJob;
import org.redress.statistics.StatisticsExports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The regulator dashboard on six complaints by six consumers received in 2020 (a year only this test uses). */
@RedressTest
@WithMockUser(username = "admin", roles = "ADMIN")
class StatisticsViewTest extends SpringBrowserlessTest {

    static MerchantSummary shop;

    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;
    @Autowired
    StatisticsExports exports;
    @Autowired
    RespondentDirectory directory;
    @Autowired
    Referrals referrals;

    @BeforeEach
    void fixture() {
        if (shop != null) {
            return;
        }
        TestData.asAdmin(this::file);
    }

    private void file() {
        shop = merchants.create(new NewMerchant("看板测试直播间", "DOUYIN", "DY-DASH-1"));
        directory.create(new NewRespondent(RespondentKind.MERCHANT, List.of(shop.id()), null, null, null,
                "dash-shop", "Answer-Within-10-Days!"));
        List<Long> referred = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String caseNumber = complaints.file(new ComplaintDraft(null, LocalDate.of(2020, 6, 1 + i), Channel.PHONE, "看板顾客" + i,
                    "1360000000" + i, null, "广东", "深圳", shop.id(), "DOUYIN", null, null, null,
                    new BigDecimal("199.00"), new BigDecimal("199.00"),
                    i < 4 ? PaymentMethod.BUY_NOW_PAY_LATER : PaymentMethod.WALLET, Category.FALSE_ADVERTISING,
                    "看板测试：直播间说是纯棉，收到是化纤。", true, false)).caseNumber();
            referred.add(referrals.refer(caseNumber, RespondentKind.MERCHANT, null, null).id());
        }
        SystemUser.runAs("dash-shop", Role.RESPONDENT, () -> referred.subList(0, 4).forEach(id -> referrals.respond(id,
                ResponseCode.CLOSED_WITH_MONETARY_RELIEF, "已退款", null)));
    }

    @Test
    @WithMockUser(username = "regulator", roles = "REGULATOR")
    void respondentsAreRankedByHowTheyAnswer() {
        StatisticsView view = openFor2020();
        assertThat(test(view.responsesSection.ranking).size()).isEqualTo(1);
        assertThat(test(view.responsesSection.ranking).getCellText(0, 1)).isEqualTo("看板测试直播间");
        assertThat(test(view.responsesSection.ranking).getCellText(0, 4)).isEqualTo("66.7%");
        assertThat(test(view.responsesSection.ranking).getCellText(0, 5)).isEqualTo("100%");
        view.responsesSection.groupBy.setValue("provider");
        assertThat(test(view.responsesSection.ranking).size()).as("nothing was referred to a provider").isZero();
        test(view.filters.from).setValue(LocalDate.of(2020, 6, 5));
        assertThat(test(view.responsesSection.ranking).size()).as("two consumers are too few to name anyone")
                .isZero();
    }

    private StatisticsView openFor2020() {
        StatisticsView view = navigate(StatisticsView.class);
        test(view.filters.from).setValue(LocalDate.of(2020, 1, 1));
        test(view.filters.to).setValue(LocalDate.of(2020, 12, 31));
        return view;
    }

    @Test
    @WithMockUser(username = "regulator", roles = "REGULATOR")
    void aRegulatorSeesFiguresButNoPersonalData() {
        StatisticsView view = openFor2020();
        assertThat(view.dashboard().headline().complaints()).isEqualTo(6);
        assertThat(view.cards.isVisible()).isTrue();
        String cardText = view.cards.getElement().getTextRecursively();
        assertThat(cardText).contains("6").contains("1,194.00").contains("66.7%");
        assertThat(view.dashboard().topMerchants()).extracting(g -> g.label()).containsExactly("看板测试直播间");
        String page = view.getElement().getOuterHTML();
        assertThat(page).doesNotContain("看板顾客").doesNotContain("1360000000").doesNotContain("纯棉");
    }

    @Test
    @WithMockUser(username = "regulator", roles = "REGULATOR")
    void narrowingBelowFiveConsumersWithholdsEverything() {
        StatisticsView view = openFor2020();
        test(view.filters.paymentMethod).selectItem("Wallet");
        assertThat(view.dashboard().withheld()).isTrue();
        assertThat(view.cards.isVisible()).isFalse();
        assertThat(view.suppression.getText()).contains("Fewer than 5 consumers");
    }

    @Test
    @WithMockUser(username = "regulator", roles = "REGULATOR")
    void filtersComeFromTheAddressSoADashboardCanBeBookmarked() {
        UI.getCurrent().navigate("statistics", QueryParameters
                .fromString("from=2020-01-01&to=2020-12-31&paymentMethod=BUY_NOW_PAY_LATER&province=%E5%B9%BF%E4%B8%9C"));
        StatisticsView view = (StatisticsView) getCurrentView();
        assertThat(view.filters.from.getValue()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(view.filters.paymentMethod.getValue()).isEqualTo(PaymentMethod.BUY_NOW_PAY_LATER);
        assertThat(view.filters.province.getValue()).isEqualTo("广东");
        assertThat(view.dashboard().filter().paymentMethod()).isEqualTo(PaymentMethod.BUY_NOW_PAY_LATER);
        // Four pay-later complaints by four consumers: below five, so nothing is shown.
        assertThat(view.dashboard().withheld()).isTrue();
    }

    @Test
    @WithMockUser(username = "regulator", roles = "REGULATOR")
    void anEndBeforeTheStartIsExplainedAndTheDatesStay() {
        StatisticsView view = openFor2020();
        test(view.filters.from).setValue(LocalDate.of(2021, 1, 1));
        assertThat(view.filters.to.isInvalid()).isTrue();
        assertThat(view.filters.to.getErrorMessage()).contains("before the start");
        assertThat(view.filters.from.getValue()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(view.filters.to.getValue()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    @WithMockUser(username = "regulator2", roles = "REGULATOR")
    void anExportRunsInTheBackgroundAndOffersADownload() throws InterruptedException {
        StatisticsView view = openFor2020();
        ExportPanel panel = find(ExportPanel.class).single();
        test(panel.exportReport).click();
        ExportJob job = exports.myJobs().getFirst();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (job.state() == ExportJob.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(job.state()).isEqualTo(ExportJob.State.DONE);
        assertThat(job.fileName()).startsWith("redress-report_merchant-month_2020-01-01_2020-12-31");
        panel.refreshJobs();
        assertThat(test(panel.jobs).size()).isEqualTo(1);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("regulator2");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("看板顾客");
        assertThat(panel.jobs.getGenericDataView().getItems()).containsExactly(job);
    }
}
