package org.redress.agreement;

import java.util.List;

/**
 * What a mediator drafts: on a complaint ({@code caseNumber}) or a class dispute ({@code disputeId}), optionally from
 * a mediation session. Field names are part of the API.
 */
public record AgreementDraft(String caseNumber, Long disputeId, Long sessionId, String recitals,
                             List<ObligationLine> obligations) {
}
