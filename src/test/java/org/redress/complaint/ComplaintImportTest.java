package org.redress.complaint;

import org.redress.RedressTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.redress.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@RedressTest
@Transactional
@WithMockUser(username = "staff", roles = "STAFF")
class ComplaintImportTest {

    static final String HEADER = "externalId,receivedAt,channel,consumerName,consumerPhone,consumerEmail,province,city,"
            + "merchantName,merchantShopId,platform,orderNumber,platformTicket,purchaseDate,amountPaid,amountClaimed,"
            + "paymentMethod,category,narrative\n";

    @Autowired
    ComplaintImport importer;
    @Autowired
    ComplaintService complaints;

    static String row(String externalId, String shop, String amount, String narrative) {
        return externalId + ",2026-11-01,WEB,张伟,13800138000,,浙江,杭州,\"优品生活直播间\"," + shop
                + ",KUAISHOU,,,2026-10-20," + amount + "," + amount + ",BUY_NOW_PAY_LATER,MERCHANT_ABSCONDED,\""
                + narrative + "\"\n";
    }

    private ImportResult run(String csv) {
        return importer.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void good_rows_are_imported_with_their_fields_and_one_merchant_is_created_per_shop() {
        ImportResult result = run(HEADER + row("IMP-1", "KS1", "199.90", "商家跑路了，先用后付已扣款")
                + row("IMP-2", "KS1", "88", "主播说\"\"假一赔十\"\"，收到是假货"));

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.errors()).isEmpty();
        ComplaintDetails first = complaints.findByExternalId("IMP-1").orElseThrow();
        ComplaintDetails second = complaints.findByExternalId("IMP-2").orElseThrow();
        assertThat(first.amountPaid()).isEqualByComparingTo("199.90");
        assertThat(first.paymentMethod()).isEqualTo(PaymentMethod.BUY_NOW_PAY_LATER);
        assertThat(first.merchantId()).isEqualTo(second.merchantId());
        assertThat(second.narrative()).isEqualTo("主播说\"假一赔十\"，收到是假货");
    }

    @Test
    void consent_and_notice_choices_come_from_their_columns_and_a_text_notice_needs_a_mobile() {
        String header = HEADER.strip() + ",shareConsent,notifyBySms,notifyByEmail\n";
        String both = row("IMP-N1", "KSN", "99", "先用后付").strip() + ",true,TRUE,true\n";
        String none = row("IMP-N2", "KSN", "99", "先用后付").strip() + ",,false,\n";
        String landline = row("IMP-N3", "KSN", "99", "先用后付").strip().replace("13800138000", "0571-87654321")
                + ",,true,\n";

        ImportResult result = run(header + both.replace(",,浙江", ",wang@example.cn,浙江") + none + landline);

        ComplaintDetails asked = complaints.findByExternalId("IMP-N1").orElseThrow();
        assertThat(asked.shareConsent().given()).isTrue();
        assertThat(asked.notifyBySms()).isTrue();
        assertThat(asked.notifyByEmail()).isTrue();
        ComplaintDetails silent = complaints.findByExternalId("IMP-N2").orElseThrow();
        assertThat(silent.shareConsent().given() || silent.notifyBySms() || silent.notifyByEmail()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.externalId()).isEqualTo("IMP-N3");
            assertThat(error.reason()).contains("notifyBySms");
        });
    }

    @Test
    void importing_the_same_file_twice_skips_what_is_already_there() {
        String csv = HEADER + row("IMP-10", "KS2", "10", "a") + row("IMP-11", "KS2", "20", "b");
        assertThat(run(csv).imported()).isEqualTo(2);

        ImportResult again = run(csv);
        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
    }

    @Test
    void bad_rows_are_reported_by_row_number_and_good_rows_are_kept() {
        String csv = HEADER + row("IMP-20", "KS3", "10", "ok")
                + row("IMP-21", "KS3", "-5", "negative amount")
                + "IMP-22,2026-13-45,FAX,,13800138000,,浙江,,商家,,NOPLATFORM,,,,abc,1,CARD,OTHER,x\n"
                + row("IMP-23", "KS3", "30", "ok too");

        ImportResult result = run(csv);

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.errors()).hasSize(2);
        assertThat(result.errors().get(0).row()).isEqualTo(2);
        assertThat(result.errors().get(0).reason()).contains("amountPaid");
        ImportResult.RowError third = result.errors().get(1);
        assertThat(third.row()).isEqualTo(3);
        assertThat(third.externalId()).isEqualTo("IMP-22");
        assertThat(third.reason()).contains("receivedAt", "channel", "consumerName", "platform", "amountPaid");
        assertThat(complaints.findByExternalId("IMP-23")).isPresent();
        assertThat(complaints.findByExternalId("IMP-21")).isEmpty();
    }

    @Test
    void a_header_with_missing_or_unknown_columns_is_refused_before_anything_is_imported() {
        assertThatThrownBy(() -> run("externalId,receivedAt,colour\nX,2026-01-01,red\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Missing columns")
                .hasMessageContaining("colour");
    }

    @Test
    void optional_columns_may_be_left_out_and_a_utf8_bom_is_ignored() {
        String header = "receivedAt,channel,consumerName,consumerPhone,province,city,merchantName,platform,purchaseDate,"
                + "amountPaid,amountClaimed,paymentMethod,category,narrative\n";
        String csv = "\uFEFF" + header + "2026-11-02,PHONE,Emily Chen,13911112222,上海,上海,TechNest Live,DOUYIN,"
                + "2026-10-30,59.5,59.5,WALLET,NOT_DELIVERED,Never shipped.\n";

        ImportResult result = run(csv);

        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(1);
    }

    @Test
    void an_unclosed_quote_stops_the_import_with_a_clear_error_and_keeps_earlier_rows() {
        ImportResult result = run(HEADER + row("IMP-30", "KS4", "10", "fine")
                + "IMP-31,2026-11-01,WEB,\"unclosed,13800138000\n");
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.errors()).singleElement()
                .satisfies(error -> assertThat(error.reason()).contains("CSV syntax error"));
    }
}
