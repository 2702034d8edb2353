package org.redress.duplicate.ui;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ui.IntakeAdvisor;
import org.redress.duplicate.DuplicateService;
import org.springframework.stereotype.Component;

/** Tells the intake form about likely duplicates of the complaint being filed. */
@Component
class DuplicateIntakeAdvisor implements IntakeAdvisor {

    static final int SHOWN = 5;

    private final DuplicateService duplicates;

    DuplicateIntakeAdvisor(DuplicateService duplicates) {
        this.duplicates = duplicates;
    }

    @Override
    public List<IntakeHint> adviseOn(ComplaintDraft draft) {
        UI ui = UI.getCurrent();
        return duplicates.candidatesForDraft(draft).stream().limit(SHOWN).map(c -> new IntakeHint(
                ui == null ? c.caseNumber() : ui.getTranslation("intake.hint.duplicate", c.caseNumber(),
                        c.reasons().stream().map(r -> ui.getTranslation("DuplicateReason." + r.name()))
                                .collect(Collectors.joining("、")), String.format(Locale.ROOT, "%.2f", c.score())),
                "cases/" + c.caseNumber())).toList();
    }
}
