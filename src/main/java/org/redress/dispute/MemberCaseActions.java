package org.redress.dispute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.MessageException;
import org.redress.base.NotFoundException;
import org.redress.base.Organisation;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.base.TextRules;
import org.redress.base.Texts;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintStatus;
import org.redress.notification.Notice;
import org.redress.notification.NoticeChannel;
import org.redress.notification.Notifier;
import org.redress.notification.Recipients;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One act on many member cases: a status step, a note on each timeline, a notice to each member. Each case gets its
 * own audit entry (the step's, the note's, the notice's) and the dispute one for the act. A case the step does not
 * fit is skipped and named with the reason; the others go ahead, each step committed on its own.
 */
@Service
@PreAuthorize(Roles.CASE_WORKERS)
public class MemberCaseActions {

    static final int TEXT_MAX = 500;
    static final String TEMPLATE = "member-notice";

    private final ClassDisputeRepository disputes;
    private final DisputeMemberQueries queries;
    private final CaseWorkflow workflow;
    private final Notifier notifier;
    private final AuditService audit;
    private final Organisation organisation;
    private final TransactionTemplate transactions;

    MemberCaseActions(ClassDisputeRepository disputes, DisputeMemberQueries queries, CaseWorkflow workflow,
                      Notifier notifier, AuditService audit, Organisation organisation,
                      TransactionTemplate transactions) {
        this.disputes = disputes;
        this.queries = queries;
        this.workflow = workflow;
        this.notifier = notifier;
        this.audit = audit;
        this.organisation = organisation;
        this.transactions = transactions;
    }

    /**
     * Applies the action to the members named, or when none are named to all the filter selects.
     *
     * @param status the status to move to (STATUS only)
     * @param text   the note or the notice's text, or the step's reason
     */
    public MemberActionOutcome apply(long disputeId, MemberAction action, List<String> caseNumbers,
                                     MemberFilter filter, ComplaintStatus status, String text) {
        ClassDispute dispute = disputes.findById(disputeId).orElseThrow(() ->
                new NotFoundException("error.dispute.noClassDispute", disputeId));
        if (action == null) {
            throw new InvalidInputException(Map.of("action", Message.of("error.base.notOne", "—",
                    List.of(MemberAction.values()))));
        }
        if (action == MemberAction.STATUS && status == null) {
            throw new InvalidInputException(Map.of("status", Message.of("error.dispute.statusRequired")));
        }
        if (action != MemberAction.STATUS && (text == null || text.isBlank())) {
            throw new InvalidInputException(Map.of("text", Message.of("error.dispute.textRequired")));
        }
        TextRules.require("text", text, TEXT_MAX, true);
        List<DisputeMemberQueries.Contact> chosen = chosen(disputeId, caseNumbers, filter);
        String clean = text == null || text.isBlank() ? null : text.strip();
        MemberActionOutcome outcome = switch (action) {
            case STATUS -> step(chosen, status, clean);
            case NOTE -> note(chosen, clean, dispute);
            case NOTICE -> notice(chosen, clean, dispute);
        };
        transactions.executeWithoutResult(tx -> audit.record(AuditSubject.DISPUTE, disputeId,
                DisputeMembers.ref(dispute), AuditAction.MEMBERS_ACTED, action.name(), null,
                StoredText.encode("audit.value.membersActed", outcome.done(), outcome.skipped().size(),
                        status == null ? "" : status, clean == null ? "" : clean)));
        return outcome;
    }

    private List<DisputeMemberQueries.Contact> chosen(long disputeId, List<String> caseNumbers,
                                                      MemberFilter filter) {
        List<DisputeMemberQueries.Contact> all = queries.contacts(disputeId, caseNumbers == null
                || caseNumbers.isEmpty() ? (filter == null ? MemberFilter.ALL : filter) : MemberFilter.ALL);
        if (caseNumbers == null || caseNumbers.isEmpty()) {
            return all;
        }
        List<String> wanted = caseNumbers.stream().map(n -> n.strip().toUpperCase(Locale.ROOT)).toList();
        List<DisputeMemberQueries.Contact> named = all.stream().filter(c -> wanted.contains(c.caseNumber()))
                .toList();
        if (named.size() < wanted.stream().distinct().count()) {
            List<String> strangers = wanted.stream().filter(n -> named.stream()
                    .noneMatch(c -> c.caseNumber().equals(n))).toList();
            throw new InvalidInputException(Map.of("caseNumbers", Message.of("error.dispute.notDispute",
                    DisputeMembers.named(strangers))));
        }
        return named;
    }

    private MemberActionOutcome step(List<DisputeMemberQueries.Contact> chosen, ComplaintStatus status,
                                     String reason) {
        int done = 0;
        List<MemberActionOutcome.Skipped> skipped = new ArrayList<>();
        for (DisputeMemberQueries.Contact c : chosen) {
            try {
                workflow.transition(c.caseNumber(), status, reason, null);
                done++;
            } catch (InvalidInputException e) {
                skipped.add(new MemberActionOutcome.Skipped(c.caseNumber(), String.join("; ",
                        e.fieldErrors().values())));
            } catch (MessageException | AccessDeniedException e) {
                skipped.add(new MemberActionOutcome.Skipped(c.caseNumber(), e.getMessage()));
            }
        }
        return new MemberActionOutcome(MemberAction.STATUS, done, skipped);
    }

    private MemberActionOutcome note(List<DisputeMemberQueries.Contact> chosen, String text, ClassDispute dispute) {
        transactions.executeWithoutResult(tx -> audit.recordEach(AuditSubject.COMPLAINT, AuditAction.NOTE_ADDED,
                "note", DisputeMembers.ref(dispute), chosen.stream()
                        .map(c -> new AuditService.Subject(c.complaintId(), c.caseNumber(), text)).toList()));
        return new MemberActionOutcome(MemberAction.NOTE, chosen.size(), List.of());
    }

    private MemberActionOutcome notice(List<DisputeMemberQueries.Contact> chosen, String text, ClassDispute dispute) {
        List<MemberActionOutcome.Skipped> skipped = new ArrayList<>();
        List<AuditService.Subject> sent = new ArrayList<>();
        String signed = Texts.render(Message.of("dispute.notice.text", organisation.name(), text), Texts.CHINESE);
        for (DisputeMemberQueries.Contact c : chosen) {
            Optional<String> mobile = Recipients.mobile(c.phone() == null ? "" : c.phone());
            Optional<String> email = Recipients.email(c.email() == null ? "" : c.email());
            if (mobile.isEmpty() && email.isEmpty()) {
                skipped.add(new MemberActionOutcome.Skipped(c.caseNumber(),
                        Message.of("error.dispute.noContact").text()));
                continue;
            }
            NoticeChannel how = mobile.isPresent() ? NoticeChannel.SMS : NoticeChannel.EMAIL;
            try {
                notifier.send(new Notice(how, mobile.orElseGet(email::get), Texts.render(
                        Message.of("dispute.notice.subject", dispute.getTitle()), Texts.CHINESE), signed, TEMPLATE,
                        Map.of("text", text)));
                sent.add(new AuditService.Subject(c.complaintId(), c.caseNumber(), StoredText.encode(
                        "audit.value.noticeSent", how, text)));
            } catch (MessageException e) {
                skipped.add(new MemberActionOutcome.Skipped(c.caseNumber(), e.getMessage()));
            }
        }
        transactions.executeWithoutResult(tx -> audit.recordEach(AuditSubject.COMPLAINT, AuditAction.NOTICE_SENT,
                "notice", DisputeMembers.ref(dispute), sent));
        return new MemberActionOutcome(MemberAction.NOTICE, sent.size(), skipped);
    }
}
