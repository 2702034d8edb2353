package org.redress.agreement.ui;

import org.redress.agreement.AgreementService;
import org.redress.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Makes the agreements panel that complaint and dispute pages embed. */
@Component
public class AgreementPanels {

    private final AgreementService agreements;
    private final CurrentUser currentUser;

    AgreementPanels(AgreementService agreements, CurrentUser currentUser) {
        this.agreements = agreements;
        this.currentUser = currentUser;
    }

    public AgreementsPanel create() {
        return new AgreementsPanel(agreements, currentUser);
    }
}
