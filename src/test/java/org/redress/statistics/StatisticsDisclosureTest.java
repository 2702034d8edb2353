package org.redress.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The routes by which a regulator once reached a person behind the figures, on a 2019 fixture (a year no other test
 * uses): one consumer complained about six small shops, three other consumers about one small shop each, and five
 * consumers about a big shop. k = 5.
 */
@RedressTest
@WithMockUser(username = "admin", roles = "ADMIN")
class StatisticsDisclosureTest {

    static final StatisticsFilter YEAR = new StatisticsFilter(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31),
            null, null, null, null, null, null);
    static MerchantSummary lonelyShop;

    @Autowired
    StatisticsService statistics;
    @Autowired
    StatisticsExports exports;
    @Autowired
    ComplaintService complaints;
    @Autowired
    MerchantService merchants;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fixture() {
        if (lonelyShop != null) {
            return;
        }
        for (int shop = 0; shop < 6; shop++) {
            file(merchants.create(new NewMerchant("披露测试小店" + shop, "DOUYIN", "DY-DISC-" + shop)), "13700009999",
                    LocalDate.of(2019, 3, 1 + shop));
        }
        for (int other = 0; other < 3; other++) {
            MerchantSummary shop = merchants.create(new NewMerchant("披露测试另店" + other, "DOUYIN", "DY-DISC-O" + other));
            file(shop, "1370000800" + other, LocalDate.of(2019, 4, 1 + other));
            lonelyShop = shop;
        }
        MerchantSummary big = merchants.create(new NewMerchant("披露测试大店", "KUAISHOU", "KS-DISC-BIG"));
        for (int consumer = 0; consumer < 5; consumer++) {
            file(big, "1370000700" + consumer, LocalDate.of(2019, 5, 1 + consumer));
        }
    }

    private void file(MerchantSummary merchant, String phone, LocalDate received) {
        complaints.file(new ComplaintDraft(null, received, Channel.WEB, "披露测试" + phone, phone, null, "浙江", "杭州",
                merchant.id(), merchant.platformCode(), null, null, received.minusDays(2), BigDecimal.TEN,
                BigDecimal.TEN, PaymentMethod.CARD, Category.NOT_DELIVERED, "披露测试：未发货", true, false));
    }

    @Test
    void theOtherRowCountsAPersonOnceAndIsLeftOutWhenThatMakesItSmall() {
        Report byMerchant = statistics.report(YEAR, List.of(Dimension.MERCHANT));
        // Nine small shops: nine complaints, but only four consumers between them.
        assertThat(byMerchant.rows()).extracting(r -> r.keys().getFirst()).containsExactly("披露测试大店");
        assertThat(byMerchant.suppressedGroups()).isEqualTo(9);
        assertThat(byMerchant.omittedGroups()).isEqualTo(9);

        Dashboard dashboard = statistics.dashboard(YEAR);
        assertThat(dashboard.topMerchants()).extracting(GroupFigures::key).doesNotContain(SmallCells.OTHER);
    }

    @Test
    void aRecordExportForAMerchantWithOneConsumerExportsNothingAndSaysSo() throws Exception {
        StatisticsFilter oneShop = new StatisticsFilter(YEAR.from(), YEAR.to(), null, null, null, null,
                lonelyShop.id(), null);
        ExportJob job = exports.startRecords(oneShop, ExportFormat.CSV, statistics.fileName("records", List.of(),
                oneShop, ExportFormat.CSV), ExportLanguage.codes());
        assertThat(job.withheld()).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (job.state() == ExportJob.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(job.state()).isEqualTo(ExportJob.State.DONE);
        assertThat(job.rowsWritten()).isZero();
        assertThat(job.fileName()).doesNotContain("披露").doesNotContain(String.valueOf(lonelyShop.id()));
        String file = Files.readString(job.file(), StandardCharsets.UTF_8);
        assertThat(file).contains("Withheld").doesNotContain("2019-04");

        mvc.perform(post("/api/v1/statistics/exports").param("kind", "records").param("format", "csv")
                        .param("merchantId", String.valueOf(lonelyShop.id())).with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.withheld").value(true));
    }

    @Test
    void fileNamesNeverNameAMerchant() {
        StatisticsFilter oneShop = new StatisticsFilter(YEAR.from(), YEAR.to(), null, null, null, null, 42L, null);
        assertThat(statistics.fileName("report", List.of(Dimension.MONTH), oneShop, ExportFormat.CSV))
                .doesNotContain("42").doesNotContain("merchant");
    }

    @Test
    void dateFiltersCoverWholeMonthsSoADayApartGivesTheSameFigures() {
        StatisticsFilter third = new StatisticsFilter(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 5, 3), null,
                null, null, null, null, null);
        StatisticsFilter fourth = new StatisticsFilter(LocalDate.of(2019, 1, 15), LocalDate.of(2019, 5, 4), null,
                null, null, null, null, null);
        assertThat(third).isEqualTo(fourth);
        assertThat(third.from()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(third.to()).isEqualTo(LocalDate.of(2019, 5, 31));
        assertThat(statistics.report(third, List.of()).rows())
                .usingRecursiveComparison().isEqualTo(statistics.report(fourth, List.of()).rows());
    }
}
