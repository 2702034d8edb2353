package org.redress.respondent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.redress.base.InvalidInputException;
import org.redress.base.MessageException;
import org.redress.base.ui.Notifications;
import org.redress.respondent.ReferralFollowUp;
import org.redress.respondent.ReferralStatus;
import org.redress.respondent.ReferralView;
import org.redress.respondent.Referrals;
import org.redress.respondent.RespondentKind;

/** A case's referrals to its merchant, platform or payment provider, their due dates and answers; and referring. */
class ReferralsPanel extends Div {

    final Grid<ReferralView> grid = new Grid<>();
    final Button refer = new Button();
    Dialog referDialog;
    private final Referrals referrals;
    private final ReferralFollowUpDialogs followUp;
    private String caseNumber;
    private boolean open;
    private Runnable reload = () -> { };

    ReferralsPanel(Referrals referrals, ReferralFollowUp followUp) {
        this.referrals = referrals;
        this.followUp = new ReferralFollowUpDialogs(followUp, () -> reload.run());
        addClassName("referrals-panel");
        setWidthFull();
        ReferralTexts.addColumns(grid);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setEmptyStateText(getTranslation("referral.none"));
        refer.setText(getTranslation("referral.refer"));
        refer.setIcon(VaadinIcon.EXIT_O.create());
        refer.addThemeVariants(ButtonVariant.LUMO_SMALL);
        refer.addClickListener(e -> askReferral());
        HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("referral.title")), refer);
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(heading, grid);
    }

    private HorizontalLayout actions(ReferralView r) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (open && r.status() != ReferralStatus.OPEN && r.nextStep() == null) {
            Button confirm = new Button(getTranslation("referral.recordConsumer"), e -> followUp.confirm(r));
            Button next = new Button(getTranslation("referral.decide"), e -> followUp.decide(r));
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            next.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(confirm, next);
        }
        return actions;
    }

    void show(String caseNumber, boolean open, Runnable reload) {
        this.caseNumber = caseNumber;
        this.reload = reload;
        this.open = open;
        refer.setVisible(open);
        List<ReferralView> list = referrals.ofCase(caseNumber);
        grid.setItems(list);
    }

    void askReferral() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("referral.referTitle", caseNumber));
        Select<RespondentKind> to = new Select<>();
        to.setLabel(getTranslation("referral.to"));
        to.setItems(RespondentKind.values());
        to.setItemLabelGenerator(k -> getTranslation("RespondentKind." + k.name()));
        to.setValue(RespondentKind.MERCHANT);
        TextArea message = new TextArea(getTranslation("referral.message"));
        message.setMaxLength(2000);
        message.setWidthFull();
        dialog.add(new VerticalLayout(to, message));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button send = new Button(getTranslation("referral.send"), e -> {
            try {
                ReferralView sent = referrals.refer(caseNumber, to.getValue(), message.getValue(), null);
                dialog.close();
                Notifications.success(getTranslation("referral.sent", sent.respondentName(), sent.dueOn()));
                reload.run();
            } catch (InvalidInputException ex) {
                message.setInvalid(ex.fieldErrors().containsKey("message"));
                message.setErrorMessage(ex.fieldErrors().get("message"));
            } catch (MessageException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, send);
        referDialog = dialog;
        dialog.open();
    }
}
