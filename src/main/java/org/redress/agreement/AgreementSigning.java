package org.redress.agreement;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.audit.AuditAction;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Roles;
import org.redress.base.TextRules;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintStatus;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.springframework.security.access.AccessDeniedException;
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
    private final Clock clock;
    private final SignatureRepository signatures;
    private final SigningCodes signingCodes;
    private final CaseWorkflow workflow;

    AgreementSigning(AgreementRepository agreements, AgreementSubjects subjects, AgreementTimeline timeline,
                     AgreementMapper mapper, CurrentUser currentUser, Clock clock, SignatureRepository signatures,
                     SigningCodes signingCodes, CaseWorkflow workflow) {
        this.agreements = agreements;
        this.subjects = subjects;
        this.timeline = timeline;
        this.mapper = mapper;
        this.currentUser = currentUser;
        this.clock = clock;
        this.signatures = signatures;
        this.signingCodes = signingCodes;
        this.workflow = workflow;
    }

    /**
     * Records one party's signature. When the last required party has signed, the agreement becomes BINDING: its
     * canonical content is hashed and frozen.
     */
    @Transactional(noRollbackFor = WrongSigningCode.class)
    public AgreementDetails sign(long id, String party, String signerName, String capacity, SignatureMethod method) {
        return sign(id, party, signerName, capacity, method, null);
    }

    /**
     * Sends a one-time code for a party to sign electronically: the code is returned once, for staff to pass on by
     * SMS or phone; the party reads it back and it is typed in with the signature.
     */
    public IssuedCode issueSigningCode(long id, String party) {
        Agreement agreement = agreements.require(id);
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
            throw new BusinessRuleException("Agreement " + id + " is already binding");
        }
        if (party == null || agreement.getParties().stream().noneMatch(p -> p.party().equals(party))) {
            throw new InvalidInputException(Map.of("party", "Not a party to this agreement"));
        }
        IssuedCode code = signingCodes.issue(id, party, currentUser.usernameOrSystem());
        timeline.record(agreement, subjects.of(agreement), AuditAction.SIGNING_CODE_SENT, party);
        return code;
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
        Map<String, String> errors = new LinkedHashMap<>();
        if (party == null || agreement.getParties().stream().noneMatch(p -> p.party().equals(party))) {
            errors.put("party", "Not a party to this agreement; parties are " + agreement.getParties().stream()
                    .map(AgreementParty::party).toList());
        }
        if (signerName == null || signerName.isBlank()) {
            errors.put("signerName", "Who signed is required");
        }
        TextRules.check(errors, "signerName", signerName, Signature.NAME_MAX, false);
        if (capacity == null || capacity.isBlank()) {
            errors.put("capacity", "In what capacity they signed is required");
        }
        TextRules.check(errors, "capacity", capacity, Signature.NAME_MAX, false);
        if (method == null) {
            errors.put("method", "How they signed is required: IN_PERSON or ONE_TIME_CODE");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
            throw new BusinessRuleException("Agreement " + id + " is already binding");
        }
        List<Signature> signed = signatures.findByAgreementIdOrderById(id);
        if (signed.stream().anyMatch(s -> s.getParty().equals(party))) {
            throw new BusinessRuleException(party + " has already signed");
        }
        checkSigner(agreement, party, method);
        if (method == SignatureMethod.ONE_TIME_CODE) {
            signingCodes.verify(id, party, code);
        } else if (code != null && !code.isBlank()) {
            throw new InvalidInputException(Map.of("code", "A code is only given with the ONE_TIME_CODE method"));
        }
        signatures.save(new Signature(id, party, signerName.trim(), capacity.trim(), method, clock.instant(),
                currentUser.usernameOrSystem()));
        AgreementSubject subject = subjects.of(agreement);
        timeline.record(agreement, subject, AuditAction.AGREEMENT_SIGNED, party + ": " + signerName.trim() + " (" + method + ")");
        if (signed.size() + 1 == agreement.getParties().size()) {
            String hash = CanonicalContent.sha256(CanonicalContent.of(agreement));
            agreement.bind(hash, clock.instant());
            timeline.record(agreement, subject, AuditAction.AGREEMENT_BINDING, "SHA-256 " + hash);
            for (String caseNumber : subject.consumerCases(agreement).keySet()) {
                workflow.followAgreement(caseNumber, ComplaintStatus.AGREEMENT_REACHED, "AG-" + id + " binding");
            }
        }
        return mapper.details(agreement);
    }

    private void checkSigner(Agreement agreement, String party, SignatureMethod method) {
        String me = currentUser.usernameOrSystem();
        String mediator = agreement.getParties().stream().filter(p -> p.role() == PartyRole.MEDIATOR)
                .map(AgreementParty::name).findFirst().orElse(null);
        if (PartyRole.MEDIATOR.name().equals(party)) {
            if (!me.equals(mediator)) {
                throw new AccessDeniedException("Only " + mediator + " signs as the mediator of this agreement");
            }
            if (method != SignatureMethod.IN_PERSON) {
                throw new InvalidInputException(Map.of("method", "The mediator signs in person"));
            }
        } else if (method == SignatureMethod.IN_PERSON && !me.equals(mediator) && !currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("A signature given in person is recorded by " + mediator
                    + ", before whom it was given, or an administrator");
        }
    }
}
