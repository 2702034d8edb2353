package org.redress.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.agreement.AgreementDraft;
import org.redress.agreement.AgreementDrafting;
import org.redress.agreement.AgreementObligations;
import org.redress.agreement.AgreementSigning;
import org.redress.agreement.ObligationKind;
import org.redress.agreement.ObligationLine;
import org.redress.agreement.SignatureMethod;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Regulator statistics on a fixture of eight complaints received in 2021 (a year no other test uses), checked
 * against sums worked out by hand:
 * <pre>
 * shop A (KUAISHOU), 6 complaints by 5 consumers (13900000001 twice), paid 100..600 = 2,100, claimed +10 each = 2,160,
 *   3 paid "use first, pay later"; two concluded after 10 and 20 days
 * shop B (DOUYIN), 2 complaints by 2 consumers (one known only by e-mail), paid 50 + 70 = 120, claimed 120,
 *   one concluded after 5 days
 * total: 8 complaints, 7 consumers, paid 2,220, claimed 2,280, resolved 3 (median 10 days), pay-later 3
 * </pre>
 * k = 5, so shop B and DOUYIN fall under the small-cell threshold.
 */
@RedressTest
@WithMockUser(username = "admin", roles = "ADMIN")
class StatisticsTest {

    static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate TO = LocalDate.of(2021, 12, 31);
    static final StatisticsFilter YEAR = new StatisticsFilter(FROM, TO, null, null, null, null, null, null);
    static final String NARRATIVE = "统计测试：直播间买的锅不粘涂层脱落，商家拒绝退款。";
    static MerchantSummary shopA;
    static MerchantSummary shopB;

    @Autowired
    StatisticsService statistics;
    @Autowired
    StatisticsExports exports;
    @Autowired
    ComplaintService complaints;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    MerchantService merchants;
    @Autowired
    MockMvc mvc;
    @Autowired
    AgreementDrafting drafting;
    @Autowired
    AgreementSigning signing;
    @Autowired
    AgreementObligations tracking;

