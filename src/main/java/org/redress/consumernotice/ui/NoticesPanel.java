package org.redress.consumernotice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.redress.base.MessageException;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.UserZone;
import org.redress.complaint.ComplaintDetails;
import org.redress.consumernotice.CaseNotices;
import org.redress.consumernotice.NoticeStatus;
import org.redress.consumernotice.NoticeView;

/**
 * The progress notices of a case: what the consumer chose at intake, each notice with its channel, masked address
 * and state; a failed one stands out and can be sent again.
 */
class NoticesPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Paragraph choice = new Paragraph();
    final Grid<NoticeView> grid = new Grid<>();
    private final CaseNotices notices;
    private final Clock clock;
    private String caseNumber;

    NoticesPanel(CaseNotices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
        addClassName("notices-panel");
        grid.addColumn(n -> time(n.createdAt())).setHeader(getTranslation("notice.created")).setAutoWidth(true);
        grid.addColumn(n -> getTranslation("NoticeKind." + n.kind().name())).setHeader(getTranslation("notice.kind"))
                .setAutoWidth(true);
        grid.addColumn(n -> getTranslation("NoticeChannel." + n.channel().name()) + " " + n.sentTo())
                .setHeader(getTranslation("notice.to")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("notice.state")).setAutoWidth(true);
        grid.addColumn(NoticeView::text).setHeader(getTranslation("notice.text")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
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

    private Div state(NoticeView n) {
        Span label = new Span(switch (n.status()) {
            case SENT -> getTranslation("notice.sentAt", time(n.sentAt()));
            case PENDING -> n.attempts() == 0 ? getTranslation("NoticeStatus.PENDING")
                    : getTranslation("notice.retrying", n.attempts(), time(n.nextAttemptAt()));
            case FAILED -> getTranslation("notice.failed", n.attempts());
        });
        label.getElement().getThemeList().add("badge pill small" + switch (n.status()) {
            case SENT -> " success";
            case PENDING -> "";
            case FAILED -> " error";
        });
        Div cell = new Div(label);
        if (n.lastError() != null && n.status() != NoticeStatus.SENT) {
            Span why = new Span(n.lastError());
            why.addClassName("notice-error");
            cell.add(why);
        }
        if (n.status() == NoticeStatus.FAILED) {
            Button again = new Button(getTranslation("notice.sendAgain"), e -> sendAgain(n));
            again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(again);
        }
        return cell;
    }

    void sendAgain(NoticeView n) {
        try {
            notices.sendAgain(n.id());
            Notifications.success(getTranslation("notice.queuedAgain"));
            grid.setItems(notices.ofCase(caseNumber));
        } catch (MessageException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(UserZone.current(clock.getZone())));
    }
}
