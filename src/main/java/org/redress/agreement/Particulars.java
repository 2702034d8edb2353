package org.redress.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.stream.Stream;

/**
 * A party's basic details as a 人民调解协议书 states them (人民调解法 art. 29): a person's identity document number,
 * address and contact; a business's unified social credit code and legal representative; the mediator's full name.
 * Every field is optional: a blank is printed as a line to fill in by hand.
 */
@Embeddable
public record Particulars(@Column(name = "id_number", length = ID_NUMBER_MAX) String idNumber,
                          @Column(name = "address", length = ADDRESS_MAX) String address,
                          @Column(name = "contact", length = CONTACT_MAX) String contact,
                          @Column(name = "credit_code", length = 18) String creditCode,
                          @Column(name = "legal_representative", length = NAME_MAX) String legalRepresentative,
                          @Column(name = "full_name", length = NAME_MAX) String fullName) {

    public static final int ID_NUMBER_MAX = 18;
    public static final int ADDRESS_MAX = 200;
    public static final int CONTACT_MAX = 200;
    public static final int NAME_MAX = 100;
    public static final Particulars NONE = new Particulars(null, null, null, null, null, null);

    public Particulars {
        idNumber = clean(idNumber);
        address = clean(address);
        contact = clean(contact);
        creditCode = clean(creditCode);
        legalRepresentative = clean(legalRepresentative);
        fullName = clean(fullName);
    }

    boolean isEmpty() {
        return Stream.of(idNumber, address, contact, creditCode, legalRepresentative, fullName)
                .allMatch(v -> v == null);
    }

    /** These details, with each blank taken from {@code fallback}. */
    Particulars orElse(Particulars fallback) {
        if (fallback == null) {
            return this;
        }
        return new Particulars(first(idNumber, fallback.idNumber), first(address, fallback.address),
                first(contact, fallback.contact), first(creditCode, fallback.creditCode),
                first(legalRepresentative, fallback.legalRepresentative), first(fullName, fallback.fullName));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
