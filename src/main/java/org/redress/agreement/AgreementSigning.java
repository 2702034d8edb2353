package org.redress.agreement;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.redress.audit.AuditAction;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.redress.base.NotFoundException;
import org.redress.base.NotPermittedException;
import org.redress.base.Roles;
import org.redress.base.StoredText;
import org.redress.base.TextRules;
import org.redress.base.Texts;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintStatus;
import org.redress.notification.Delivery;
import org.redress.notification.NoticeChannel;
import org.redress.notification.Notifier;
import org.redress.notification.Recipients;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.redress.security.SystemUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing: one-time codes for parties who sign remotely, and signatures. When the last required party has signed,
 * the agreement's canonical content is hashed and frozen, and it is binding.
 */
@Service
@Transactional
@PreAuthorize(Roles.CASE_WORKERS)
public class AgreementSigning {

    private final AgreementRepository agreements;
    private final AgreementSubjects subjects;
    private final AgreementTimeline timeline;
    private final AgreementMapper mapper;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignatureRepository signatures;
    private final SigningCodes signingCodes;
    private final CaseWorkflow workflow;
    private final Notifier notifier;
    private final SigningNotice notice;
    private final AgreementPdf pdf;

    AgreementSigning(AgreementRepository agreements, AgreementSubjects subjects, AgreementTimeline timeline,
                     AgreementMapper mapper, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                     SignatureRepository signatures, SigningCodes signingCodes, CaseWorkflow workflow,
                     Notifier notifier, SigningNotice notice, AgreementPdf pdf) {
        this.events = events;
        this.agreements = agreements;
        this.subjects = subjects;
        this.timeline = timeline;
        this.mapper = mapper;
        this.currentUser = currentUser;
        this.clock = clock;
        this.signatures = signatures;
        this.signingCodes = signingCodes;
        this.workflow = workflow;
        this.notifier = notifier;
        this.notice = notice;
        this.pdf = pdf;
    }

    /**
     * Records one party's signature. When the last required party has signed, the agreement becomes BINDING: its
     * canonical content is hashed and frozen.
     */
    @Transactional(noRollbackFor = WrongSigningCode.class)
    public AgreementDetails sign(long id, String party, String signerName, String capacity, SignatureMethod method) {
        return sign(id, party, signerName, capacity, method, null);
    }

    public SigningCodeSent issueSigningCode(long id, String party) {
        return issueSigningCode(id, party, null);
    }

