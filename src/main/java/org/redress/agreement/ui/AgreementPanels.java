package org.redress.agreement.ui;

import java.time.Clock;
import org.redress.agreement.AgreementQueries;
import org.redress.agreement.CollectiveSettlement;
import org.redress.complaint.ui.CaseSection;
import org.redress.dispute.ui.DisputeSection;
import org.redress.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Adds the agreements panel to every case and dispute page, below the sessions. */
@Component
class AgreementPanels implements CaseSection.Factory, DisputeSection.Factory {

    private final AgreementQueries agreements;
    private final CollectiveSettlement settlement;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgreementPanels(AgreementQueries agreements, CollectiveSettlement settlement, CurrentUser currentUser,
                    Clock clock) {
        this.agreements = agreements;
        this.settlement = settlement;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public CaseSection createCaseSection() {
        AgreementsPanel panel = new AgreementsPanel(agreements, settlement, currentUser, clock);
        return CaseSection.of(panel, (complaint, reload) -> panel.showCase(complaint.caseNumber()));
    }

    @Override
    public DisputeSection createDisputeSection() {
        AgreementsPanel panel = new AgreementsPanel(agreements, settlement, currentUser, clock);
        return DisputeSection.of(panel, (dispute, reload) -> panel.showDispute(dispute));
    }
}
