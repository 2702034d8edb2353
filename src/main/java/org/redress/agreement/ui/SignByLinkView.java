package org.redress.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.Locale;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.AgreementSigning;
import org.redress.agreement.LinkSigning;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.base.Organisation;

/**
 * Where a party signs on their own, from the link in the message that carried the code: the draft to read (and its
 * PDF), their name, the code, and an explicit agreement. No account is needed; the link and the code together stand
 * for the party.
 */
@Route(value = "sign/:token", autoLayout = false)
@PageTitle("title.sign")
@AnonymousAllowed
public class SignByLinkView extends VerticalLayout implements BeforeEnterObserver {

    final TextField signer = new TextField();
    final TextField code = new TextField();
    final Checkbox agree = new Checkbox();
    final Button sign = new Button();
    final Div outcome = new Div();
    private final AgreementSigning signing;
    private final Organisation organisation;
    private String token;

    public SignByLinkView(AgreementSigning signing, Organisation organisation) {
        this.signing = signing;
        this.organisation = organisation;
        addClassName("sign-by-link");
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        LinkSigning opened = signing.openLink(token).orElse(null);
        add(new Paragraph(organisation.name()));
        if (opened == null) {
            add(new H1(getTranslation("sign.title")), new Paragraph(getTranslation("error.signing.linkUnknown")));
            return;
        }
        AgreementDetails a = opened.agreement();
        AgreementDetails.Party party = a.parties().stream().filter(p -> p.party().equals(opened.party()))
                .findFirst().orElseThrow();
        add(new H1(getTranslation("sign.title")), new Paragraph(getTranslation("sign.intro", party.name(), a.caseRef())));
        UnorderedList terms = new UnorderedList();
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.CHINA);
        for (AgreementDetails.Line l : a.obligations()) {
            terms.add(new ListItem(l.number() + ". " + getTranslation("ObligationKind." + l.kind())
                    + (l.amount() == null ? "" : " " + money.format(l.amount()))
                    + (l.dueDate() == null ? "" : " · " + getTranslation("sign.due", l.dueDate()))
                    + (l.description() == null ? "" : " · " + l.description())));
        }
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = signing.linkPdf(token);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "人民调解协议书-AG-" + a.id() + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("sign.readPdf"));
        pdf.getElement().setAttribute("download", true);
        signer.setLabel(getTranslation("sign.name"));
        signer.setValue(party.name());
        signer.setMaxLength(100);
        code.setLabel(getTranslation("agreement.code"));
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        agree.setLabel(getTranslation("sign.agree"));
        sign.setText(getTranslation("sign.submit"));
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.addClickListener(e -> submit());
        add(new Paragraph(a.recitals()), terms, pdf, signer, code, agree, sign, outcome);
        code.focus();
    }

    void submit() {
        code.setInvalid(false);
        signer.setInvalid(false);
        if (!agree.getValue()) {
            agree.getElement().getStyle().set("color", "var(--lumo-error-text-color)");
            outcome.setText(getTranslation("sign.agreeFirst"));
            return;
        }
        try {
            signing.signByLink(token, signer.getValue(), code.getValue());
            removeAll();
            add(new Paragraph(organisation.name()), new H1(getTranslation("sign.done.title")),
                    new Paragraph(getTranslation("sign.done")));
        } catch (InvalidInputException ex) {
            ex.fieldErrors().forEach((field, message) -> {
                TextField target = "signerName".equals(field) ? signer : code;
                target.setErrorMessage(message);
                target.setInvalid(true);
            });
        } catch (BusinessRuleException ex) {
            outcome.setText(ex.getMessage());
        }
    }
}
