package org.redress.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.redress.base.InvalidInputException;
import org.redress.base.Roles;
import org.redress.base.ui.Notifications;
import org.redress.mediation.MediationProperties;
import org.redress.mediation.MediatorTie;
import org.redress.mediation.MediatorTies;
import org.redress.mediation.SessionQueries;
import org.redress.mediation.TieKind;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.PlatformRef;
import org.redress.merchant.PlatformService;
import org.redress.security.CurrentUser;
import org.redress.security.Role;

/**
 * Conflicts of interest: a mediator declares ties to merchants, platforms or parties; a declared tie keeps them off
 * those cases. Mediators see and declare their own; administrators see everyone's and may record one for anyone.
 */
@Menu(order = 14, title = "nav.ties", icon = "vaadin:scale-unbalance")
@Route("ties")
@PageTitle("title.ties")
@RolesAllowed({Roles.MEDIATOR, Roles.ADMIN})
public class TiesView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    final Grid<MediatorTie> grid = new Grid<>();
    final Select<String> mediator = new Select<>();
    final Select<TieKind> kind = new Select<>();
    final ComboBox<MerchantSummary> merchant = new ComboBox<>();
    final ComboBox<String> platform = new ComboBox<>();
    final TextField party = new TextField();
    final TextField note = new TextField();
    final Button declare = new Button();

    private final MediatorTies ties;
    private final CurrentUser currentUser;
    private final ZoneId zone;

    public TiesView(MediatorTies ties, SessionQueries sessions, MerchantService merchants, PlatformService platforms,
                    CurrentUser currentUser, MediationProperties properties) {
        this.ties = ties;
        this.currentUser = currentUser;
        this.zone = properties.zone();
        addClassName("ties-view");
        boolean admin = currentUser.hasRole(Role.ADMIN);
        String me = currentUser.usernameOrSystem();

        mediator.setLabel(getTranslation("session.mediator"));
        List<String> mediators = admin ? sessions.mediators() : List.of(me);
        mediator.setItems(mediators);
        mediator.setValue(admin && !mediators.contains(me) ? mediators.stream().findFirst().orElse(me) : me);
        mediator.setEnabled(admin);
        kind.setLabel(getTranslation("tie.kind"));
        kind.setItems(TieKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("TieKind." + k.name()));
        kind.setValue(TieKind.MERCHANT);
        merchant.setLabel(getTranslation("complaint.merchant"));
        merchant.setItems(query -> merchants.suggestNames(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        merchant.setItemLabelGenerator(MerchantSummary::name);
        merchant.setWidth("18rem");
        platform.setLabel(getTranslation("complaint.platform"));
        platform.setItems(platforms.active().stream().map(PlatformRef::nameZh).toList());
        platform.setAllowCustomValue(true);
        platform.addCustomValueSetListener(e -> platform.setValue(e.getDetail()));
        party.setLabel(getTranslation("tie.party"));
        party.setMaxLength(100);
        note.setLabel(getTranslation("tie.note"));
        note.setMaxLength(500);
        note.setWidth("18rem");
        kind.addValueChangeListener(e -> showFieldFor(e.getValue()));
        showFieldFor(TieKind.MERCHANT);
        declare.setText(getTranslation("tie.declare"));
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.addClickListener(e -> declare());
        HorizontalLayout form = new HorizontalLayout(mediator, kind, merchant, platform, party, note, declare);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(MediatorTie::getMediator).setHeader(getTranslation("session.mediator")).setAutoWidth(true);
        grid.addColumn(ties::describe).setHeader(getTranslation("tie.tie")).setFlexGrow(1);
        grid.addColumn(t -> DATE.format(t.getDeclaredAt().atZone(zone))).setHeader(getTranslation("tie.declaredOn"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button withdraw = new Button(getTranslation("tie.withdraw"), e -> confirmWithdraw(t));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return withdraw;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("tie.none"));
        Paragraph hint = new Paragraph(getTranslation("tie.hint"));
        hint.addClassName("view-hint");
        add(new H2(getTranslation("nav.ties")), hint, form, grid);
        refresh();
    }

    private void showFieldFor(TieKind value) {
        merchant.setVisible(value == TieKind.MERCHANT);
        platform.setVisible(value == TieKind.PLATFORM);
        party.setVisible(value == TieKind.PARTY);
    }

    void declare() {
        try {
            ties.declare(mediator.getValue(), kind.getValue(), merchant.isEmpty() ? null : merchant.getValue().id(),
                    platform.getValue(), party.getValue(), note.getValue());
            Notifications.success(getTranslation("tie.declared"));
            merchant.clear();
            platform.clear();
            party.clear();
            note.clear();
            refresh();
        } catch (InvalidInputException e) {
            Notifications.error(String.join(" ", e.fieldErrors().values()));
        }
    }

    private void confirmWithdraw(MediatorTie tie) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("tie.withdrawTitle"),
                getTranslation("tie.withdrawText", ties.describe(tie).text()), getTranslation("tie.withdraw"), e -> {
                    ties.withdraw(tie.getId());
                    Notifications.success(getTranslation("tie.withdrawn"));
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(currentUser.hasRole(Role.ADMIN) ? ties.all() : ties.of(currentUser.usernameOrSystem()));
    }
}
