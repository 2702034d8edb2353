package org.redress.agreement.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.redress.agreement.AgreementFollowUp;
import org.redress.agreement.FollowUpItem;
import org.redress.agreement.MerchantFollowUp;
import org.redress.agreement.ObligationStatus;
import org.redress.agreement.PartyLabel;
import org.redress.base.Roles;
import org.redress.base.ui.Badge;
import org.redress.base.ui.StatCard;

/**
 * Are agreements being honoured? Obligations overdue and those due in the coming days, per merchant, the merchants
 * with the most money overdue first; each line opens its agreement (where it can be fulfilled or escalated).
 */
@Menu(order = 8, title = "nav.followUp", icon = "vaadin:file-text-o")
@Route("agreements/follow-up")
@PageTitle("title.followUp")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class FollowUpView extends VerticalLayout {

    final Select<Integer> days = new Select<>();
    final Div cards = new Div();
    final Div merchants = new Div();

    private final AgreementFollowUp followUp;

    public FollowUpView(AgreementFollowUp followUp) {
        this.followUp = followUp;
        addClassName("follow-up-view");
        days.setLabel(getTranslation("followUp.window"));
        days.setItems(3, 7, 14, 30);
        days.setItemLabelGenerator(d -> getTranslation("followUp.nextDays", d));
        days.setValue(7);
        days.addValueChangeListener(e -> refresh());
        cards.addClassName("stat-cards");
        Paragraph hint = new Paragraph(getTranslation("followUp.hint"));
        hint.addClassName("view-hint");
        add(new H2(getTranslation("nav.followUp")), hint, days, cards, merchants);
        refresh();
    }

    void refresh() {
        List<MerchantFollowUp> list = followUp.byMerchant(days.getValue());
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        cards.removeAll();
        cards.add(new StatCard(String.valueOf(list.stream().mapToLong(MerchantFollowUp::overdueCount).sum()),
                        getTranslation("followUp.overdueCount")),
                new StatCard(money.format(list.stream().map(MerchantFollowUp::overdueAmount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)),
                        getTranslation("followUp.overdueAmount")),
                new StatCard(money.format(list.stream().map(MerchantFollowUp::dueSoonAmount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)),
                        getTranslation("followUp.dueSoonAmount", days.getValue())),
                new StatCard(String.valueOf(list.size()), getTranslation("followUp.merchants")));
        merchants.removeAll();
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("followUp.empty", days.getValue()));
            empty.addClassName("view-hint");
            merchants.add(empty);
        }
        for (MerchantFollowUp m : list) {
            HorizontalLayout heading = new HorizontalLayout(new H3(m.merchant()));
            heading.setAlignItems(Alignment.BASELINE);
            if (m.overdueCount() > 0) {
                heading.add(Badge.of(getTranslation("followUp.overdueBadge", m.overdueCount(),
                        money.format(m.overdueAmount())), Badge.Tone.ERROR));
            }
            Grid<FollowUpItem> grid = new Grid<>();
            grid.addComponentColumn(i -> new Anchor("agreements/" + i.agreementId(), "AG-" + i.agreementId() + " #"
                    + i.number())).setHeader(getTranslation("agreement.number")).setAutoWidth(true);
            grid.addColumn(FollowUpItem::caseRef).setHeader(getTranslation("session.subject")).setAutoWidth(true);
            grid.addColumn(i -> PartyLabel.text(i.debtor()) + " → " + PartyLabel.text(i.creditor()))
                    .setHeader(getTranslation("agreement.whoToWhom"))
                    .setAutoWidth(true);
            grid.addColumn(i -> getTranslation("ObligationKind." + i.kind().name()))
                    .setHeader(getTranslation("agreement.kind")).setAutoWidth(true);
            grid.addColumn(i -> i.amount() == null ? "" : money.format(i.amount()))
                    .setHeader(getTranslation("agreement.amount")).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
            grid.addColumn(i -> i.dueDate() == null ? "" : i.dueDate().toString())
                    .setHeader(getTranslation("agreement.due")).setAutoWidth(true);
            grid.addComponentColumn(i -> i.status() == ObligationStatus.OVERDUE
                            ? Badge.of(getTranslation("followUp.daysOverdue", i.daysOverdue()), Badge.Tone.ERROR)
                            : new Span(getTranslation("ObligationStatus." + i.status().name())))
                    .setHeader(getTranslation("complaint.status")).setAutoWidth(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setItems(m.items());
            grid.setAllRowsVisible(true);
            Div section = new Div(heading, grid);
            section.addClassName("follow-up-merchant");
            merchants.add(section);
        }
    }
}
