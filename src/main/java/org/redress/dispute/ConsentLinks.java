package org.redress.dispute;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.Organisation;
import org.redress.base.Roles;
import org.redress.base.Sha256;
import org.redress.base.StoredText;
import org.redress.base.Texts;
import org.redress.complaint.Channel;
import org.redress.notification.Notice;
import org.redress.notification.NoticeChannel;
import org.redress.notification.Notifier;
import org.redress.notification.Recipients;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.redress.security.SystemUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent asked by a one-time link: members are sent a link by SMS (or e-mail where there is no mobile number); the
 * member opening it sees the class and answers once, which adds an entry to the ledger (channel WEB) like any other.
 */
@Service
@Transactional
public class ConsentLinks {

    static final Duration VALIDITY = Duration.ofDays(14);
    static final String TEMPLATE = "consent-link";
    static final String RECORDED_BY = "consent-link";

    private final ConsentLinkRepository links;
    private final ClassDisputeRepository disputes;
    private final DisputeMemberQueries queries;
    private final DisputeConsents consents;
    private final Notifier notifier;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Organisation organisation;
    private final Clock clock;
    private final String publicUrl;

    ConsentLinks(ConsentLinkRepository links, ClassDisputeRepository disputes, DisputeMemberQueries queries,
                 DisputeConsents consents, Notifier notifier, AuditService audit, CurrentUser currentUser,
                 Organisation organisation, Clock clock,
                 @Value("${redress.public-url:http://localhost:8080}") String publicUrl) {
        this.links = links;
        this.disputes = disputes;
        this.queries = queries;
        this.consents = consents;
        this.notifier = notifier;
        this.audit = audit;
        this.currentUser = currentUser;
        this.organisation = organisation;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Sends a link to each member the filter selects; members without a mobile number or e-mail, or whose notice could
     * not be delivered, are listed (and have no link).
     */
    @PreAuthorize(Roles.CASE_WORKERS)
    public ConsentLinksSent send(long disputeId, MemberFilter filter) {
        ClassDispute dispute = disputes.findById(disputeId).orElseThrow(() ->
                new NotFoundException("error.dispute.noClassDispute", disputeId));
        Instant now = clock.instant();
        List<String> unreachable = new ArrayList<>();
        List<AuditService.Subject> sent = new ArrayList<>();
        for (DisputeMemberQueries.Contact member : queries.contacts(disputeId, filter == null ? MemberFilter.ALL
                : filter)) {
            Optional<String> mobile = Recipients.mobile(member.phone() == null ? "" : member.phone());
            Optional<String> email = Recipients.email(member.email() == null ? "" : member.email());
            if (mobile.isEmpty() && email.isEmpty()) {
                unreachable.add(member.caseNumber());
                continue;
            }
            String token = Sha256.newToken();
            NoticeChannel how = mobile.isPresent() ? NoticeChannel.SMS : NoticeChannel.EMAIL;
            try {
                notifier.send(notice(dispute, how, mobile.orElseGet(email::get), token));
            } catch (BusinessRuleException e) {
                // A gateway failing for one member must not roll back the links the others already received.
                unreachable.add(member.caseNumber());
                continue;
            }
            links.save(new ConsentLink(Sha256.hex(token), disputeId, member.complaintId(),
                    currentUser.usernameOrSystem(), now, now.plus(VALIDITY)));
            sent.add(new AuditService.Subject(member.complaintId(), member.caseNumber(),
                    StoredText.encode("audit.value.consentLinkSent", DisputeMembers.ref(dispute), how)));
        }
        audit.recordEach(AuditSubject.COMPLAINT, AuditAction.CONSENT_LINK_SENT, null, null, sent);
        audit.record(AuditSubject.DISPUTE, disputeId, DisputeMembers.ref(dispute), AuditAction.CONSENT_LINK_SENT,
                null, null, StoredText.encode("audit.value.consentLinksSent", sent.size(), unreachable.size()));
        return new ConsentLinksSent(sent.size(), unreachable);
    }

    private Notice notice(ClassDispute dispute, NoticeChannel how, String to, String token) {
        String link = publicUrl + "/consent/" + token;
        Object[] zh = {organisation.name(), dispute.getMerchant().getName(), link, VALIDITY.toDays()};
        Object[] en = {organisation.nameEn(), dispute.getMerchant().getName(), link, VALIDITY.toDays()};
        String text = Texts.render(Message.of("consentlink.notice.text", zh), Texts.CHINESE) + "\n\n"
                + Texts.render(Message.of("consentlink.notice.text", en), Locale.ROOT);
        String subject = Texts.render(Message.of("consentlink.notice.subject"), Texts.CHINESE) + " / "
                + Texts.render(Message.of("consentlink.notice.subject"), Locale.ROOT);
        return new Notice(how, to, subject, text, TEMPLATE, Map.of("merchant", dispute.getMerchant().getName(),
                "link", link, "days", String.valueOf(VALIDITY.toDays())));
    }

    /** What the link shows; empty when no such link exists. Anyone holding the link may open it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ConsentInvitation> open(String token) {
        return find(token).map(link -> {
            ClassDispute d = disputes.findById(link.getDisputeId()).orElseThrow();
            DisputeMemberRow member = queries.member(link.getDisputeId(), link.getComplaintId());
            return new ConsentInvitation(d.getTitle(), d.getMerchant().getName(), member.caseNumber(),
                    member.amountClaimed(), (int) queries.count(d.getId(), MemberFilter.ALL),
                    link.getExpiresAt(), link.usable(clock.instant()));
        });
    }

    /** The member's answer, once: GIVEN or REFUSED; a used or expired link is refused (409). */
    @PreAuthorize("permitAll()")
    public void answer(String token, ConsentDecision decision) {
        ConsentLink link = find(token).orElseThrow(() -> new NotFoundException("error.consentLink.unknown"));
        Instant now = clock.instant();
        if (!link.usable(now)) {
            throw new BusinessRuleException(link.getUsedAt() != null ? "error.consentLink.used"
                    : "error.consentLink.expired");
        }
        if (decision != ConsentDecision.GIVEN && decision != ConsentDecision.REFUSED) {
            throw new BusinessRuleException("error.dispute.sayWhetherConsentGiven");
        }
        link.use(now);
        ClassDispute dispute = disputes.findById(link.getDisputeId()).orElseThrow();
        DisputeMemberRow member = queries.member(link.getDisputeId(), link.getComplaintId());
        // Recorded in the link's name: the member answered, no colleague did.
        SystemUser.runAs(RECORDED_BY, Role.STAFF, () -> consents.save(dispute, List.of(new DisputeConsents.Entry(
                link.getComplaintId(), member.caseNumber(), decision, LocalDate.now(clock), Channel.WEB)),
                RECORDED_BY));
    }

    private Optional<ConsentLink> find(String token) {
        return token == null || token.isBlank() ? Optional.empty() : links.findById(Sha256.hex(token.strip()));
    }
}
