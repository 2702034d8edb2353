package org.redress.dispute.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.Texts;
import org.redress.base.api.ApiLanguage;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintStatus;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.ConsentEntry;
import org.redress.dispute.ConsentImportResult;
import org.redress.dispute.ConsentLinks;
import org.redress.dispute.ConsentLinksSent;
import org.redress.dispute.DisputeConsents;
import org.redress.dispute.DisputeDetails;
import org.redress.dispute.DisputeMemberExport;
import org.redress.dispute.DisputeMemberRow;
import org.redress.dispute.DisputeMembers;
import org.redress.dispute.MemberAction;
import org.redress.dispute.MemberActionOutcome;
import org.redress.dispute.MemberCaseActions;
import org.redress.dispute.MemberFilter;
import org.redress.dispute.DisputeService;
import org.redress.dispute.DisputeSuggestion;
import org.redress.dispute.NewDispute;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Class disputes for partner systems; case workers only (enforced by the service). */
@RestController
class DisputeApi {

    private final DisputeService disputes;
    private final DisputeMembers members;
    private final DisputeConsents consents;
    private final DisputeMemberExport export;
    private final ConsentLinks links;
    private final MemberCaseActions actions;

    DisputeApi(DisputeService disputes, DisputeMembers members, DisputeConsents consents,
               DisputeMemberExport export, ConsentLinks links, MemberCaseActions actions) {
        this.actions = actions;
        this.links = links;
        this.disputes = disputes;
        this.members = members;
        this.consents = consents;
        this.export = export;
    }

    @GetMapping("/api/v1/disputes/suggestions")
    List<DisputeSuggestion> suggestions(@RequestParam(defaultValue = "50") int limit) {
        return disputes.suggestions(limit);
    }

    @PostMapping("/api/v1/disputes")
    ResponseEntity<DisputeDetails> create(@RequestBody NewDispute request) {
        DisputeDetails created = disputes.create(request);
        return ResponseEntity.created(URI.create("/api/v1/disputes/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/disputes/{id}")
    DisputeDetails get(@PathVariable long id) {
        return disputes.get(id);
    }

    record MembersBody(List<String> caseNumbers) {
    }

    /** Adds complaints, all or none; 409 naming any already in another dispute. */
    @PostMapping("/api/v1/disputes/{id}/members")
    DisputeDetails addMembers(@PathVariable long id, @RequestBody MembersBody body) {
        members.add(id, body.caseNumbers());
        return disputes.get(id);
    }

    @DeleteMapping("/api/v1/disputes/{id}/members/{caseNumber}")
    DisputeDetails removeMember(@PathVariable long id, @PathVariable String caseNumber) {
        members.remove(id, caseNumber);
        return disputes.get(id);
    }

    record MemberPage(long total, int offset, List<DisputeMemberRow> members) {
    }

    /** A page of members in case-number order, optionally only those with a latest decision (or NONE). */
    @GetMapping("/api/v1/disputes/{id}/members")
    MemberPage members(@PathVariable long id, @RequestParam(defaultValue = "0") int offset,
                       @RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) String consent,
                       @RequestParam(required = false) String q) {
        MemberFilter filter = filter(consent, q);
        int size = Math.max(1, Math.min(limit, 1000));
        return new MemberPage(members.count(id, filter), Math.max(0, offset),
                members.page(id, filter, Math.max(0, offset), size));
    }

    /**
     * One decision for one member ({@code caseNumber}) or for many ({@code caseNumbers}), all or none. Each entry is
     * added to the ledger; none is ever changed.
     */
    record ConsentBody(String caseNumber, List<String> caseNumbers, ConsentDecision decision, LocalDate decidedOn,
                       Channel channel) {
    }

    @PostMapping("/api/v1/disputes/{id}/consents")
    DisputeDetails consent(@PathVariable long id, @RequestBody ConsentBody body) {
        List<String> named = new ArrayList<>(body.caseNumbers() == null ? List.of() : body.caseNumbers());
        if (body.caseNumber() != null) {
            named.add(body.caseNumber());
        }
        consents.recordAll(id, named, body.decision(), body.decidedOn(), body.channel());
        return disputes.get(id);
    }

    /** The consent ledger, every entry as recorded (none is ever changed), oldest first; one member's with caseNumber. */
    @GetMapping("/api/v1/disputes/{id}/consents")
    List<ConsentEntry> ledger(@PathVariable long id, @RequestParam(required = false) String caseNumber) {
        return consents.ledger(id, caseNumber);
    }

    /** UTF-8 CSV {@code caseNumber,decision,date,channel}: good rows recorded, bad rows reported by number. */
    @PostMapping(path = "/api/v1/disputes/{id}/consents/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ConsentImportResult importConsents(@PathVariable long id, InputStream body) {
        return consents.importCsv(id, body);
    }

    @PostMapping(path = "/api/v1/disputes/{id}/consents/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ConsentImportResult importConsentFile(@PathVariable long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return consents.importCsv(id, in);
        }
    }

    record ActionBody(MemberAction action, List<String> caseNumbers, String consent, String q,
                      ComplaintStatus status, String text) {
    }

    /** One act on many member cases: those named, else those {@code consent} and {@code q} select. */
    @PostMapping("/api/v1/disputes/{id}/members/actions")
    MemberActionOutcome act(@PathVariable long id, @RequestBody ActionBody body) {
        return actions.apply(id, body.action(), body.caseNumbers(), filter(body.consent(), body.q()), body.status(),
                body.text());
    }

    /** Sends a one-time consent link to each member selected (by default those who have not answered). */
    @PostMapping("/api/v1/disputes/{id}/consent-links")
    ConsentLinksSent sendLinks(@PathVariable long id, @RequestParam(defaultValue = "NONE") String consent,
                               @RequestParam(required = false) String q) {
        return links.send(id, filter(consent, q));
    }

    private static MemberFilter filter(String consent, String q) {
        if (consent == null || consent.isBlank()) {
            return new MemberFilter(q, null, false);
        }
        if ("NONE".equalsIgnoreCase(consent.strip())) {
            return new MemberFilter(q, null, true);
        }
        try {
            return new MemberFilter(q, ConsentDecision.valueOf(consent.strip().toUpperCase(Locale.ROOT)), false);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("consent", Message.of("error.base.notOne", consent,
                    "[NONE, GIVEN, REFUSED, WITHDRAWN]")));
        }
    }

    /** The members as CSV in {@code lang} (zh-CN, en, or codes for field names and constants); by default the request's. */
    @GetMapping("/api/v1/disputes/{id}/members.csv")
    void members(@PathVariable long id, @RequestParam(required = false) String lang, HttpServletResponse response)
            throws IOException {
        disputes.get(id);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("dispute-" + id + "-members.csv", StandardCharsets.UTF_8).build().toString());
        export.write(id, response.getOutputStream(), "codes".equalsIgnoreCase(lang) ? null
                : Texts.effective(ApiLanguage.of(lang)));
    }
}
