package org.redress.dispute.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.redress.base.Texts;
import org.redress.base.api.ApiLanguage;
import org.redress.complaint.Channel;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.DisputeDetails;
import org.redress.dispute.DisputeMemberExport;
import org.redress.dispute.DisputeService;
import org.redress.dispute.DisputeSuggestion;
import org.redress.dispute.NewDispute;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Class disputes for partner systems; case workers only (enforced by the service). */
@RestController
class DisputeApi {

    private final DisputeService disputes;
    private final DisputeMemberExport export;

    DisputeApi(DisputeService disputes, DisputeMemberExport export) {
        this.disputes = disputes;
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

    record ConsentBody(String caseNumber, ConsentDecision decision, LocalDate decidedOn, Channel channel) {
    }

    @PostMapping("/api/v1/disputes/{id}/consents")
    DisputeDetails consent(@PathVariable long id, @RequestBody ConsentBody body) {
        disputes.recordConsent(id, body.caseNumber(), body.decision(), body.decidedOn(), body.channel());
        return disputes.get(id);
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