    /**
     * Sends a one-time code and a signing link to the party's phone (SMS) or e-mail on file, by the channel asked
     * for or else the phone where known. Staff learn only where it went: the party reads the code back to the
     * mediator, or signs through the link.
     */
    public SigningCodeSent issueSigningCode(long id, String party, NoticeChannel channel) {
        Agreement agreement = agreements.require(id);
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
            throw new BusinessRuleException("error.agreement.agreementAlreadyBinding", id);
        }
        AgreementParty signer = party == null || PartyRole.MEDIATOR.name().equals(party) ? null
                : agreement.getParties().stream().filter(p -> p.party().equals(party)).findFirst().orElse(null);
        if (signer == null) {
            throw new InvalidInputException(Map.of("party", Message.of("error.agreement.notPartyAgreement")));
        }
        AgreementSubject subject = subjects.of(agreement);
        String contact = String.join(" ", Stream.of(signer.particulars().contact(),
                signer.role() == PartyRole.CONSUMER ? subject.consumerParticulars().contact() : null)
                .filter(Objects::nonNull).toList());
        Optional<String> mobile = Recipients.mobile(contact);
        Optional<String> email = Recipients.email(contact);
        NoticeChannel how = channel != null ? channel : mobile.isPresent() ? NoticeChannel.SMS : NoticeChannel.EMAIL;
        String to = (how == NoticeChannel.SMS ? mobile : email).orElseThrow(() -> new BusinessRuleException(
                how == NoticeChannel.SMS ? "error.signing.noMobile" : "error.signing.noEmail", PartyLabel.of(party)));
        IssuedCode code = signingCodes.issue(id, party, currentUser.usernameOrSystem());
        Delivery delivery = notifier.send(notice.of(mapper.details(agreement), how, to, code));
        timeline.record(agreement, subject, AuditAction.SIGNING_CODE_SENT,
                Message.of("audit.value.codeSentTo", PartyLabel.of(party), how, delivery.sentTo()));
        return new SigningCodeSent(party, how, delivery.sentTo(), code.expiresAt());
    }

    /** What a party opening a signing link sees: the agreement, and who they sign for. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<LinkSigning> openLink(String token) {
        return signingCodes.byLink(token).flatMap(key -> agreements.findById(key.agreementId())
                .filter(a -> a.getStatus() == AgreementStatus.DRAFT)
                .map(a -> new LinkSigning(mapper.details(a), key.party())));
    }

    /** The draft's PDF for the party who opened the signing link, to read before signing. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public byte[] linkPdf(String token) {
        LinkSigning opened = openLink(token).orElseThrow(() -> new NotFoundException("error.signing.linkUnknown"));
        return pdf.render(opened.agreement());
    }

    /**
     * A party signs through the link sent with the code, by typing the code and their name: recorded as a
     * one-time-code signature given by the party themselves.
     */
    @PreAuthorize("permitAll()")
    @Transactional(noRollbackFor = WrongSigningCode.class)
    public AgreementDetails signByLink(String token, String signerName, String code) {
        SigningCode.Key key = signingCodes.byLink(token).orElseThrow(() -> new NotFoundException(
                "error.signing.linkUnknown"));
        String capacity = Texts.render(Message.of("signing.selfCapacity"), Texts.CHINESE);
        return SystemUser.call(() -> sign(key.agreementId(), key.party(), signerName, capacity,
                SignatureMethod.ONE_TIME_CODE, code));
    }

    /**
     * Records a signature. By {@code ONE_TIME_CODE}, the code sent to the party must be given and is checked first;
     * {@code IN_PERSON} is recorded only by the mediator of the agreement (or an administrator), before whom the
     * party signed; the mediator's own signature only by that mediator.
     */
    @Transactional(noRollbackFor = WrongSigningCode.class)
    public AgreementDetails sign(long id, String party, String signerName, String capacity, SignatureMethod method,
                                 String code) {
        Agreement agreement = agreements.require(id);
        Map<String, Message> errors = new LinkedHashMap<>();
        if (party == null || agreement.getParties().stream().noneMatch(p -> p.party().equals(party))) {
            errors.put("party", Message.of("error.agreement.notPartyAgreementParties", agreement.getParties().stream()
                    .map(AgreementParty::party).toList()));
        }
        if (signerName == null || signerName.isBlank()) {
            errors.put("signerName", Message.of("error.agreement.whoSignedRequired"));
        }
        TextRules.check(errors, "signerName", signerName, Signature.NAME_MAX, false);
        if (capacity == null || capacity.isBlank()) {
            errors.put("capacity", Message.of("error.agreement.whatCapacityTheySigned"));
        }
        TextRules.check(errors, "capacity", capacity, Signature.NAME_MAX, false);
        if (method == null) {
            errors.put("method", Message.of("error.agreement.howTheySignedRequired"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
            throw new BusinessRuleException("error.agreement.agreementAlreadyBinding", id);
        }
        List<Signature> signed = signatures.findByAgreementIdOrderById(id);
        if (signed.stream().anyMatch(s -> s.getParty().equals(party))) {
            throw new BusinessRuleException("error.agreement.hasAlreadySigned", party);
        }
        checkSigner(agreement, party, method);
        if (method == SignatureMethod.ONE_TIME_CODE) {
            signingCodes.verify(id, party, code);
        } else if (code != null && !code.isBlank()) {
            throw new InvalidInputException(Map.of("code", Message.of("error.agreement.codeOnlyGivenOne")));
        }
        signatures.save(new Signature(id, party, signerName.trim(), capacity.trim(), method, clock.instant(),
                currentUser.usernameOrSystem()));
        AgreementSubject subject = subjects.of(agreement);
        timeline.record(agreement, subject, AuditAction.AGREEMENT_SIGNED,
                Message.of("audit.value.signed", PartyLabel.of(party), signerName.trim(), method));
        if (signed.size() + 1 == agreement.getParties().size()) {
            String hash = CanonicalContent.sha256(CanonicalContent.of(agreement));
            agreement.bind(hash, clock.instant());
            timeline.record(agreement, subject, AuditAction.AGREEMENT_BINDING, Message.of("audit.value.hash", hash));
            List<String> consumers = List.copyOf(subject.consumerCases(agreement).keySet());
            for (String caseNumber : consumers) {
                workflow.followAgreement(caseNumber, ComplaintStatus.AGREEMENT_REACHED,
                        StoredText.encode("audit.value.agreementBinding", id));
            }
            events.publishEvent(new AgreementBound(id, consumers));
        }
        return mapper.details(agreement);
    }

    private void checkSigner(Agreement agreement, String party, SignatureMethod method) {
        String me = currentUser.usernameOrSystem();
        String mediator = agreement.getParties().stream().filter(p -> p.role() == PartyRole.MEDIATOR)
                .map(AgreementParty::name).findFirst().orElse(null);
        if (PartyRole.MEDIATOR.name().equals(party)) {
            if (!me.equals(mediator)) {
                throw new NotPermittedException("denied.mediatorSigns", mediator);
            }
            if (method != SignatureMethod.IN_PERSON) {
                throw new InvalidInputException(Map.of("method", Message.of("error.agreement.mediatorSignsPerson")));
            }
        } else if (method == SignatureMethod.IN_PERSON && !me.equals(mediator) && !currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException("denied.inPersonRecordedBy", mediator);
        }
    }
}
