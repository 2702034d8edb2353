package org.redress.dispute.ui;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ui.IntakeAdvisor;
import org.redress.dispute.DisputeMembers;
import org.redress.dispute.DisputeService;
import org.springframework.stereotype.Component;

/** Tells the intake form about open class disputes against the merchant of the complaint being filed. */
@Component
class DisputeIntakeAdvisor implements IntakeAdvisor {

    private final DisputeService disputes;
    private final DisputeMembers members;

    DisputeIntakeAdvisor(DisputeService disputes, DisputeMembers members) {
        this.disputes = disputes;
        this.members = members;
    }

    @Override
    public List<IntakeHint> adviseOn(ComplaintDraft draft) {
        UI ui = UI.getCurrent();
        return disputes.openAgainst(draft.merchantId()).stream().map(d -> new IntakeHint(
                ui == null ? d.title() : ui.getTranslation("intake.hint.dispute", d.title(), d.members()),
                "disputes/" + d.id(), ui == null ? "Add to " + d.title() : ui.getTranslation("intake.hint.attach"),
                caseNumber -> members.add(d.id(), List.of(caseNumber)))).toList();
    }
}
