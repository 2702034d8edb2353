package org.redress.respondent.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.redress.base.Roles;
import org.redress.base.ui.StatCard;
import org.redress.base.ui.UserZone;
import org.redress.respondent.ReferralStatus;
import org.redress.respondent.ReferralView;
import org.redress.respondent.Referrals;

/**
 * Staff's queue of referrals across all cases: those past their due date without an answer first, then those still
 * waiting, then answers on which staff have not yet decided the next step; each line opens its case.
 */
@Menu(order = 8.5, title = "nav.referrals", icon = "vaadin:exit-o")
@Route("referrals")
@PageTitle("title.referrals")
@RolesAllowed({Roles.STAFF, Roles.MEDIATOR, Roles.ADMIN})
public class ReferralQueueView extends VerticalLayout implements AfterNavigationObserver {

    /** Which referrals the queue shows. */
    enum Show {
        WAITING(r -> r.status().awaitsAnswer()),
        OVERDUE(r -> r.status() == ReferralStatus.OVERDUE),
        TO_DECIDE(r -> r.status() == ReferralStatus.ANSWERED && r.nextStep() == null),
        ALL(r -> true);

        private final Predicate<ReferralView> test;

        Show(Predicate<ReferralView> test) {
            this.test = test;
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    final Select<Show> show = new Select<>();
    final Div cards = new Div();
    final Grid<ReferralView> grid = new Grid<>();
    private final Referrals referrals;
    private final Clock clock;

    public ReferralQueueView(Referrals referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
        addClassName("referral-queue-view");
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("referralQueue.hint"));
        hint.addClassName("view-hint");
        show.setLabel(getTranslation("respondent.show"));
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> getTranslation("referralQueue.show." + s.name()));
        show.setValue(Show.WAITING);
        show.addValueChangeListener(e -> refresh());
        cards.addClassName("stat-cards");
        grid.addComponentColumn(r -> new Anchor("cases/" + r.caseNumber(), r.caseNumber()))
                .setHeader(getTranslation("complaint.caseNumber")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> DAY.format(r.referredAt().atZone(UserZone.current(clock.getZone()))))
                .setHeader(getTranslation("referralQueue.referredOn")).setAutoWidth(true);
        ReferralTexts.addColumns(grid);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2(getTranslation("nav.referrals")), hint, cards, show, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        List<ReferralView> all = referrals.queue(Set.of());
        long overdue = all.stream().filter(Show.OVERDUE.test).count();
        long waiting = all.stream().filter(Show.WAITING.test).count();
        long toDecide = all.stream().filter(Show.TO_DECIDE.test).count();
        cards.removeAll();
        cards.add(new StatCard(String.valueOf(overdue), getTranslation("referralQueue.overdue")),
                new StatCard(String.valueOf(waiting), getTranslation("referralQueue.waiting")),
                new StatCard(String.valueOf(toDecide), getTranslation("referralQueue.toDecide")));
        // Overdue first: they are what someone must chase today; then by due date.
        List<ReferralView> shown = all.stream().filter(show.getValue().test)
                .sorted(Comparator.comparing((ReferralView r) -> r.status() != ReferralStatus.OVERDUE)
                        .thenComparing(ReferralView::dueOn).thenComparing(ReferralView::id))
                .toList();
        grid.setItems(shown);
        grid.setEmptyStateText(getTranslation("referralQueue.empty"));
    }
}
