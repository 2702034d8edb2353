package org.redress.agreement;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.redress.base.NotPermittedException;
import org.redress.complaint.ComplaintDetails;
import org.redress.dispute.CaseRef;
import org.redress.dispute.CaseSubject;
import org.redress.dispute.CaseSubjects;
import org.redress.dispute.DisputeDetails;
import org.redress.dispute.Representative;
import org.redress.merchant.MerchantService;
import org.redress.security.AccountDirectory;
import org.redress.security.CurrentUser;
import org.redress.security.Role;
import org.springframework.stereotype.Component;

/** Resolves what an agreement is about through the case and dispute modules, and who may draft for it. */
@Component
class AgreementSubjects {

    private final CaseSubjects caseSubjects;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final MerchantService merchants;

    AgreementSubjects(CaseSubjects caseSubjects, AccountDirectory accounts, CurrentUser currentUser,
                      MerchantService merchants) {
        this.caseSubjects = caseSubjects;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.merchants = merchants;
    }

    AgreementSubject resolve(String caseNumber, Long disputeId) {
        return switch (caseSubjects.resolve(caseNumber, disputeId)) {
            case CaseSubject.OfDispute(DisputeDetails d) -> {
                String representative = d.representatives().isEmpty() ? "集体纠纷代表人 / class representative"
                        : d.representatives().getFirst().name();
                yield new AgreementSubject(null, d.id(), CaseRef.ofDispute(d.id()).toString(), "集体纠纷 " + d.title() + "："
                        + d.members() + " 名成员投诉 " + d.merchantName() + "。", representative, d.merchantName(),
                        d.leadMediator(), Set.copyOf(d.complaintCaseNumbers()), d.status(),
                        d.status().isOpen(), null, representative(d), merchant(d.merchantId()),
                        d.representatives().stream().skip(1).map(Representative::name).toList());
            }
            case CaseSubject.OfComplaint(ComplaintDetails c) -> {
                // The case's own mediator is its assignee when that colleague is a mediator (staff may hold it
                // before).
                String mediator = c.assignee() != null
                        && accounts.isActiveWithAnyRole(c.assignee(), Set.of(Role.MEDIATOR)) ? c.assignee() : null;
                yield new AgreementSubject(c.id(), null, c.caseNumber(), "消费者" + c.consumerName() + "于" + c.receivedAt()
                        + "投诉" + c.merchantName() + "：" + c.narrative(), c.consumerName(), c.merchantName(),
                        mediator, Set.of(), c.status(), c.status().isOpen(), c.platform(), consumer(c),
                        merchant(c.merchantId()), List.of());
            }
        };
    }

    /** The mediator's full name as the agreement prints it, from the account. */
    String fullName(String username) {
        return accounts.displayName(username).orElse(username);
    }

    private static Particulars consumer(ComplaintDetails c) {
        String contact = Stream.of(c.consumerPhone(), c.consumerEmail()).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(" "));
        String address = Stream.of(c.province(), c.city()).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining());
        return new Particulars(null, address, contact, null, null, null);
    }

    private static Particulars representative(DisputeDetails d) {
        return d.representatives().isEmpty() ? Particulars.NONE
                : new Particulars(null, null, d.representatives().getFirst().contact(), null, null, null);
    }

    private Particulars merchant(Long merchantId) {
        return merchantId == null ? Particulars.NONE : merchants.details(merchantId)
                .map(m -> new Particulars(null, null, m.contact(), m.creditCode(), null, null))
                .orElse(Particulars.NONE);
    }

    AgreementSubject of(Agreement a) {
        return a.getDisputeId() != null ? resolve(null, a.getDisputeId()) : resolve(a.getCaseRef(), null);
    }

    /** Once a case or dispute has its own mediator, only that mediator or an administrator drafts for it. */
    void checkMediator(AgreementSubject subject) {
        String me = currentUser.usernameOrSystem();
        if (subject.mediator() != null && !subject.mediator().equals(me) && !currentUser.hasRole(Role.ADMIN)
                && currentUser.hasRole(Role.MEDIATOR)) {
            throw new NotPermittedException("denied.draftedBy", subject.mediator(), subject.ref());
        }
    }
}
