package org.redress.agreement;

import java.util.List;

/**
 * What a mediator drafts: on a complaint ({@code caseNumber}) or a class dispute ({@code disputeId}), optionally from
 * a mediation session, with the parties' particulars where known. Field names are part of the API.
 */
public record AgreementDraft(String caseNumber, Long disputeId, Long sessionId, String recitals,
                             List<ObligationLine> obligations, List<PartyParticulars> parties) {

    public AgreementDraft(String caseNumber, Long disputeId, Long sessionId, String recitals,
                          List<ObligationLine> obligations) {
        this(caseNumber, disputeId, sessionId, recitals, obligations, null);
    }
}
