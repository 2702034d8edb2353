package org.redress.consumernotice.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.redress.complaint.ComplaintDetails;
import org.redress.consumernotice.CaseNotices;
import org.redress.consumernotice.NoticeView;

/**
 * The progress notices of a case: what the consumer chose at intake, each notice with its channel, masked address
 * and state; a failed one stands out and can be sent again.
 */
class NoticesPanel extends Div {

    final Paragraph choice = new Paragraph();
    final Grid<NoticeView> grid = new Grid<>();
    final NoticeCells cells;
    private final CaseNotices notices;
    private String caseNumber;

    NoticesPanel(CaseNotices notices, Clock clock) {
        this.notices = notices;
        this.cells = new NoticeCells(notices, clock, () -> grid.setItems(notices.ofCase(caseNumber)));
        addClassName("notices-panel");
        setWidthFull();
        cells.addColumns(grid, g -> { });
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setEmptyStateText(getTranslation("notice.none"));
        add(new H3(getTranslation("notice.title")), choice, grid);
    }

    void show(ComplaintDetails complaint) {
        caseNumber = complaint.caseNumber();
        List<String> channels = new ArrayList<>();
        if (complaint.notifyBySms()) {
            channels.add(getTranslation("NoticeChannel.SMS"));
        }
        if (complaint.notifyByEmail()) {
            channels.add(getTranslation("NoticeChannel.EMAIL"));
        }
        choice.setText(channels.isEmpty() ? getTranslation("notice.notChosen")
                : getTranslation("notice.chosen", String.join(getTranslation("notice.and"), channels)));
        grid.setItems(notices.ofCase(caseNumber));
    }
}
