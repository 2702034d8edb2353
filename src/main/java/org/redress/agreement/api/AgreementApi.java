package org.redress.agreement.api;

import java.net.URI;
import java.time.LocalDate;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementDraft;
import org.redress.agreement.AgreementService;
import org.redress.agreement.SignatureMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Mediation agreements for partner systems. Roles as in the portal (enforced by the service). */
@RestController
class AgreementApi {

    private final AgreementService agreements;

    AgreementApi(AgreementService agreements) {
        this.agreements = agreements;
    }

    @PostMapping("/api/v1/agreements")
    ResponseEntity<AgreementDetails> draft(@RequestBody AgreementDraft draft) {
        AgreementDetails created = agreements.draft(draft);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/agreements/{id}")
    AgreementDetails update(@PathVariable long id, @RequestBody AgreementDraft draft) {
        return agreements.update(id, draft);
    }

    @GetMapping("/api/v1/agreements/{id}")
    AgreementDetails get(@PathVariable long id) {
        return agreements.get(id);
    }

    @GetMapping("/api/v1/agreements/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"agreement-" + id + ".pdf\"")
                .body(agreements.pdf(id));
    }

    /** The canonical text the agreement's SHA-256 is computed from (UTF-8), for anyone verifying a printed copy. */
    @GetMapping(value = "/api/v1/agreements/{id}/canonical", produces = "application/json;charset=UTF-8")
    String canonical(@PathVariable long id) {
        return agreements.canonicalContent(id);
    }

    record SignatureBody(String party, String signerName, String capacity, SignatureMethod method) {
    }

    @PostMapping("/api/v1/agreements/{id}/signatures")
    AgreementDetails sign(@PathVariable long id, @RequestBody SignatureBody body) {
        return agreements.sign(id, body.party(), body.signerName(), body.capacity(), body.method());
    }

    record FulfilmentBody(LocalDate date, String note) {
    }

    @PostMapping("/api/v1/agreements/{id}/obligations/{n}/fulfilment")
    AgreementDetails fulfil(@PathVariable long id, @PathVariable int n, @RequestBody FulfilmentBody body) {
        return agreements.fulfil(id, n, body.date(), body.note());
    }

    record WaiverBody(String reason) {
    }

    @PostMapping("/api/v1/agreements/{id}/obligations/{n}/waiver")
    AgreementDetails waive(@PathVariable long id, @PathVariable int n, @RequestBody WaiverBody body) {
        return agreements.waive(id, n, body.reason());
    }

    @PostMapping("/api/v1/agreements/{id}/amendments")
    ResponseEntity<AgreementDetails> amend(@PathVariable long id) {
        AgreementDetails amendment = agreements.amend(id);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + amendment.id())).body(amendment);
    }
}
