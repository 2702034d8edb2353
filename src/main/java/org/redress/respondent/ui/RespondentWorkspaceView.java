package org.redress.respondent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.Closeable;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.redress.base.InvalidInputException;
import org.redress.base.MessageException;
import org.redress.base.Roles;
import org.redress.base.ui.Notifications;
import org.redress.complaint.EvidenceService;
import org.redress.complaint.ReferredCase;
import org.redress.respondent.AnswerFile;
import org.redress.respondent.ReferralStatus;
import org.redress.respondent.ReferralView;
import org.redress.respondent.Referrals;
import org.redress.respondent.RespondentKind;
import org.redress.respondent.RespondentReferral;
import org.redress.respondent.ResponseCode;

/**
 * A respondent's workspace: the complaints referred to its organisation, due first; the case as far as it may see it;
 * and the answer, with a closing code, on the clock.
 */
@Route("respondent")
@PageTitle("title.respondent")
@Menu(order = 0.5, title = "nav.respondent", icon = "vaadin:inbox")
@RolesAllowed(Roles.RESPONDENT)
public class RespondentWorkspaceView extends VerticalLayout implements AfterNavigationObserver {

    final Select<String> show = new Select<>();
    final Grid<RespondentReferral> grid = new Grid<>();
    final Div detail = new Div();
    final Paragraph figures = new Paragraph();
    final Select<ResponseCode> code = new Select<>();
    final TextArea message = new TextArea();
    final BigDecimalField amount = new BigDecimalField();
    final Button answer = new Button();
    final AnswerFilesField files;
    private final Referrals referrals;
    private RespondentReferral selected;

