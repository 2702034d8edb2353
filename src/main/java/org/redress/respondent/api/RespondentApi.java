package org.redress.respondent.api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.complaint.EscalationTarget;
import org.redress.respondent.AnswerFile;
import org.redress.respondent.BulkOutcome;
import org.redress.respondent.BulkReferrals;
import org.redress.respondent.NewRespondent;
import org.redress.respondent.NextStep;
import org.redress.respondent.ReferralFollowUp;
import org.redress.respondent.ReferralStatus;
import org.redress.respondent.ReferralView;
import org.redress.respondent.Referrals;
import org.redress.respondent.RespondentCreated;
import org.redress.respondent.RespondentDirectory;
import org.redress.respondent.RespondentKind;
import org.redress.respondent.RespondentReferral;
import org.redress.respondent.ResponseCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Respondent organisations (administrators), referrals (staff) and answers (respondents); roles checked by the services. */
@RestController
class RespondentApi {

    private final RespondentDirectory directory;
    private final Referrals referrals;
    private final BulkReferrals bulk;
    private final ReferralFollowUp followUp;

    RespondentApi(RespondentDirectory directory, Referrals referrals, BulkReferrals bulk, ReferralFollowUp followUp) {
        this.followUp = followUp;
        this.directory = directory;
        this.referrals = referrals;
        this.bulk = bulk;
    }

    @PostMapping("/api/v1/respondents")
    ResponseEntity<RespondentCreated> create(@RequestBody NewRespondent request) {
        RespondentCreated created = directory.create(request);
        return ResponseEntity.created(URI.create("/api/v1/respondents/" + created.id())).body(created);
    }

    record ReferralBody(RespondentKind to, String message, Long respondentId) {
    }

    @PostMapping("/api/v1/complaints/{caseNumber}/referrals")
    ResponseEntity<ReferralView> refer(@PathVariable String caseNumber, @RequestBody ReferralBody body) {
        ReferralView referral = referrals.refer(caseNumber, body.to(), body.message(), body.respondentId());
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id())).body(referral);
    }

    /** Every member of the class (to a payment provider: those who paid with "use first, pay later"). */
    @PostMapping("/api/v1/disputes/{id}/referrals")
    BulkOutcome referDispute(@PathVariable long id, @RequestBody ReferralBody body) {
        return bulk.referDispute(id, body.to(), body.message());
    }

    /** A respondent's answers as UTF-8 CSV {@code caseNumber,code,amount}. */
    @PostMapping(path = "/api/v1/respondent/referrals/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    BulkOutcome importAnswers(InputStream body) {
        return bulk.importAnswers(body);
    }

    @GetMapping("/api/v1/complaints/{caseNumber}/referrals")
    List<ReferralView> ofCase(@PathVariable String caseNumber) {
        return referrals.ofCase(caseNumber);
    }

    /** Staff's queue, e.g. {@code ?status=OVERDUE}. */
    @GetMapping("/api/v1/referrals")
    List<ReferralView> queue(@RequestParam(required = false) String status) {
        return referrals.queue(statuses(status));
    }

    /** The signed-in respondent's referrals, due first. */
    @GetMapping("/api/v1/respondent/referrals")
    List<RespondentReferral> mine(@RequestParam(required = false) String status) {
        return referrals.mine(statuses(status));
    }

    record ResponseBody(ResponseCode code, String message, BigDecimal amountOffered) {
    }

    @PostMapping("/api/v1/referrals/{id}/response")
    ReferralView respond(@PathVariable long id, @RequestBody ResponseBody body) {
        return referrals.respond(id, body.code(), body.message(), body.amountOffered());
    }

    /**
     * The same answer as a form with files ({@code attachments}, up to five), e.g.
     * {@code curl -F code=CLOSED_WITH_MONETARY_RELIEF -F message=… -F attachments=@refund.pdf}.
     */
    @PostMapping(path = "/api/v1/referrals/{id}/response", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ReferralView respondWithFiles(@PathVariable long id, @RequestParam(required = false) String code,
                                  @RequestParam(required = false) String message,
                                  @RequestParam(required = false) String amountOffered,
                                  @RequestParam(name = "attachments", required = false) List<MultipartFile> files)
            throws IOException {
        List<AnswerFile> answers = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            answers.add(new AnswerFile(file.getOriginalFilename(), file.getInputStream()));
        }
        return referrals.respond(id, constant("code", code, ResponseCode.class), message, amount(amountOffered),
                answers);
    }

    record ConfirmationBody(Boolean settled, String note) {
    }

    /** The consumer's word, as staff heard it: settled or not. */
    @PostMapping("/api/v1/referrals/{id}/confirmation")
    ReferralView confirm(@PathVariable long id, @RequestBody ConfirmationBody body) {
        return followUp.confirm(id, body.settled(), body.note());
    }

    record NextStepBody(NextStep step, String reason, EscalationTarget escalationTarget) {
    }

    /** Staff's decision on an answered (or overdue) referral: CLOSE, MEDIATION or ESCALATION. */
    @PostMapping("/api/v1/referrals/{id}/next-step")
    ReferralView decide(@PathVariable long id, @RequestBody NextStepBody body) {
        return followUp.decide(id, body.step(), body.reason(), body.escalationTarget());
    }

    private static <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of(field, Message.of("error.base.notOne", value,
                    List.of(type.getEnumConstants()))));
        }
    }

    private static BigDecimal amount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Map.of("amountOffered", Message.of("error.base.amountFromMostTwo")));
        }
    }

    private static Set<ReferralStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return EnumSet.allOf(ReferralStatus.class);
        }
        try {
            return EnumSet.of(ReferralStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("status", Message.of("error.base.notOne", status,
                    List.of(ReferralStatus.values()))));
        }
    }
}
