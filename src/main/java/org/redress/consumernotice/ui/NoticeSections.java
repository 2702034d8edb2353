package org.redress.consumernotice.ui;

import java.time.Clock;
import org.redress.complaint.ui.CaseSection;
import org.redress.consumernotice.CaseNotices;
import org.springframework.stereotype.Component;

/** Puts the consumer notices panel on the case page, after the referrals. */
@Component
class NoticeSections implements CaseSection.Factory {

    private final CaseNotices notices;
    private final Clock clock;

    NoticeSections(CaseNotices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public CaseSection createCaseSection() {
        NoticesPanel panel = new NoticesPanel(notices, clock);
        return CaseSection.of(panel, (complaint, reload) -> panel.show(complaint));
    }
}
