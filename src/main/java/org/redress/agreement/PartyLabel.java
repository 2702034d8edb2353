package org.redress.agreement;

import org.redress.base.Message;

/** A party to an agreement as readers see it: the role's label for the party codes, a case number as it is. */
final class PartyLabel {

    private PartyLabel() {
    }

    static Object of(String party) {
        return switch (party) {
            case "CONSUMER", "MERCHANT", "PLATFORM", "REPRESENTATIVE", "MEDIATOR" -> Message.of("party." + party);
            case null -> "—";
            default -> party;
        };
    }
}
