package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.audit.AuditRecord;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import writes rows with JDBC batches rather than through the persistence context: what it writes must be the
 * same case a hand-filed complaint is, audited, and in the search index once the import has returned.
 */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class BulkImportTest {

    @Autowired
    ComplaintImport importer;
    @Autowired
    ComplaintService complaints;
    @Autowired
    AuditService audit;
    @Autowired
    TestData data;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void an_imported_case_has_every_field_a_hand_filed_one_has_and_its_creation_is_audited() {
        ComplaintDraft draft = TestData.draft(data.merchant("批量导入对照店").id());
        ComplaintDetails byHand = complaints.file(draft);
        String csv = ComplaintImportTest.HEADER + String.join(",", "BULK-SAME-1", draft.receivedAt().toString(),
                "WEB", draft.consumerName(), draft.consumerPhone(), draft.consumerEmail(), draft.province(),
                draft.city(), byHand.merchantName(), byHand.merchantShopId(), "KUAISHOU", draft.orderNumber(),
                draft.platformTicket(), draft.purchaseDate().toString(), "1299.00", "1299.00", "BUY_NOW_PAY_LATER",
                "MERCHANT_ABSCONDED", draft.narrative()) + "\n";

        assertThat(importer.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).imported())
                .isEqualTo(1);

        ComplaintDetails imported = complaints.findByExternalId("BULK-SAME-1").orElseThrow();
        assertThat(imported).usingRecursiveComparison()
                .ignoringFields("id", "caseNumber", "externalId", "createdAt", "shareConsent", "publicationConsent")
                .isEqualTo(byHand);
        assertThat(imported.caseNumber()).matches("RC-\\d{4}-\\d{6}").isNotEqualTo(byHand.caseNumber());
        assertThat(imported.createdAt()).isNotNull();
        List<AuditRecord> timeline = audit.timeline(AuditSubject.COMPLAINT, imported.id());
        assertThat(timeline).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CREATED");
            assertThat(entry.actor()).isEqualTo("staff");
            assertThat(entry.subjectRef()).isEqualTo(imported.caseNumber());
            assertThat(entry.newValue()).isEqualTo(ComplaintService.filedThrough(draft));
        });
    }

    @Test
    void imported_cases_are_in_the_search_index_when_the_import_returns() {
        ImportResult result = importer.importCsv(new ByteArrayInputStream(
                TestData.importCsv("BULK-IDX-", ComplaintImport.BATCH_SIZE + 3, "批量索引店", 5_000_000L)
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(result.imported()).isEqualTo(ComplaintImport.BATCH_SIZE + 3);

        long indexed = transactions.execute(status -> Search.session(entityManager).search(Complaint.class)
                .where(f -> f.match().field("merchant.name_keyword").matching("批量索引店"))
                .fetchTotalHitCount());
        assertThat(indexed).isEqualTo(ComplaintImport.BATCH_SIZE + 3);
    }
}
