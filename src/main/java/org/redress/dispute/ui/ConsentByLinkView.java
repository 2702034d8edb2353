package org.redress.dispute.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.text.NumberFormat;
import java.util.Locale;
import org.redress.base.BusinessRuleException;
import org.redress.base.NotFoundException;
import org.redress.base.Organisation;
import org.redress.dispute.ConsentDecision;
import org.redress.dispute.ConsentInvitation;
import org.redress.dispute.ConsentLinks;

/**
 * The page a class member reaches from the consent link: which class, against whom, what being represented means,
 * and two answers. The link works once; a second visit says the answer is already in.
 */
@Route(value = "consent/:token", autoLayout = false)
@PageTitle("title.consent")
@AnonymousAllowed
public class ConsentByLinkView extends VerticalLayout implements BeforeEnterObserver {

    final Button give = new Button();
    final Button refuse = new Button();
    private final ConsentLinks links;
    private final Organisation organisation;
    private String token;

    public ConsentByLinkView(ConsentLinks links, Organisation organisation) {
        this.links = links;
        this.organisation = organisation;
        addClassName("sign-by-link");
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new Paragraph(organisation.name()), new H1(getTranslation("consentlink.title")));
        ConsentInvitation invitation = links.open(token).orElse(null);
        if (invitation == null) {
            add(new Paragraph(getTranslation("error.consentLink.unknown")));
            return;
        }
        if (!invitation.usable()) {
            add(new Paragraph(getTranslation("consentlink.notUsable")));
            return;
        }
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        add(new Paragraph(getTranslation("consentlink.intro", invitation.caseNumber(), invitation.merchantName(),
                        invitation.disputeTitle(), invitation.members(), money.format(invitation.amountClaimed()))),
                new Paragraph(getTranslation("consentlink.meaning")));
        give.setText(getTranslation("consentlink.give"));
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(e -> answer(ConsentDecision.GIVEN));
        refuse.setText(getTranslation("consentlink.refuse"));
        refuse.addClickListener(e -> answer(ConsentDecision.REFUSED));
        HorizontalLayout answers = new HorizontalLayout(give, refuse);
        answers.setWrap(true);
        add(answers, new Paragraph(getTranslation("consentlink.later", organisation.phone() == null ? ""
                : organisation.phone())));
    }

    void answer(ConsentDecision decision) {
        try {
            links.answer(token, decision);
            removeAll();
            add(new Paragraph(organisation.name()), new H1(getTranslation("consentlink.thanks")),
                    new Paragraph(getTranslation(decision == ConsentDecision.GIVEN ? "consentlink.recordedGiven"
                            : "consentlink.recordedRefused")));
        } catch (BusinessRuleException | NotFoundException e) {
            removeAll();
            add(new Paragraph(organisation.name()), new H1(getTranslation("consentlink.title")),
                    new Paragraph(e.getMessage()));
        }
    }
}
