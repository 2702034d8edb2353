package org.redress.agreement.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redress.agreement.AgreementDetails;
import org.redress.agreement.Particulars;
import org.redress.agreement.PartyParticulars;

/**
 * The parties' basic details the agreement states (identity document number, address, contact; for a business the
 * credit code and legal representative). Blank fields are taken from the case and merchant records on saving.
 */
class PartyParticularsSection extends Composite<Div> {

    private final Map<String, Map<String, TextField>> fields = new LinkedHashMap<>();
    private final List<String> order = new ArrayList<>();

    PartyParticularsSection() {
        getContent().addClassName("party-particulars");
    }

    /** Shows one form per party: those of the draft, or for a new draft the consumer side and the merchant. */
    void show(List<AgreementDetails.Party> parties, boolean dispute) {
        getContent().removeAll();
        fields.clear();
        order.clear();
        if (parties.isEmpty()) {
            add(dispute ? "REPRESENTATIVE" : "CONSUMER", false, Particulars.NONE);
            add("MERCHANT", true, Particulars.NONE);
        } else {
            for (AgreementDetails.Party p : parties) {
                switch (p.role()) {
                    case CONSUMER, REPRESENTATIVE -> add(p.party(), false, p.particulars());
                    case MERCHANT, PLATFORM -> add(p.party(), true, p.particulars());
                    case MEDIATOR -> { }
                }
            }
        }
    }

    private void add(String party, boolean business, Particulars known) {
        Map<String, TextField> form = new LinkedHashMap<>();
        if (business) {
            form.put("creditCode", field("agreement.particulars.creditCode", known.creditCode(), 18));
            form.put("legalRepresentative", field("agreement.particulars.legalRepresentative",
                    known.legalRepresentative(), Particulars.NAME_MAX));
        } else {
            form.put("idNumber", field("agreement.particulars.idNumber", known.idNumber(), Particulars.ID_NUMBER_MAX));
        }
        form.put("address", field("agreement.particulars.address", known.address(), Particulars.ADDRESS_MAX));
        form.put("contact", field("agreement.particulars.contact", known.contact(), Particulars.CONTACT_MAX));
        fields.put(party, form);
        order.add(party);
        FormLayout layout = new FormLayout();
        form.values().forEach(layout::add);
        Details details = new Details(getTranslation("agreement.particulars.of", getTranslation("party." + party)),
                layout);
        details.setOpened(true);
        getContent().add(details);
    }

    private TextField field(String key, String value, int max) {
        TextField field = new TextField(getTranslation(key));
        field.setValue(value == null ? "" : value);
        field.setMaxLength(max);
        field.setHelperText(getTranslation("agreement.particulars.blankHelp"));
        return field;
    }

    List<PartyParticulars> value() {
        List<PartyParticulars> result = new ArrayList<>();
        fields.forEach((party, form) -> result.add(new PartyParticulars(party, text(form, "idNumber"),
                text(form, "address"), text(form, "contact"), text(form, "creditCode"),
                text(form, "legalRepresentative"))));
        return result;
    }

    private static String text(Map<String, TextField> form, String name) {
        TextField field = form.get(name);
        return field == null ? null : field.getValue();
    }

    void clearErrors() {
        fields.values().forEach(form -> form.values().forEach(f -> f.setInvalid(false)));
    }

    /** Shows an error given as {@code parties[i].field}; true when it was one of this section's. */
    boolean showError(String field, String message) {
        if (!field.startsWith("parties[")) {
            return false;
        }
        int index = Integer.parseInt(field.substring(8, field.indexOf(']')));
        String name = field.substring(field.indexOf("].") + 2);
        if (index < order.size()) {
            TextField target = fields.get(order.get(index)).get(name);
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
                target.focus();
            }
        }
        return true;
    }
}
