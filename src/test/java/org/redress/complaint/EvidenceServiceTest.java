package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.base.BusinessRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@RedressTest
@Transactional
@WithMockUser(username = "staff", roles = "STAFF")
class EvidenceServiceTest {

    @Autowired
    EvidenceService evidence;
    @Autowired
    ComplaintService complaints;
    @Autowired
    TestData data;

    @Test
    void an_upload_is_stored_with_its_sha256_listed_on_the_case_and_can_be_downloaded() throws Exception {
        String number = complaints.file(TestData.draft(data.merchant("证据测试店").id())).caseNumber();
        byte[] content = "订单截图 order screenshot".getBytes(StandardCharsets.UTF_8);

        EvidenceItem item = evidence.add(number, EvidenceType.ORDER_SCREENSHOT, "C:\\Users\\wang\\订单.png",
                new ByteArrayInputStream(content));

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(item.sha256()).isEqualTo(expected);
        assertThat(item.originalName()).as("path parts are dropped").isEqualTo("订单.png");
        assertThat(item.contentType()).isEqualTo("image/png");
        assertThat(item.sizeBytes()).isEqualTo(content.length);
        assertThat(evidence.list(number)).extracting(EvidenceItem::id).containsExactly(item.id());
        EvidenceService.EvidenceFile file = evidence.open(item.id());
        assertThat(Files.readAllBytes(file.path())).isEqualTo(content);
    }

    @Test
    void files_of_other_types_empty_files_and_files_over_the_limit_are_refused() {
        String number = complaints.file(TestData.draft(data.merchant("证据测试店二").id())).caseNumber();

        assertThatThrownBy(() -> evidence.add(number, EvidenceType.OTHER, "virus.exe",
                new ByteArrayInputStream(new byte[]{1}))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("not accepted");
        assertThatThrownBy(() -> evidence.add(number, EvidenceType.OTHER, "empty.pdf",
                new ByteArrayInputStream(new byte[0]))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("empty");
        byte[] tooLarge = new byte[(int) evidence.maxBytes() + 1];
        assertThatThrownBy(() -> evidence.add(number, EvidenceType.OTHER, "big.pdf",
                new ByteArrayInputStream(tooLarge))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("larger than");
        assertThat(evidence.list(number)).isEmpty();
    }

    @Test
    @WithMockUser(username = "regulator", roles = "REGULATOR")
    void a_regulator_cannot_list_or_download_evidence() {
        assertThatThrownBy(() -> evidence.list("RC-2026-000001"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evidence.open(1L))
                .isInstanceOf(AccessDeniedException.class);
    }
}
