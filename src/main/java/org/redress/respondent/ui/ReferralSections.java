package org.redress.respondent.ui;

import org.redress.complaint.ui.CaseSection;
import org.redress.respondent.ReferralFollowUp;
import org.redress.respondent.Referrals;
import org.springframework.stereotype.Component;

/** Puts the referrals panel on the case page, after sessions and agreements. */
@Component
class ReferralSections implements CaseSection.Factory {

    private final Referrals referrals;
    private final ReferralFollowUp followUp;

    ReferralSections(Referrals referrals, ReferralFollowUp followUp) {
        this.referrals = referrals;
        this.followUp = followUp;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public CaseSection createCaseSection() {
        ReferralsPanel panel = new ReferralsPanel(referrals, followUp);
        return CaseSection.of(panel, (complaint, reload) -> panel.show(complaint.caseNumber(),
                complaint.status().isOpen(), reload));
    }
}
