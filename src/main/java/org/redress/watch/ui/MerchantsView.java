package org.redress.watch.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import org.redress.base.Roles;
import org.redress.base.ui.Badge;
import org.redress.merchant.PlatformService;
import org.redress.watch.AbscondingWarning;
import org.redress.watch.MerchantProfiles;
import org.redress.watch.MerchantRisk;
import org.redress.watch.MerchantWithCount;

/** Finds merchants by part of a name, alias or shop id, and lists the merchants at risk of vanishing. */
@Menu(order = 3, title = "nav.merchants", icon = "vaadin:shop")
@Route("merchants")
@PageTitle("title.merchants")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class MerchantsView extends VerticalLayout {

    private final MerchantProfiles profiles;
    private final Map<String, String> platformLabels = new HashMap<>();
    final TextField text = new TextField();
    final Grid<MerchantWithCount> merchants = new Grid<>(MerchantWithCount.class, false);
    final Grid<MerchantRisk> risks = new Grid<>(MerchantRisk.class, false);

    public MerchantsView(MerchantProfiles profiles, AbscondingWarning warning, PlatformService platforms) {
        this.profiles = profiles;
        platforms.active().forEach(p -> platformLabels.put(p.code(), p.label(getLocale())));
        addClassName("merchants-view");
        setWidthFull();

        H3 riskTitle = new H3(getTranslation("risk.title"));
        Paragraph riskRule = new Paragraph(getTranslation("risk.rule"));
        riskRule.addClassName("view-hint");
        risks.addColumn(MerchantRisk::merchantName).setHeader(getTranslation("complaint.merchant")).setFlexGrow(2);
        risks.addColumn(r -> platformLabels.getOrDefault(r.platform(), r.platform()))
                .setHeader(getTranslation("complaint.platform")).setAutoWidth(true);
        risks.addColumn(MerchantRisk::lastWeek).setHeader(getTranslation("risk.lastWeek"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        risks.addColumn(MerchantRisk::weeklyBaseline).setHeader(getTranslation("risk.baseline"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        risks.addColumn(MerchantRisk::payLaterUndelivered).setHeader(getTranslation("risk.payLater"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        risks.addComponentColumn(r -> new Span(r.reasons().stream()
                        .map(reason -> Badge.of(getTranslation("risk.reason." + reason), Badge.Tone.ERROR))
                        .toArray(Span[]::new)))
                .setHeader(getTranslation("risk.reasons")).setAutoWidth(true);
        risks.setItems(warning.merchantsAtRisk());
        risks.setAllRowsVisible(true);
        risks.setEmptyStateText(getTranslation("risk.none"));
        risks.addItemClickListener(e -> open(e.getItem().merchantId()));

        text.setPlaceholder(getTranslation("merchants.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setWidth("28em");
        text.addValueChangeListener(e -> refresh());
        merchants.addColumn(MerchantWithCount::name).setHeader(getTranslation("merchant.name")).setFlexGrow(2);
        merchants.addColumn(m -> platformLabels.getOrDefault(m.platformCode(), m.platformCode()))
                .setHeader(getTranslation("complaint.platform")).setAutoWidth(true);
        merchants.addColumn(MerchantWithCount::shopId).setHeader(getTranslation("merchant.shopId")).setAutoWidth(true);
        merchants.addColumn(MerchantWithCount::complaints).setHeader(getTranslation("stats.complaints"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        merchants.setEmptyStateText(getTranslation("merchants.none"));
        merchants.addItemClickListener(e -> open(e.getItem().id()));
        merchants.setHeight("24em");

        add(new H2(getTranslation("nav.merchants")), riskTitle, riskRule, risks,
                new H3(getTranslation("merchants.find")), new HorizontalLayout(text), merchants);
        refresh();
    }

    void refresh() {
        merchants.setItems(profiles.search(text.getValue(), 50));
    }

    private void open(Long merchantId) {
        getUI().ifPresent(ui -> ui.navigate(MerchantProfileView.class,
                new RouteParameters("id", merchantId.toString())));
    }
}
