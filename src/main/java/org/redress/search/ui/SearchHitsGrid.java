package org.redress.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.redress.base.ui.EnumLabels;
import org.redress.complaint.ui.CaseDetailView;
import org.redress.complaint.ui.StatusBadge;
import org.redress.search.ComplaintHit;

/** The hits of a search: case number, date, merchant and category, the snippet, platform, status and claim. */
class SearchHitsGrid extends Grid<ComplaintHit> {

    private final Map<String, String> platformLabels;

    SearchHitsGrid(Map<String, String> platformLabels) {
        super(ComplaintHit.class, false);
        this.platformLabels = platformLabels;
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        addComponentColumn(this::hitCell).setHeader(getTranslation("search.hit")).setFlexGrow(4);
        addColumn(hit -> platformLabels.getOrDefault(hit.platform(), hit.platform()))
                .setHeader(getTranslation("complaint.platform")).setAutoWidth(true);
        addComponentColumn(hit -> StatusBadge.of(hit.status())).setHeader(getTranslation("complaint.status"))
                .setAutoWidth(true);
        addColumn(hit -> money.format(hit.amountClaimed())).setHeader(getTranslation("complaint.amountClaimed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        setEmptyStateText(getTranslation("search.empty"));
        addItemClickListener(e -> UI.getCurrent().navigate(CaseDetailView.class,
                new RouteParameters("caseNumber", e.getItem().caseNumber())));
        addClassName("search-grid");
        setSizeFull();
    }

    private Div hitCell(ComplaintHit hit) {
        Span number = new Span(hit.caseNumber());
        number.addClassName("hit-number");
        Span meta = new Span(hit.receivedAt() + " · " + hit.merchantName() + " · " + EnumLabels.of(hit.category()));
        meta.addClassName("hit-meta");
        Span snippet = new Span();
        snippet.addClassName("hit-snippet");
        // The highlighter HTML-escapes the narrative; its only markup is <mark>, so this cannot inject anything.
        snippet.getElement().setProperty("innerHTML", hit.snippet() == null ? "" : hit.snippet());
        Div cell = new Div(new Div(number, meta), snippet);
        cell.addClassName("hit");
        return cell;
    }
}