    public RespondentWorkspaceView(Referrals referrals, EvidenceService evidence) {
        this.referrals = referrals;
        this.files = new AnswerFilesField(evidence);
        addClassName("respondent-view");
        Paragraph hint = new Paragraph(getTranslation("respondent.hint"));
        hint.addClassName("view-hint");
        show.setLabel(getTranslation("respondent.show"));
        show.setItems("WAITING", "ALL");
        show.setItemLabelGenerator(s -> getTranslation("respondent.show." + s));
        show.setValue("WAITING");
        show.addValueChangeListener(e -> refresh());
        grid.addColumn(r -> r.complaint().caseNumber()).setHeader(getTranslation("complaint.caseNumber"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.complaint().receivedAt()).setHeader(getTranslation("complaint.receivedAt"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("Category." + r.complaint().category().name()))
                .setHeader(getTranslation("complaint.category")).setAutoWidth(true);
        grid.addColumn(r -> r.referral().dueOn() + (r.referral().extended() ? " " + getTranslation("referral.extended")
                : "")).setHeader(getTranslation("referral.dueOn")).setAutoWidth(true);
        grid.addComponentColumn(r -> ReferralTexts.status(r.referral().status())).setHeader(getTranslation("complaint.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("respondent.none"));
        grid.setHeight("20em");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::open));
        code.setLabel(getTranslation("respondent.code"));
        code.setWidth("min(24em, 100%)");
        code.setItemLabelGenerator(c -> getTranslation("ResponseCode." + c.name()));
        message.setLabel(getTranslation("respondent.message"));
        message.setMaxLength(4000);
        message.setWidthFull();
        amount.setLabel(getTranslation("respondent.amountOffered"));
        amount.setWidth("min(20em, 100%)");
        answer.setText(getTranslation("respondent.answer"));
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClickListener(e -> submit());
        figures.addClassName("respondent-figures");
        add(new H2(getTranslation("nav.respondent")), hint, figures, show, grid, detail);
    }

    /** Loaded on every arrival, also when the home page forwards here or the menu link is clicked again. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        Set<ReferralStatus> statuses = "ALL".equals(show.getValue()) ? Set.of(ReferralStatus.values())
                : Set.of(ReferralStatus.OPEN, ReferralStatus.OVERDUE);
        List<RespondentReferral> all;
        try {
            all = referrals.mine(Set.of(ReferralStatus.values()));
        } catch (MessageException e) {
            // An account given the role without an organisation: say so instead of failing the page.
            figures.setText(e.getMessage());
            grid.setItems(List.of());
            return;
        }
        List<RespondentReferral> mine = all.stream().filter(r -> statuses.contains(r.referral().status())).toList();
        showFigures(all);
        grid.setItems(mine);
        // A short list shows whole; a long one scrolls within the page.
        grid.setAllRowsVisible(mine.size() <= 15);
        detail.removeAll();
    }

    /** The organisation's own record: how many referrals, answered, answered in time, overdue now. */
    private void showFigures(List<RespondentReferral> all) {
        long answered = all.stream().filter(r -> r.referral().responses().stream()
                .anyMatch(a -> a.code() != ResponseCode.IN_PROGRESS)).count();
        long timely = all.stream().filter(r -> r.referral().responses().stream()
                .anyMatch(a -> a.code() != ResponseCode.IN_PROGRESS && a.timely())).count();
        long overdue = all.stream().filter(r -> r.referral().status() == ReferralStatus.OVERDUE).count();
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        figures.setText(getTranslation("respondent.figures", all.size(), answered,
                answered == 0 ? "—" : percent.format((double) timely / answered), overdue));
    }

    void open(RespondentReferral r) {
        selected = r;
        ReferredCase c = r.complaint();
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        detail.removeAll();
        detail.add(new H3(c.caseNumber() + " · " + c.merchantName()),
                new Paragraph(getTranslation("respondent.facts", c.receivedAt(),
                        getTranslation("PaymentMethod." + c.paymentMethod().name()), money.format(c.amountPaid()),
                        money.format(c.amountClaimed()), c.orderNumber() == null ? "—" : c.orderNumber())),
                new Paragraph(c.narrative()),
                new Paragraph(getTranslation(c.contactShared() ? "respondent.contact" : "respondent.contactMasked",
                        c.consumerName(), c.consumerPhone() == null ? "—" : c.consumerPhone(),
                        c.consumerEmail() == null ? "—" : c.consumerEmail())));
        if (r.referral().message() != null) {
            detail.add(new Paragraph(getTranslation("respondent.staffMessage", r.referral().message())));
        }
        r.referral().responses().forEach(a -> detail.add(new Paragraph(getTranslation("respondent.answered",
                getTranslation("ResponseCode." + a.code().name()), a.message() == null ? "" : a.message())
                + (a.attachments().isEmpty() ? "" : " · " + getTranslation("referral.attachments", String.join("、",
                a.attachments().stream().map(ReferralView.Attachment::name).toList()))))));
        if (r.referral().status().awaitsAnswer()) {
            boolean provider = r.referral().to() == RespondentKind.PAYMENT_PROVIDER;
            code.setItems(Arrays.stream(ResponseCode.values()).filter(x -> provider || !x.providerOnly()).toList());
            code.clear();
            message.clear();
            amount.clear();
            files.clear();
            detail.add(new VerticalLayout(code, message, amount, files, answer));
        }
    }

    void submit() {
        List<AnswerFile> opened = List.of();
        try {
            opened = files.open();
            referrals.respond(selected.referral().id(), code.getValue(), message.getValue(), amount.getValue(),
                    opened);
            files.clear();
            Notifications.success(getTranslation("respondent.answerSaved", selected.complaint().caseNumber()));
            refresh();
        } catch (InvalidInputException e) {
            code.setInvalid(e.fieldErrors().containsKey("code"));
            code.setErrorMessage(e.fieldErrors().get("code"));
            message.setInvalid(e.fieldErrors().containsKey("message"));
            message.setErrorMessage(e.fieldErrors().get("message"));
            amount.setInvalid(e.fieldErrors().containsKey("amountOffered"));
            amount.setErrorMessage(e.fieldErrors().get("amountOffered"));
        } catch (MessageException e) {
            Notifications.error(e.getMessage());
        } catch (IOException e) {
            Notifications.error(getTranslation("respondent.filesLost"));
            files.clear();
        } finally {
            opened.forEach(f -> closeQuietly(f.content()));
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // Nothing left to do with a file that was only read.
        }
    }
}
