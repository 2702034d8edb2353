package org.redress.consumernotice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.redress.base.MessageException;
import org.redress.base.ui.Notifications;
import org.redress.base.ui.UserZone;
import org.redress.consumernotice.CaseNotices;
import org.redress.consumernotice.NoticeStatus;
import org.redress.consumernotice.NoticeView;

/**
 * The columns a notice is shown with, on the case's panel and on the staff's list across cases: when, what, to
 * whom, its state (why a try failed, and "send again" for a failed one) and its text.
 */
final class NoticeCells {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CaseNotices notices;
    private final Clock clock;
    private final Runnable reload;

    NoticeCells(CaseNotices notices, Clock clock, Runnable reload) {
        this.notices = notices;
        this.clock = clock;
        this.reload = reload;
    }

    /** Adds the notice columns; {@code between} adds columns after the time (the case, on the list across cases). */
    void addColumns(Grid<NoticeView> grid, Consumer<Grid<NoticeView>> between) {
        grid.addColumn(n -> time(n.createdAt())).setHeader(t("notice.created")).setAutoWidth(true);
        between.accept(grid);
        grid.addColumn(n -> t("NoticeKind." + n.kind().name())).setHeader(t("notice.kind")).setAutoWidth(true);
        grid.addColumn(n -> t("NoticeChannel." + n.channel().name()) + " " + n.sentTo())
                .setHeader(t("notice.to")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(t("notice.state")).setAutoWidth(true);
        grid.addColumn(NoticeView::text).setHeader(t("notice.text")).setWidth("16em").setFlexGrow(1);
    }

    private Div state(NoticeView n) {
        Span label = new Span(switch (n.status()) {
            case SENT -> t("notice.sentAt", time(n.sentAt()));
            case PENDING -> n.attempts() == 0 ? t("NoticeStatus.PENDING")
                    : t("notice.retrying", n.attempts(), time(n.nextAttemptAt()));
            case FAILED -> t("notice.failed", n.attempts());
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
            Button again = new Button(t("notice.sendAgain"), e -> sendAgain(n));
            again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(again);
        }
        return cell;
    }

    void sendAgain(NoticeView n) {
        try {
            notices.sendAgain(n.id());
            Notifications.success(t("notice.queuedAgain"));
            reload.run();
        } catch (MessageException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(UserZone.current(clock.getZone())));
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
