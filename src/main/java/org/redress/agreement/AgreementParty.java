package org.redress.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A party who must sign.
 *
 * @param party who, as the API names it: CONSUMER, MERCHANT, PLATFORM, MEDIATOR, REPRESENTATIVE
 * @param name        the party's name as printed on the agreement (for the mediator, the account's username)
 * @param particulars the details the agreement states about the party
 */
@Embeddable
public record AgreementParty(@Column(name = "party", nullable = false, length = 30) String party,
                             @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 20)
                             PartyRole role,
                             @Column(name = "name", nullable = false, length = 200) String name,
                             @Embedded Particulars particulars) {

    public AgreementParty {
        particulars = particulars == null ? Particulars.NONE : particulars;
    }

    AgreementParty(String party, PartyRole role, String name) {
        this(party, role, name, Particulars.NONE);
    }

    AgreementParty with(Particulars details) {
        return new AgreementParty(party, role, name, details);
    }

    /** The name to print: the mediator's full name where known. */
    String printedName() {
        return particulars.fullName() != null ? particulars.fullName() : name;
    }
}
