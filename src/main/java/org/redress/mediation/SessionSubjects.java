package org.redress.mediation;

import java.util.ArrayList;
import java.util.List;
import org.redress.base.BusinessRuleException;
import org.redress.base.Message;
import org.redress.dispute.CaseSubject;
import org.redress.dispute.CaseSubjects;
import org.redress.dispute.Representative;
import org.redress.merchant.PlatformRef;
import org.redress.merchant.PlatformService;
import org.springframework.stereotype.Component;

/** Looks up what a session is about through the complaint and dispute services. */
@Component
class SessionSubjects {

    private final CaseSubjects subjects;
    private final PlatformService platforms;

    SessionSubjects(CaseSubjects subjects, PlatformService platforms) {
        this.subjects = subjects;
        this.platforms = platforms;
    }

    /** The subject of a new session: only open cases and disputes are mediated. */
    SessionSubject resolveOpen(String caseNumber, Long disputeId) {
        SessionSubject subject = resolve(caseNumber, disputeId);
        if (!subject.open()) {
            throw new BusinessRuleException("error.mediation.sessionsScheduledOpenOnly", subject.ref(),
                    subject.status(),
                    Message.of(subject.disputeId() != null ? "subject.disputes" : "subject.cases"));
        }
        return subject;
    }

    SessionSubject resolve(String caseNumber, Long disputeId) {
        CaseSubject subject = subjects.resolve(caseNumber, disputeId);
        List<String> parties = switch (subject) {
            case CaseSubject.OfDispute d -> d.dispute().representatives().stream().map(Representative::name).toList();
            case CaseSubject.OfComplaint c -> List.of(c.complaint().consumerName());
        };
        Long complaintId = subject instanceof CaseSubject.OfComplaint c ? c.complaint().id() : null;
        return new SessionSubject(complaintId, subject.ref().caseNumber(), subject.ref().disputeId(),
                subject.ref().toString(), subject.merchantId(), names(subject.platform()), parties, subject.status(),
                subject.open());
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
