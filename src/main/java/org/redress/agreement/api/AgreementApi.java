package org.redress.agreement.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementDraft;
import org.redress.agreement.AgreementDrafting;
import org.redress.agreement.AgreementFollowUp;
import org.redress.agreement.AgreementObligations;
import org.redress.agreement.AgreementQueries;
import org.redress.agreement.AgreementSigning;
import org.redress.agreement.JudicialPacket;
import org.redress.agreement.MerchantFollowUp;
import org.redress.agreement.SignatureMethod;
import org.redress.agreement.SigningCodeSent;
import org.redress.base.api.ApiLanguage;
import org.redress.complaint.EscalationTarget;
import org.redress.notification.NoticeChannel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Mediation agreements for partner systems. Roles as in the portal (enforced by the service). */
@RestController
class AgreementApi {

    private final AgreementQueries agreements;
    private final AgreementDrafting drafting;
    private final AgreementSigning signing;
    private final AgreementObligations tracking;
    private final AgreementFollowUp followUp;
    private final JudicialPacket packet;

    AgreementApi(AgreementQueries agreements, AgreementDrafting drafting, AgreementSigning signing, AgreementObligations tracking, AgreementFollowUp followUp, JudicialPacket packet) {
        this.agreements = agreements;
        this.drafting = drafting;
        this.signing = signing;
        this.tracking = tracking;
        this.followUp = followUp;
        this.packet = packet;
    }

    @PostMapping("/api/v1/agreements")
    ResponseEntity<AgreementDetails> draft(@RequestBody AgreementDraft draft) {
        AgreementDetails created = drafting.draft(draft);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/agreements/{id}")
    AgreementDetails update(@PathVariable long id, @RequestBody AgreementDraft draft) {
        return drafting.update(id, draft);
    }

    @GetMapping("/api/v1/agreements/{id}")
    AgreementDetails get(@PathVariable long id) {
        return agreements.get(id);
    }

    @GetMapping("/api/v1/agreements/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"agreement-" + id + ".pdf\"")
                .body(agreements.pdf(id));
    }

    /** The canonical text the agreement's SHA-256 is computed from (UTF-8), for anyone verifying a printed copy. */
    @GetMapping(value = "/api/v1/agreements/{id}/canonical", produces = "application/json;charset=UTF-8")
    String canonical(@PathVariable long id) {
        return agreements.canonicalContent(id);
    }

    /** {@code code} (optional): the one-time code the party read back, checked against the one sent to them. */
    record SignatureBody(String party, String signerName, String capacity, SignatureMethod method, String code) {
    }

    @PostMapping("/api/v1/agreements/{id}/signatures")
    AgreementDetails sign(@PathVariable long id, @RequestBody SignatureBody body) {
        return signing.sign(id, body.party(), body.signerName(), body.capacity(), body.method(), body.code());
    }

    /** {@code channel} (optional): SMS or EMAIL; by default SMS where a mobile number is on file. */
    record SigningCodeBody(String party, NoticeChannel channel) {
    }

    /**
     * Sends a one-time code and signing link to the party's phone or e-mail on file. The answer says where it went
     * (masked) and until when it is valid; the code is never in it.
     */
    @PostMapping("/api/v1/agreements/{id}/signing-codes")
    SigningCodeSent signingCode(@PathVariable long id, @RequestBody SigningCodeBody body) {
        return signing.issueSigningCode(id, body.party(), body.channel());
    }

    /** Fulfilment with a payment voucher (multipart: date, note, voucher). */
    @PostMapping(value = "/api/v1/agreements/{id}/obligations/{n}/fulfilment",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AgreementDetails fulfilWithVoucher(@PathVariable long id, @PathVariable int n,
                                       @RequestParam(required = false) LocalDate date,
                                       @RequestParam(required = false) String note,
                                       @RequestParam MultipartFile voucher) throws IOException {
        try (var in = voucher.getInputStream()) {
            return tracking.fulfilWithVoucher(id, n, date, note, voucher.getOriginalFilename(), in);
        }
    }

    /** Obligations overdue or due within {@code days}, per merchant. */
    @GetMapping("/api/v1/agreements/follow-up")
    List<MerchantFollowUp> followUp(@RequestParam(defaultValue = "7") int days) {
        return followUp.byMerchant(days);
    }

    record EscalationBody(EscalationTarget target, String note) {
    }

    record Escalated(List<String> escalated) {
    }

    @PostMapping("/api/v1/agreements/{id}/escalation")
    Escalated escalate(@PathVariable long id, @RequestBody EscalationBody body) {
        return new Escalated(followUp.escalate(id, body.target(), body.note()));
    }

    /**
     * The judicial-confirmation packet (ZIP) of a binding agreement; file names and lists in {@code lang} (zh-CN by
     * default, or en).
     */
    @GetMapping("/api/v1/agreements/{id}/judicial-packet")
    ResponseEntity<byte[]> judicialPacket(@PathVariable long id, @RequestParam(required = false) String lang) {
        Locale locale = ApiLanguage.of(lang);
        byte[] zip = packet.zip(id, locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(packet.fileName(id, locale), StandardCharsets.UTF_8).build().toString())
                .body(zip);
    }

    /** The joint application for judicial confirmation (司法确认申请书) of a binding agreement, as a PDF draft. */
    @GetMapping("/api/v1/agreements/{id}/confirmation-application")
    ResponseEntity<byte[]> confirmationApplication(@PathVariable long id) {
        return pdf(packet.confirmationApplication(id), "司法确认申请书-AG-" + id + ".pdf");
    }

    /** The enforcement application (强制执行申请书) for the creditor named, or for every creditor left unpaid. */
    @GetMapping("/api/v1/agreements/{id}/enforcement-application")
    ResponseEntity<byte[]> enforcementApplication(@PathVariable long id,
                                                  @RequestParam(required = false) String creditor) {
        return pdf(packet.enforcementApplication(id, creditor), "强制执行申请书-AG-" + id + ".pdf");
    }

    record ConfirmationBody(String court, String ruling, LocalDate confirmedOn) {
    }

    /** Records the court's ruling that confirms the agreement (court, ruling number, date). */
    @PutMapping("/api/v1/agreements/{id}/confirmation")
    AgreementDetails confirmation(@PathVariable long id, @RequestBody ConfirmationBody body) {
        return followUp.recordConfirmation(id, body.court(), body.ruling(), body.confirmedOn());
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    @GetMapping("/api/v1/complaints/{caseNumber}/agreements")
    List<AgreementDetails> ofCase(@PathVariable String caseNumber) {
        return agreements.ofCase(caseNumber);
    }

    record FulfilmentBody(LocalDate date, String note) {
    }

    @PostMapping("/api/v1/agreements/{id}/obligations/{n}/fulfilment")
    AgreementDetails fulfil(@PathVariable long id, @PathVariable int n, @RequestBody FulfilmentBody body) {
        return tracking.fulfil(id, n, body.date(), body.note());
    }

    record WaiverBody(String reason) {
    }

    @PostMapping("/api/v1/agreements/{id}/obligations/{n}/waiver")
    AgreementDetails waive(@PathVariable long id, @PathVariable int n, @RequestBody WaiverBody body) {
        return tracking.waive(id, n, body.reason());
    }

    @PostMapping("/api/v1/agreements/{id}/amendments")
    ResponseEntity<AgreementDetails> amend(@PathVariable long id) {
        AgreementDetails amendment = drafting.amend(id);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + amendment.id())).body(amendment);
    }
}
