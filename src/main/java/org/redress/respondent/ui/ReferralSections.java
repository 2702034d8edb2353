package org.redress.respondent.ui;

import org.redress.complaint.ui.CaseSection;
import org.redress.respondent.Referrals;
import org.springframework.stereotype.Component;

/** Puts the referrals panel on the case page, after sessions and agreements. */
@Component
class ReferralSections implements CaseSection.Factory {

    private final Referrals referrals;

    ReferralSections(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public CaseSection createCaseSection() {
        ReferralsPanel panel = new ReferralsPanel(referrals);
        return CaseSection.of(panel, (complaint, reload) -> panel.show(complaint.caseNumber(),
                complaint.status().isOpen(), reload));
    }
}