    @BeforeEach
    void fixture() {
        if (shopA != null) {
            return;
        }
        shopA = merchants.create(new NewMerchant("统计测试甲店", "KUAISHOU", "KS-STATS-A"));
        shopB = merchants.create(new NewMerchant("统计测试乙店", "DOUYIN", "DY-STATS-B"));
        String[] phones = {"13900000001", "13900000001", "13900000002", "13900000003", "13900000004", "13900000005"};
        List<String> caseNumbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            LocalDate received = LocalDate.of(2021, i < 4 ? 3 : 4, 10 + i);
            BigDecimal paid = BigDecimal.valueOf(100L * (i + 1));
            caseNumbers.add(file(shopA, "KUAISHOU", received, "消费者" + i, phones[i], null, paid,
                    paid.add(BigDecimal.TEN), i % 2 == 0 ? PaymentMethod.BUY_NOW_PAY_LATER : PaymentMethod.CARD));
        }
        String b1 = file(shopB, "DOUYIN", LocalDate.of(2021, 5, 3), "乙店顾客一", "13900000009", null,
                new BigDecimal("50"), new BigDecimal("50"), PaymentMethod.CARD);
        file(shopB, "DOUYIN", LocalDate.of(2021, 5, 4), "乙店顾客二", null, "Only.Mail@Example.cn",
                new BigDecimal("70"), new BigDecimal("70"), PaymentMethod.CARD);
        workflow.recordPastTransition(caseNumbers.get(0), ComplaintStatus.WITHDRAWN, "已和解", null,
                LocalDate.of(2021, 3, 20));
        workflow.recordPastTransition(caseNumbers.get(1), ComplaintStatus.WITHDRAWN, "已和解", null,
                LocalDate.of(2021, 3, 31));
        workflow.recordPastTransition(b1, ComplaintStatus.REJECTED, "不属于受理范围", null, LocalDate.of(2021, 5, 8));
        // One binding agreement on shop A's first case: a refund of 150 paid before its due date, and a
        // compensation of 50 due long ago and never paid.
        var agreement = drafting.draft(new AgreementDraft(caseNumbers.get(2), null, null,
                null, List.of(new ObligationLine("MERCHANT", "CONSUMER",
                                ObligationKind.REFUND, new BigDecimal("150.00"),
                                LocalDate.of(2021, 4, 1), "退款"),
                        new ObligationLine("MERCHANT", "CONSUMER",
                                ObligationKind.COMPENSATION, new BigDecimal("50.00"),
                                LocalDate.of(2021, 4, 1), "补偿"))));
        for (String party : List.of("CONSUMER", "MERCHANT", "MEDIATOR")) {
            signing.sign(agreement.id(), party, "签署人", "本人", SignatureMethod.IN_PERSON);
        }
        tracking.fulfil(agreement.id(), 1, LocalDate.of(2021, 3, 25), "已退款");
    }

    private String file(MerchantSummary merchant, String platform, LocalDate received, String name, String phone,
                        String email, BigDecimal paid, BigDecimal claimed, PaymentMethod payment) {
        return complaints.file(new ComplaintDraft(null, received, Channel.WEB, name, phone, email, "浙江", "杭州",
                merchant.id(), platform, "ORDER-" + name, "TICKET-" + name, received.minusDays(3), paid, claimed,
                payment, Category.NOT_DELIVERED, NARRATIVE, true, false)).caseNumber();
    }

    @Test
    void reportTotalsMatchTheHandComputedSums() {
        Report report = statistics.report(YEAR, List.of());
        assertThat(report.rows()).hasSize(1);
        ReportRow total = report.rows().getFirst();
        assertThat(total.complaints()).isEqualTo(8);
        assertThat(total.consumers()).isEqualTo(7);
        assertThat(total.payLater()).isEqualTo(3);
        assertThat(total.amountPaid()).isEqualByComparingTo("2220");
        assertThat(total.amountClaimed()).isEqualByComparingTo("2280");
        assertThat(total.resolved()).isEqualTo(3);
        assertThat(total.medianDaysToResolution()).isEqualTo(10.0);
        assertThat(total.resolutionRate()).isEqualTo(3 / 8.0);
    }

    @Test
    void aGroupBelowFiveConsumersIsNeverShownOnItsOwn() {
        Report byMerchant = statistics.report(YEAR, List.of(Dimension.MERCHANT));
        assertThat(byMerchant.rows()).singleElement().satisfies(row -> {
            assertThat(row.keys()).containsExactly("统计测试甲店");
            assertThat(row.complaints()).isEqualTo(6);
            assertThat(row.consumers()).isEqualTo(5);
            assertThat(row.amountPaid()).isEqualByComparingTo("2100");
            assertThat(row.amountClaimed()).isEqualByComparingTo("2160");
            assertThat(row.medianDaysToResolution()).isEqualTo(15.0);
        });
        // Shop B (2 consumers) would be "other", but "other" alone is still below 5, so it is left out.
        assertThat(byMerchant.suppressedGroups()).isEqualTo(1);
        assertThat(byMerchant.omittedGroups()).isEqualTo(1);
        assertThat(byMerchant.suppressionNote()).contains("fewer than 5 consumers");

        Report byMonth = statistics.report(YEAR, List.of(Dimension.MONTH));
        // March (4 complaints, 3 consumers), April (2, 2) and May (2, 2) are each below 5; together 7 consumers.
        assertThat(byMonth.rows()).singleElement().satisfies(row -> {
            assertThat(row.keys()).containsExactly(SmallCells.OTHER);
            assertThat(row.complaints()).isEqualTo(8);
            assertThat(row.consumers()).isEqualTo(7);
            // Computed from the merged complaints themselves: resolved after 5, 10 and 20 days.
            assertThat(row.medianDaysToResolution()).isEqualTo(10.0);
        });
    }

    @Test
    void theDashboardAgreesWithTheDatabase() {
        Dashboard dashboard = statistics.dashboard(YEAR);
        Headline h = dashboard.headline();
        assertThat(h.complaints()).isEqualTo(8);
        assertThat(h.consumers()).isEqualTo(7);
        assertThat(h.amountPaid()).isEqualByComparingTo("2220");
        assertThat(h.amountClaimed()).isEqualByComparingTo("2280");
        assertThat(h.resolved()).isEqualTo(3);
        assertThat(h.medianDaysToResolution()).isEqualTo(10.0);
        assertThat(h.payLaterShare()).isEqualTo(3 / 8.0);
        assertThat(dashboard.topMerchants()).extracting(GroupFigures::label).containsExactly("统计测试甲店");
        assertThat(dashboard.byPlatform()).extracting(GroupFigures::key).containsExactly("KUAISHOU");
        assertThat(dashboard.byPlatform().getFirst().complaints()).isEqualTo(6);
        // Each resolved case is one consumer: every non-empty bucket is below k and withheld.
        assertThat(dashboard.resolutionTimes()).extracting(ResolutionBucket::complaints)
                .containsExactly(null, null, null, 0L, 0L, 0L);
        // Every month × category cell has fewer than 5 consumers; merged they are still below 5 in each month.
        assertThat(dashboard.monthly().months()).containsExactly("2021-03", "2021-04", "2021-05");
        assertThat(dashboard.monthly().counts()).isEmpty();
        assertThat(dashboard.suppressedGroups()).isPositive();
        assertThat(dashboard.agreements().amountAgreed()).isEqualByComparingTo("200.00");
        assertThat(dashboard.agreements().amountRefunded()).isEqualByComparingTo("150.00");
        assertThat(dashboard.agreements().onTimeRate()).isEqualTo(0.5);
    }

    @Test
    void filtersNarrowTheFigures() {
        StatisticsFilter shop = new StatisticsFilter(FROM, TO, "KUAISHOU", Category.NOT_DELIVERED, null, "浙江",
                shopA.id(), null);
        ReportRow row = statistics.report(shop, List.of()).rows().getFirst();
        assertThat(row.complaints()).isEqualTo(6);
        assertThat(row.amountPaid()).isEqualByComparingTo("2100");
        assertThat(statistics.dashboard(shop).headline().amountPaid()).isEqualByComparingTo("2100");
        assertThat(statistics.dashboard(shop).withheld()).isFalse();

        // Three pay-later complaints from three consumers: below k, so neither report nor dashboard shows a figure.
        StatisticsFilter payLater = new StatisticsFilter(FROM, TO, "KUAISHOU", null, PaymentMethod.BUY_NOW_PAY_LATER,
                null, shopA.id(), null);
        Report narrow = statistics.report(payLater, List.of());
        assertThat(narrow.rows()).isEmpty();
        assertThat(narrow.omittedGroups()).isEqualTo(1);
        Dashboard withheld = statistics.dashboard(payLater);
        assertThat(withheld.withheld()).isTrue();
        assertThat(withheld.headline().complaints()).isZero();
        assertThat(withheld.topMerchants()).isEmpty();
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void caseWorkersGetNoStatistics() {
        assertThatThrownBy(() -> statistics.dashboard(YEAR)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.report(YEAR, List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.startRecords(YEAR, ExportFormat.CSV, "x.csv", ExportLanguage.codes()))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Everything a regulator export may contain; anything else fails the test. */
    static final Set<String> ALLOWED_COLUMNS = Set.of("merchant", "platform", "category", "paymentMethod",
            "province", "month", "status", "complaints", "consumers", "payLater", "payLaterShare", "amountPaid",
            "amountClaimed", "resolved", "resolutionRate", "medianDaysToResolution", "receivedOn", "channel",
            "concludedOn", "daysToResolution");

    @Test
    void everyExportColumnIsOnTheAllowList() {
        assertThat(ReportQueries.RECORD_COLUMNS).allMatch(ALLOWED_COLUMNS::contains);
        Report all = statistics.report(YEAR, List.of(Dimension.values()));
        assertThat(ReportTable.header(all)).allMatch(ALLOWED_COLUMNS::contains);
    }

    @Test
    void recordExportCarriesNoPersonalDataAndGeneralisesRareMerchants() throws Exception {
        ExportJob job = exports.startRecords(YEAR, ExportFormat.CSV, "records.csv", ExportLanguage.codes());
        ExportJob done = await(job);
        assertThat(done.state()).isEqualTo(ExportJob.State.DONE);
        assertThat(done.rowsWritten()).isEqualTo(8);
        byte[] bytes = Files.readAllBytes(done.file());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        String header = csv.lines().filter(l -> !l.startsWith("\uFEFF#") && !l.startsWith("#")).findFirst()
                .orElseThrow();
        assertThat(header.split(",")).allMatch(ALLOWED_COLUMNS::contains);
        assertThat(csv).doesNotContain("消费者", "顾客", "1390000", "Only.Mail", "only.mail", "ORDER-", "TICKET-",
                "直播间买的锅");
        assertThat(csv).contains("统计测试甲店").doesNotContain("统计测试乙店");
        assertThat(csv.lines().filter(l -> l.contains(",other,")).count()).isEqualTo(2);
        assertThat(csv).contains("# Small-cell protection (k = 5)");
    }

    @Test
    void reportExportInExcelOpensWithTheSameFigures() throws Exception {
        ExportJob job = exports.startReport(YEAR, List.of(Dimension.PLATFORM), ExportFormat.XLSX, "r.xlsx",
                ExportLanguage.codes());
        ExportJob done = await(job);
        assertThat(done.state()).isEqualTo(ExportJob.State.DONE);
        try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(done.file()))) {
            List<Row> rows = workbook.getSheets().filter(s -> s.getName().equals("Data")).findFirst().orElseThrow()
                    .read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("platform");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("KUAISHOU");
            assertThat(rows.get(1).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("6");
            assertThat(rows.get(1).getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("2100");
        }
        assertThat(exports.myJobs()).extracting(ExportJob::id).contains(job.id());
    }

    @Test
    void exportsForPeopleAreInTheirLanguageWithLabelsNotCodes() throws Exception {
        ExportJob records = await(exports.startRecords(YEAR, ExportFormat.CSV, "records-zh.csv",
                ExportLanguage.of(Locale.SIMPLIFIED_CHINESE)));
        String csv = Files.readString(records.file(), StandardCharsets.UTF_8);
        assertThat(csv).contains("受理日期", "受理渠道", "小单元格保护", "其他")
                .doesNotContain("receivedOn", "PAY_LATER", "QUALITY", ",other,", "Small-cell");
        ExportJob report = await(exports.startReport(YEAR, List.of(Dimension.PLATFORM, Dimension.PAYMENT_METHOD),
                ExportFormat.XLSX, "r-en.xlsx", ExportLanguage.of(Locale.ENGLISH)));
        try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(report.file()))) {
            List<Row> rows = workbook.getSheets().filter(s -> s.getName().equals("Data")).findFirst().orElseThrow()
                    .read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Platform");
            assertThat(rows.getFirst().getCellText(2)).isEqualTo("Complaints");
            assertThat(rows.get(1).getCellText(0)).as("the platform by its name").isNotEqualTo("KUAISHOU");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(1))).noneMatch(v -> v.matches("[A-Z_]+"));
        }
    }

    @Test
    @WithMockUser(username = "other-regulator", roles = "REGULATOR")
    void anotherUserCannotSeeSomeonesExport() {
        assertThat(exports.myJobs()).noneMatch(j -> j.owner().equals("admin"));
    }

    @Test
    void apiGroupsAndFormats() throws Exception {
        mvc.perform(get("/api/v1/statistics").param("groupBy", "merchant").param("from", "2021-01-01")
                        .param("to", "2021-12-31").with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groupBy[0]").value("merchant"))
                .andExpect(jsonPath("$.minConsumers").value(5))
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].merchant").value("统计测试甲店"))
                .andExpect(jsonPath("$.rows[0].complaints").value(6))
                .andExpect(jsonPath("$.rows[0].consumers").value(5))
                .andExpect(jsonPath("$.rows[0].amountPaid").value(2100.0))
                .andExpect(jsonPath("$.suppressedGroups").value(1));

        MvcResult csv = mvc.perform(get("/api/v1/statistics").param("groupBy", "platform,month")
                        .param("from", "2021-01-01").param("to", "2021-12-31").param("format", "csv")
                        .param("lang", "codes").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition"))
                .contains("redress-report_platform-month_2021-01-01_2021-12-31");
        byte[] body = csv.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("platform,month,complaints,consumers");

        MvcResult chinese = mvc.perform(get("/api/v1/statistics").param("groupBy", "platform")
                        .param("from", "2021-01-01").param("to", "2021-12-31").param("format", "csv")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn();
        assertThat(chinese.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("without lang, in the request's language (Chinese by default)").contains("平台,投诉数,消费者人数");

        MvcResult xlsx = mvc.perform(get("/api/v1/statistics").param("format", "xlsx")
                        .param("from", "2021-01-01").param("to", "2021-12-31")
                        .with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isOk()).andReturn();
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Row total = workbook.getSheets().filter(s -> s.getName().equals("数据")).findFirst().orElseThrow()
                    .read().get(1);
            assertThat(total.getCellAsNumber(0).orElseThrow()).isEqualByComparingTo("8");
        }
    }

    @Test
    void apiRefusesCaseWorkersAndBadParameters() throws Exception {
        mvc.perform(get("/api/v1/statistics").with(user("staff").roles("STAFF")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/statistics").with(user("mediator").roles("MEDIATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/statistics").param("groupBy", "consumer").param("format", "pdf")
                        .param("from", "2021-13-01").with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.groupBy").exists())
                .andExpect(jsonPath("$.fieldErrors.format").exists())
                .andExpect(jsonPath("$.fieldErrors.from").exists());
    }

    @Test
    void apiRunsExportsInTheBackgroundForTheirOwnerOnly() throws Exception {
        MvcResult started = mvc.perform(post("/api/v1/statistics/exports").param("kind", "records")
                        .param("from", "2021-01-01").param("to", "2021-12-31").param("lang", "codes")
                        .with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.fileName").value(Matchers.startsWith("redress-records_2021-01-01")))
                .andReturn();
        String id = JsonPath.read(started.getResponse().getContentAsString(), "$.id");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String state = "RUNNING";
        while (state.equals("RUNNING") && System.nanoTime() < deadline) {
            state = JsonPath.read(mvc.perform(get("/api/v1/statistics/exports/" + id)
                    .with(user("regulator").roles("REGULATOR"))).andReturn().getResponse().getContentAsString(),
                    "$.state");
        }
        assertThat(state).isEqualTo("DONE");
        String file = mvc.perform(get("/api/v1/statistics/exports/" + id + "/file")
                        .with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(file).contains(String.join(",", ReportQueries.RECORD_COLUMNS)).doesNotContain("1390000");
        mvc.perform(get("/api/v1/statistics/exports/" + id).with(user("regulator2").roles("REGULATOR")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/statistics/exports").param("kind", "everything")
                        .with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.kind").exists());
        mvc.perform(get("/api/v1/statistics/dashboard").param("from", "2021-01-01").param("to", "2021-12-31")
                        .with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headline.complaints").value(8))
                .andExpect(jsonPath("$.headline.consumers").value(7));
    }

    private static ExportJob await(ExportJob job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (job.state() == ExportJob.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return job;
    }
}
