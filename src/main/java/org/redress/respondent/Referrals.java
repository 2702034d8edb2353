package org.redress.respondent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.base.TextRules;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.ReferredCase;
import org.redress.complaint.ReferredCases;
import org.redress.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referring complaints to respondents and their answers. Staff refer a case to its merchant, platform or payment
 * provider, due after the working days its kind is given; the respondent answers with a closing code (IN_PROGRESS
 * extends once, with a reason); each answer is timely or late, and an unanswered referral becomes overdue. A
 * respondent only ever reaches referrals to its own organisation: any other is "not found", so nothing leaks.
 */
@Service
@Transactional
public class Referrals {

    static final int MESSAGE_MAX = 2000;
    static final int ANSWER_MAX = 4000;
    private static final int CHUNK = 500;

    private final ReferralRepository referrals;
    private final ReferralResponseRepository responses;
    private final RespondentRepository respondents;
    private final RespondentDirectory directory;
    private final ReferralDeadlines deadlines;
    private final ComplaintService complaints;
    private final ReferredCases referredCases;
    private final CaseWorkflow workflow;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final AnswerAttachments attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Referrals(ReferralRepository referrals, ReferralResponseRepository responses, RespondentRepository respondents,
              RespondentDirectory directory, ReferralDeadlines deadlines, ComplaintService complaints,
              ReferredCases referredCases, CaseWorkflow workflow, AuditService audit, CurrentUser currentUser,
              AnswerAttachments attachments,
              ApplicationEventPublisher events, Clock clock) {
        this.attachments = attachments;
        this.events = events;
        this.referrals = referrals;
        this.responses = responses;
        this.respondents = respondents;
        this.directory = directory;
        this.deadlines = deadlines;
        this.complaints = complaints;
        this.referredCases = referredCases;
        this.workflow = workflow;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Refers the case to the organisation answering for its merchant, its platform, or its platform's payment
     * provider ({@code respondentId} names one where several could answer); 409 when none is set up or one referral
     * of that kind is still waiting. The case moves to REFERRED_TO_PLATFORM (through UNDER_REVIEW when just
     * received) where those steps are open to it.
     */
    @PreAuthorize(Roles.CASE_WORKERS)
    public ReferralView refer(String caseNumber, RespondentKind to, String message, Long respondentId) {
        checkRequest(to, message);
        ComplaintDetails c = complaints.get(caseNumber);
        Respondent respondent = route(c, to, respondentId);
        Optional<Message> refusal = refusal(c, to, respondent);
        if (refusal.isPresent()) {
            throw new BusinessRuleException(refusal.get());
        }
        return send(c, respondent, to, message);
    }

    /**
     * As {@link #refer} to the case's respondent of this kind, but a case that cannot be referred now gives the reason
     * instead of an exception, so that a whole class is referred a few dozen cases to a transaction.
     */
    @PreAuthorize(Roles.CASE_WORKERS)
    public Optional<Message> referIfAllowed(String caseNumber, RespondentKind to, String message) {
        checkRequest(to, message);
        Optional<ComplaintDetails> found = complaints.find(caseNumber);
        if (found.isEmpty()) {
            return Optional.of(Message.of("error.complaint.noCase", caseNumber));
        }
        ComplaintDetails c = found.get();
        Respondent respondent = route(c, to, null);
        Optional<Message> refusal = refusal(c, to, respondent);
        if (refusal.isEmpty()) {
            send(c, respondent, to, message);
        }
        return refusal;
    }

    private static void checkRequest(RespondentKind to, String message) {
        if (to == null) {
            throw new InvalidInputException(Map.of("to", Message.of("error.base.notOne", "—",
                    List.of(RespondentKind.values()))));
        }
        TextRules.require("message", message, MESSAGE_MAX, false);
    }

    /** Why the case cannot go to this respondent now: none answers for it, or a referral of this kind still waits. */
    private Optional<Message> refusal(ComplaintDetails c, RespondentKind to, Respondent respondent) {
        if (respondent == null) {
            return Optional.of(Message.of("error.referral.noRespondent", c.caseNumber(), to));
        }
        boolean waiting = referrals.findByComplaintIdOrderByIdDesc(c.id()).stream()
                .anyMatch(r -> r.getTarget() == to && r.getStatus().awaitsAnswer());
        return waiting ? Optional.of(Message.of("error.referral.alreadyWaiting", c.caseNumber(),
                respondent.getName())) : Optional.empty();
    }

    private ReferralView send(ComplaintDetails c, Respondent respondent, RespondentKind to, String message) {
        LocalDate today = LocalDate.now(clock);
        Referral referral = referrals.save(new Referral(c.id(), respondent.getId(), to,
                message == null || message.isBlank() ? null : message.strip(), currentUser.usernameOrSystem(),
                clock.instant(), deadlines.due(to, today)));
        audit.record(AuditSubject.COMPLAINT, c.id(), c.caseNumber(), AuditAction.REFERRAL_SENT, "referral", null,
                StoredText.encode("audit.value.referralSent", respondent.getName(), to, referral.getDueOn()));
        // A case just received is reviewed on its way out: the referral is the review's outcome.
        ComplaintStatus status = c.status();
        if (status == ComplaintStatus.RECEIVED && status.canMoveTo(ComplaintStatus.UNDER_REVIEW)) {
            status = workflow.transition(c.caseNumber(), ComplaintStatus.UNDER_REVIEW, respondent.getName(), null)
                    .status();
        }
        if (status.canMoveTo(ComplaintStatus.REFERRED_TO_PLATFORM)) {
            workflow.transition(c.caseNumber(), ComplaintStatus.REFERRED_TO_PLATFORM, respondent.getName(), null);
        }
        events.publishEvent(new ReferralSent(referral.getId(), c.id(), c.caseNumber(), respondent.getName(), to,
                referral.getDueOn()));
        return view(referral, respondent, c.caseNumber());
    }

    private List<Respondent> candidates(ComplaintDetails c, RespondentKind to) {
        return switch (to) {
            case MERCHANT -> respondents.forMerchant(c.merchantId()).stream().toList();
            case PLATFORM -> respondents.findByKindAndPlatformCode(RespondentKind.PLATFORM, c.platform());
            case PAYMENT_PROVIDER -> respondents.findByKindAndPlatformCode(RespondentKind.PAYMENT_PROVIDER,
                    c.platform());
        };
    }

    /**
     * The organisation that answers: the one named (409 if it does not answer for this case), else the first that
     * answers for it; null when none does.
     */
    private Respondent route(ComplaintDetails c, RespondentKind to, Long respondentId) {
        if (respondentId != null) {
            return respondents.findById(respondentId).filter(r -> r.getKind() == to && answersFor(r, c))
                    .orElseThrow(() -> new BusinessRuleException("error.referral.notThatRespondent", respondentId,
                            c.caseNumber()));
        }
        return candidates(c, to).stream().findFirst().orElse(null);
    }

    private static boolean answersFor(Respondent r, ComplaintDetails c) {
        return switch (r.getKind()) {
            case MERCHANT -> r.getMerchantIds().contains(c.merchantId());
            case PLATFORM -> r.getPlatformCode() != null && r.getPlatformCode().equals(c.platform());
            case PAYMENT_PROVIDER -> r.getPlatformCode() == null || r.getPlatformCode().equals(c.platform());
        };
    }

    @PreAuthorize(Roles.CASE_WORKERS)
    @Transactional(readOnly = true)
    public List<ReferralView> ofCase(String caseNumber) {
        ComplaintDetails c = complaints.get(caseNumber);
        List<Referral> list = referrals.findByComplaintIdOrderByIdDesc(c.id());
        Map<Long, Respondent> byId = new HashMap<>();
        respondents.findAllById(list.stream().map(Referral::getRespondentId).toList())
                .forEach(r -> byId.put(r.getId(), r));
        return views(list, byId::get, id -> c.caseNumber());
    }

    /** Staff's queue: referrals in these states, due first (e.g. OVERDUE ones to chase). */
    @PreAuthorize(Roles.CASE_WORKERS)
    @Transactional(readOnly = true)
    public List<ReferralView> queue(Set<ReferralStatus> statuses) {
        Map<Long, Respondent> byId = new HashMap<>();
        respondents.findAll().forEach(r -> byId.put(r.getId(), r));
        List<ReferralView> queue = new ArrayList<>();
        inChunks(referrals.withStatus(statuses == null || statuses.isEmpty() ? EnumSet.allOf(ReferralStatus.class)
                : statuses), chunk -> {
            Map<Long, ReferredCase> cases = referredCases.views(chunk.stream().map(Referral::getComplaintId).toList());
            queue.addAll(views(chunk, byId::get, id -> cases.get(id).caseNumber()));
        });
        return queue;
    }

    /** The signed-in respondent's referrals, due first, each with the complaint as far as it may see it. */
    @PreAuthorize(Roles.RESPONDENTS)
    @Transactional(readOnly = true)
    public List<RespondentReferral> mine(Set<ReferralStatus> statuses) {
        Respondent me = me();
        List<RespondentReferral> mine = new ArrayList<>();
        inChunks(referrals.ofRespondent(me.getId(), statuses == null || statuses.isEmpty()
                ? EnumSet.allOf(ReferralStatus.class) : statuses), chunk -> {
            Map<Long, ReferredCase> cases = referredCases.views(chunk.stream().map(Referral::getComplaintId).toList());
            List<ReferralView> views = views(chunk, id -> me, id -> cases.get(id).caseNumber());
            for (int i = 0; i < chunk.size(); i++) {
                mine.add(new RespondentReferral(views.get(i), cases.get(chunk.get(i).getComplaintId())));
            }
        });
        return mine;
    }

    /** A long queue is read a few hundred referrals at a time, so no query carries thousands of parameters. */
    private static void inChunks(List<Referral> all, Consumer<List<Referral>> work) {
        for (int from = 0; from < all.size(); from += CHUNK) {
            work.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
    }

    /** The respondent's answer; 404 for a referral to any other organisation. */
    @PreAuthorize(Roles.RESPONDENTS)
    public ReferralView respond(long referralId, ResponseCode code, String message, BigDecimal amountOffered) {
        return respond(referralId, code, message, amountOffered, List.of());
    }

    /** As {@link #respond(long, ResponseCode, String, BigDecimal)}, with files kept as evidence on the case. */
    @PreAuthorize(Roles.RESPONDENTS)
    public ReferralView respond(long referralId, ResponseCode code, String message, BigDecimal amountOffered,
                                List<AnswerFile> files) {
        Respondent me = me();
        Referral referral = referrals.findById(referralId).filter(r -> r.getRespondentId().equals(me.getId()))
                .orElseThrow(() -> new NotFoundException("error.referral.noReferral", referralId));
        if (code == null) {
            throw new InvalidInputException(Map.of("code", Message.of("error.base.notOne", "—",
                    List.of(ResponseCode.values()))));
        }
        if (code.providerOnly() && me.getKind() != RespondentKind.PAYMENT_PROVIDER) {
            throw new InvalidInputException(Map.of("code", Message.of("error.referral.providerCode", code)));
        }
        TextRules.require("message", message, ANSWER_MAX, false);
        if (amountOffered != null && (amountOffered.signum() < 0 || amountOffered.scale() > 2
                || amountOffered.compareTo(new BigDecimal("10000000")) > 0)) {
            throw new InvalidInputException(Map.of("amountOffered", Message.of("error.base.amountFromMostTwo")));
        }
        if (!referral.getStatus().awaitsAnswer()) {
            throw new BusinessRuleException("error.referral.answered", referralId);
        }
        LocalDate today = LocalDate.now(clock);
        boolean timely = !today.isAfter(referral.getDueOn());
        String text = message == null || message.isBlank() ? null : message.strip();
        if (code == ResponseCode.IN_PROGRESS) {
            if (referral.isExtended()) {
                throw new BusinessRuleException("error.referral.extendedOnce", referralId);
            }
            if (text == null) {
                throw new InvalidInputException(Map.of("message", Message.of("error.referral.reasonRequired")));
            }
            referral.extendTo(deadlines.due(referral.getTarget(), referral.getDueOn()));
        } else {
            referral.answered();
        }
        attachments.check(files);
        ReferralResponse answer = responses.save(new ReferralResponse(referral.getId(), code, text,
                amountOffered == null ? null : amountOffered.setScale(2), currentUser.usernameOrSystem(),
                clock.instant(), timely));
        String caseNumber = referredCases.view(referral.getComplaintId()).caseNumber();
        attachments.attach(answer, referral.getComplaintId(), files);
        audit.record(AuditSubject.COMPLAINT, referral.getComplaintId(), caseNumber,
                code == ResponseCode.IN_PROGRESS ? AuditAction.REFERRAL_EXTENDED : AuditAction.REFERRAL_ANSWERED,
                "referral", null, StoredText.encode("audit.value.referralAnswered", me.getName(), code,
                        timely ? "✓" : "✗", text == null ? "" : text));
        events.publishEvent(new ReferralAnswered(referral.getId(), referral.getComplaintId(), caseNumber,
                me.getName(), code, answer.getAmountOffered(), referral.getDueOn()));
        return view(referral, me, caseNumber);
    }

    /** Marks the referrals past their due date without an answer; returns how many. */
    @Transactional
    public int markOverdue(LocalDate today) {
        List<Referral> late = referrals.openDueBefore(today);
        for (Referral r : late) {
            r.overdue();
            audit.record(AuditSubject.COMPLAINT, r.getComplaintId(),
                    referredCases.view(r.getComplaintId()).caseNumber(), AuditAction.REFERRAL_OVERDUE, "referral",
                    null, StoredText.encode("audit.value.referralOverdue", r.getDueOn()));
        }
        return late.size();
    }

    private Respondent me() {
        return directory.ofCurrentUser().orElseThrow(() -> new NotFoundException("error.referral.noOrganisation"));
    }

    ReferralView view(Referral r, Respondent respondent, String caseNumber) {
        return views(List.of(r), id -> respondent, id -> caseNumber).getFirst();
    }

    /** Views of these referrals with their answers and the answers' files, read in two queries for them all. */
    private List<ReferralView> views(List<Referral> list, Function<Long, Respondent> respondentById,
                                     Function<Long, String> caseNumberByComplaint) {
        List<Long> ids = list.stream().map(Referral::getId).filter(Objects::nonNull).toList();
        Map<Long, List<ReferralResponse>> answersOf = ids.isEmpty() ? Map.of()
                : responses.findByReferralIdInOrderById(ids).stream()
                        .collect(Collectors.groupingBy(ReferralResponse::getReferralId));
        Map<Long, List<ReferralView.Attachment>> files = attachments.of(answersOf.values().stream()
                .flatMap(List::stream).map(ReferralResponse::getId).toList());
        return list.stream().map(r -> {
            Respondent respondent = respondentById.apply(r.getRespondentId());
            List<ReferralView.Answer> answers = answersOf.getOrDefault(r.getId(), List.of()).stream()
                    .map(a -> new ReferralView.Answer(a.getCode(), a.getMessage(), a.getAmountOffered(),
                            a.getRespondedBy(), a.getRespondedAt(), a.isTimely(),
                            files.getOrDefault(a.getId(), List.of()))).toList();
            return new ReferralView(r.getId(), caseNumberByComplaint.apply(r.getComplaintId()), r.getTarget(),
                    respondent.getId(), respondent.getName(), r.getMessage(), r.getReferredAt(), r.getDueOn(),
                    r.isExtended(), r.getStatus(), answers, r.getConsumerSettled(), r.getConsumerConfirmedOn(),
                    r.getNextStep());
        }).toList();
    }
}
