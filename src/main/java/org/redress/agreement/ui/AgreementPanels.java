package org.redress.agreement.ui;

import org.redress.agreement.AgreementQueries;
import org.redress.complaint.ui.CaseSection;
import org.redress.dispute.ui.DisputeSection;
import org.redress.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Adds the agreements panel to every case and dispute page, below the sessions. */
@Component
class AgreementPanels implements CaseSection.Factory, DisputeSection.Factory {

    private final AgreementQueries agreements;
    private final CurrentUser currentUser;

    AgreementPanels(AgreementQueries agreements, CurrentUser currentUser) {
        this.agreements = agreements;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public CaseSection createCaseSection() {
        AgreementsPanel panel = new AgreementsPanel(agreements, currentUser);
        return CaseSection.of(panel, (complaint, reload) -> panel.showCase(complaint.caseNumber()));
    }

    @Override
    public DisputeSection createDisputeSection() {
        AgreementsPanel panel = new AgreementsPanel(agreements, currentUser);
        return DisputeSection.of(panel, (dispute, reload) -> panel.showDispute(dispute.id()));
    }
}
