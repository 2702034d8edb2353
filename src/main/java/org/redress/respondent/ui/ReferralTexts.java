package org.redress.respondent.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.redress.base.ui.Badge;
import org.redress.respondent.ReferralStatus;
import org.redress.respondent.ReferralView;

/** How a referral's state, answer and follow-up read, the same on the case page, the staff queue and the workspace. */
final class ReferralTexts {

    private ReferralTexts() {
    }

    /** To whom, due when, its state, the latest answer and what came of it. */
    static void addColumns(Grid<ReferralView> grid) {
        grid.addColumn(r -> t("RespondentKind." + r.to().name()) + " · " + r.respondentName())
                .setHeader(t("referral.to")).setAutoWidth(true);
        grid.addColumn(r -> r.dueOn() + (r.extended() ? " " + t("referral.extended") : ""))
                .setHeader(t("referral.dueOn")).setAutoWidth(true);
        grid.addComponentColumn(r -> status(r.status())).setHeader(t("complaint.status")).setAutoWidth(true);
        grid.addColumn(ReferralTexts::lastAnswer).setHeader(t("referral.answer")).setWidth("14em").setFlexGrow(1);
        grid.addColumn(ReferralTexts::followUp).setHeader(t("referral.followUp")).setAutoWidth(true);
    }

    static Span status(ReferralStatus status) {
        return Badge.of(t("ReferralStatus." + status.name()), switch (status) {
            case OVERDUE -> Badge.Tone.ERROR;
            case ANSWERED -> Badge.Tone.SUCCESS;
            case OPEN -> Badge.Tone.INFO;
        });
    }

    static String answer(ReferralView.Answer a) {
        return t("ResponseCode." + a.code().name()) + " · " + t(a.timely() ? "referral.timely" : "referral.late")
                + (a.amountOffered() == null ? "" : " · ¥" + a.amountOffered().toPlainString())
                + (a.message() == null ? "" : " · " + a.message())
                + (a.attachments().isEmpty() ? "" : " · " + t("referral.attachments",
                String.join("、", a.attachments().stream().map(ReferralView.Attachment::name).toList())));
    }

    static String lastAnswer(ReferralView r) {
        return r.responses().isEmpty() ? "—" : answer(r.responses().getLast());
    }

    static String followUp(ReferralView r) {
        String consumer = r.consumerSettled() == null ? "" : t(r.consumerSettled()
                ? "referral.consumerSettled" : "referral.consumerNotSettled", r.consumerConfirmedOn());
        String step = r.nextStep() == null ? "" : t("NextStep." + r.nextStep().name());
        String text = String.join(" · ", List.of(consumer, step).stream().filter(x -> !x.isEmpty()).toList());
        return text.isEmpty() ? "—" : text;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
