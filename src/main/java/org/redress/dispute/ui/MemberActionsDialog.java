package org.redress.dispute.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.redress.base.InvalidInputException;
import org.redress.base.MessageException;
import org.redress.base.ui.Notifications;
import org.redress.complaint.ComplaintStatus;
import org.redress.dispute.MemberAction;
import org.redress.dispute.MemberActionOutcome;
import org.redress.dispute.MemberCaseActions;
import org.redress.dispute.MemberFilter;

/**
 * One act on many member cases (the selected ones, or all the filter shows): a status step, a note, a notice. What
 * could not be done stays listed in the dialog with the reason.
 */
class MemberActionsDialog extends Dialog {

    final Select<MemberAction> action = new Select<>();
    final Select<ComplaintStatus> status = new Select<>();
    final TextArea text = new TextArea();
    final Button apply = new Button();
    final UnorderedList skipped = new UnorderedList();

    MemberActionsDialog(MemberCaseActions actions, long disputeId, List<String> selected, MemberFilter filter,
                        long filteredCount, Runnable done) {
        long count = selected.isEmpty() ? filteredCount : selected.size();
        setHeaderTitle(getTranslation("dispute.actionsTitle", count));
        Paragraph scope = new Paragraph(selected.isEmpty() ? getTranslation("dispute.actionsFiltered", count)
                : getTranslation("dispute.actionsSelected", count));
        scope.addClassName("view-hint");
        action.setLabel(getTranslation("dispute.action"));
        action.setItems(MemberAction.values());
        action.setItemLabelGenerator(a -> getTranslation("dispute.action." + a.name()));
        action.setValue(MemberAction.NOTE);
        status.setLabel(getTranslation("dispute.actionStatus"));
        status.setItems(ComplaintStatus.UNDER_REVIEW, ComplaintStatus.REFERRED_TO_PLATFORM,
                ComplaintStatus.IN_MEDIATION, ComplaintStatus.AGREEMENT_REACHED, ComplaintStatus.CLOSED);
        status.setItemLabelGenerator(s -> getTranslation("ComplaintStatus." + s.name()));
        status.setVisible(false);
        action.addValueChangeListener(e -> status.setVisible(e.getValue() == MemberAction.STATUS));
        text.setLabel(getTranslation("dispute.actionText"));
        text.setMaxLength(500);
        text.setWidthFull();
        add(new VerticalLayout(scope, action, status, text, skipped));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        apply.setText(getTranslation("dispute.actionApply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setDisableOnClick(true);
        apply.addClickListener(e -> {
            try {
                MemberActionOutcome outcome = actions.apply(disputeId, action.getValue(), selected, filter,
                        status.getValue(), text.getValue());
                Notifications.success(getTranslation("dispute.actionDone", outcome.done(),
                        outcome.skipped().size()));
                done.run();
                if (outcome.skipped().isEmpty()) {
                    close();
                } else {
                    skipped.removeAll();
                    outcome.skipped().stream().limit(100).forEach(s -> skipped.add(new ListItem(
                            getTranslation("dispute.actionSkippedRow", s.caseNumber(), s.reason()))));
                }
            } catch (InvalidInputException ex) {
                status.setInvalid(ex.fieldErrors().containsKey("status"));
                status.setErrorMessage(ex.fieldErrors().get("status"));
                text.setInvalid(ex.fieldErrors().containsKey("text"));
                text.setErrorMessage(ex.fieldErrors().get("text"));
            } catch (MessageException ex) {
                Notifications.error(ex.getMessage());
            } finally {
                apply.setEnabled(true);
            }
        });
        getFooter().add(cancel, apply);
    }
}
