package org.redress.mediation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintService;
import org.redress.dispute.CaseRef;
import org.redress.dispute.DisputeDetails;
import org.redress.dispute.DisputeService;
import org.redress.dispute.Representative;
import org.redress.merchant.PlatformRef;
import org.redress.merchant.PlatformService;
import org.springframework.stereotype.Component;

/** Looks up what a session is about through the complaint and dispute services. */
@Component
class SessionSubjects {

    private final ComplaintService complaints;
    private final DisputeService disputes;
    private final PlatformService platforms;

    SessionSubjects(ComplaintService complaints, DisputeService disputes, PlatformService platforms) {
        this.complaints = complaints;
        this.disputes = disputes;
        this.platforms = platforms;
    }

    /** The subject of a new session: only open cases and disputes are mediated. */
    SessionSubject resolveOpen(String caseNumber, Long disputeId) {
        SessionSubject subject = resolve(caseNumber, disputeId);
        if (!subject.open()) {
            throw new BusinessRuleException(subject.ref() + " is " + subject.status() + "; sessions are scheduled for"
                    + " open " + (subject.disputeId() != null ? "disputes" : "cases") + " only");
        }
        return subject;
    }

    SessionSubject resolve(String caseNumber, Long disputeId) {
        boolean noCase = caseNumber == null || caseNumber.isBlank();
        if (noCase == (disputeId == null)) {
            throw new InvalidInputException(Map.of("caseNumber", "Give either a caseNumber or a disputeId"));
        }
        if (disputeId != null) {
            DisputeDetails d = disputes.get(disputeId);
            return new SessionSubject(null, null, d.id(), CaseRef.ofDispute(d.id()).toString(), d.merchantId(),
                    names(d.platform()), d.representatives().stream().map(Representative::name).toList(),
                    d.status().name(), d.status().isOpen());
        }
        ComplaintDetails c = complaints.get(caseNumber.trim());
        return new SessionSubject(c.id(), c.caseNumber(), null, c.caseNumber(), c.merchantId(),
                names(c.platform()), List.of(c.consumerName()), c.status().name(), c.status().isOpen());
    }

    SessionSubject of(MediationSession session) {
        return session.getDisputeId() != null ? resolve(null, session.getDisputeId())
                : resolve(session.getCaseRef(), null);
    }

    private List<String> names(String platformCode) {
        List<String> names = new ArrayList<>();
        if (platformCode != null) {
            names.add(platformCode);
            platforms.find(platformCode).ifPresent((PlatformRef p) -> {
                names.add(p.nameZh());
                if (p.nameEn() != null) {
                    names.add(p.nameEn());
                }
            });
        }
        return names;
    }
}
