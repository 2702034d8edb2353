package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files as staff and partners really send them: Excel's "CSV" from Chinese Windows (GBK), UTF-8 with and without a
 * byte-order mark, damaged bytes, and a file of garbage.
 */
@RedressTest
@Transactional
@WithMockUser(username = "staff", roles = "STAFF")
class ImportEncodingTest {

    @Autowired
    ComplaintImport importer;
    @Autowired
    ComplaintService complaints;

    private static String csv(String externalId) {
        return ComplaintImportTest.HEADER + ComplaintImportTest.row(externalId, "ENC1", "59.00",
                "直播间先用后付买的面霜，收到是假货，商家跑路了");
    }

    private ImportResult run(byte[] bytes) {
        return importer.importCsv(new ByteArrayInputStream(bytes));
    }

    @Test
    void aGbkFileFromExcelIsReadAsGb18030WithItsChineseIntact() {
        ImportResult result = run(csv("ENC-GBK-1").getBytes(Charset.forName("GBK")));
        assertThat(result.encoding()).isEqualTo("GB18030");
        assertThat(result.imported()).isEqualTo(1);
        ComplaintDetails c = complaints.findByExternalId("ENC-GBK-1").orElseThrow();
        assertThat(c.consumerName()).isEqualTo("张伟");
        assertThat(c.merchantName()).isEqualTo("优品生活直播间");
        assertThat(c.narrative()).isEqualTo("直播间先用后付买的面霜，收到是假货，商家跑路了");
    }

    @Test
    void utf8IsReadWithOrWithoutAByteOrderMark() {
        assertThat(run(csv("ENC-U8-1").getBytes(StandardCharsets.UTF_8)).encoding()).isEqualTo("UTF-8");
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.writeBytes(csv("ENC-U8-2").getBytes(StandardCharsets.UTF_8));
        ImportResult result = run(withBom.toByteArray());
        assertThat(result.encoding()).isEqualTo("UTF-8");
        assertThat(result.imported()).isEqualTo(1);
        assertThat(complaints.findByExternalId("ENC-U8-2").orElseThrow().consumerName()).isEqualTo("张伟");
    }

    @Test
    void aUtf8FileWithDamagedBytesIsRefusedNamingTheLineAndNothingIsImported() {
        byte[] good = (csv("ENC-BAD-1") + ComplaintImportTest.row("ENC-BAD-2", "ENC1", "1", "第二行"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] damaged = new byte[good.length + 1];
        int cut = new String(good, StandardCharsets.UTF_8).lastIndexOf("第二行");
        int at = new String(good, StandardCharsets.UTF_8).substring(0, cut).getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(good, 0, damaged, 0, at);
        damaged[at] = (byte) 0xFF;
        System.arraycopy(good, at, damaged, at + 1, good.length - at);
        assertThatThrownBy(() -> run(damaged)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Line 3").hasMessageContaining("UTF-8");
        assertThat(complaints.findByExternalId("ENC-BAD-1")).isEmpty();
    }

    @Test
    void aFileOfGarbageListsAThousandErrorsAndCountsThemAll() {
        StringBuilder file = new StringBuilder(ComplaintImportTest.HEADER);
        for (int i = 0; i < 3_000; i++) {
            file.append("G-").append(i).append(",x,x,,x,x,x,x,,x,x,x,x,x,x,x,x,x,x\n");
        }
        ImportResult result = run(file.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(result.imported()).isZero();
        assertThat(result.errors()).hasSize(ImportResult.MAX_ERRORS);
        assertThat(result.errorsTotal()).isEqualTo(3_000);
    }
}
