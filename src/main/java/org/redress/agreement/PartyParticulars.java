package org.redress.agreement;

/**
 * The details a mediator gives for one party of a draft, by its party code (CONSUMER, MERCHANT, PLATFORM,
 * REPRESENTATIVE). Field names are part of the API; a blank keeps what the case or merchant record says.
 */
public record PartyParticulars(String party, String idNumber, String address, String contact, String creditCode,
                               String legalRepresentative) {

    Particulars particulars() {
        return new Particulars(idNumber == null ? null : idNumber.toUpperCase(), address, contact, creditCode == null ? null : creditCode.toUpperCase(),
                legalRepresentative, null);
    }
}
