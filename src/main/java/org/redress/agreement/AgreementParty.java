package org.redress.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A party who must sign.
 *
 * @param party who, as the API names it: CONSUMER, MERCHANT, PLATFORM, MEDIATOR, REPRESENTATIVE
 * @param name  the party's name as printed on the agreement
 */
@Embeddable
public record AgreementParty(@Column(name = "party", nullable = false, length = 30) String party,
                             @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 20)
                             PartyRole role,
                             @Column(name = "name", nullable = false, length = 200) String name) {
}
