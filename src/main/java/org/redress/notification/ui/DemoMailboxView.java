package org.redress.notification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.redress.base.Roles;
import org.redress.base.ui.UserZone;
import org.redress.notification.DemoMailServer;
import org.redress.notification.DemoMailServer.MailboxMessage;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The demo mailbox: what the portal sent through the mail server that the demo profile starts with it (e-mails, and
 * SMS while no gateway is configured), so that a signing code can be read as the party would. Administrators only.
 */
@Menu(order = 13, title = "nav.mailbox", icon = "vaadin:envelope-o")
@Route("admin/mailbox")
@PageTitle("title.mailbox")
@RolesAllowed(Roles.ADMIN)
public class DemoMailboxView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final Grid<MailboxMessage> grid = new Grid<>(MailboxMessage.class, false);
    final Pre text = new Pre();

    public DemoMailboxView(ObjectProvider<DemoMailServer> server, Clock clock) {
        ZoneId zone = UserZone.current(clock.getZone());
        add(new H2(getTranslation("mailbox.title")));
        DemoMailServer mail = server.getIfAvailable();
        if (mail == null) {
            add(new Paragraph(getTranslation("mailbox.off")));
            return;
        }
        add(new Paragraph(getTranslation("mailbox.intro")));
        grid.addColumn(m -> TIME.format(m.sentAt().atZone(zone))).setHeader(getTranslation("mailbox.sentAt"))
                .setAutoWidth(true);
        grid.addColumn(MailboxMessage::to).setHeader(getTranslation("mailbox.to")).setAutoWidth(true);
        grid.addColumn(MailboxMessage::subject).setHeader(getTranslation("mailbox.subject")).setFlexGrow(1);
        grid.setItems(mail.messages());
        grid.setEmptyStateText(getTranslation("mailbox.empty"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> text.setText(e.getValue() == null ? ""
                : e.getValue().text()));
        text.getStyle().set("white-space", "pre-wrap");
        add(grid, text);
    }
}
