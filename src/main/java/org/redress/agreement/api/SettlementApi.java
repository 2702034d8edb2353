package org.redress.agreement.api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.CollectiveSettlement;
import org.redress.agreement.PaymentImportResult;
import org.redress.agreement.PaymentMatching;
import org.redress.agreement.ScheduleRow;
import org.redress.agreement.SettlementTerms;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Collective agreements of class disputes: drafting from the members' shares, the schedule, payment files. */
@RestController
class SettlementApi {

    private final CollectiveSettlement settlement;
    private final PaymentMatching payments;

    SettlementApi(CollectiveSettlement settlement, PaymentMatching payments) {
        this.settlement = settlement;
        this.payments = payments;
    }

    @PostMapping("/api/v1/agreements/collective")
    ResponseEntity<AgreementDetails> draft(@RequestBody SettlementTerms terms) {
        AgreementDetails drafted = settlement.draft(terms);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + drafted.id())).body(drafted);
    }

    @GetMapping("/api/v1/agreements/{id}/schedule")
    List<ScheduleRow> schedule(@PathVariable long id) {
        return settlement.schedule(id);
    }

    record ShareBody(BigDecimal amount) {
    }

    @PutMapping("/api/v1/agreements/{id}/schedule/{caseNumber}")
    AgreementDetails share(@PathVariable long id, @PathVariable String caseNumber, @RequestBody ShareBody body) {
        return settlement.setShare(id, caseNumber, body.amount());
    }

    /** UTF-8 CSV {@code caseNumber,amount,paidOn,reference}, as a merchant or platform sends it. */
    @PostMapping(path = "/api/v1/agreements/{id}/payments/import", consumes = {"text/csv",
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    PaymentImportResult importPayments(@PathVariable long id, InputStream body) {
        return payments.importCsv(id, body);
    }

    @PostMapping(path = "/api/v1/agreements/{id}/payments/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PaymentImportResult importPaymentFile(@PathVariable long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return payments.importCsv(id, in);
        }
    }
}
