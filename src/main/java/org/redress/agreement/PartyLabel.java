package org.redress.agreement;

import org.redress.base.Message;

/** A party to an agreement as readers see it: the role's label for the party codes, a case number as it is. */
public final class PartyLabel {

    private PartyLabel() {
    }

    /** The party as its reader sees it, in the language of the current portal session or request. */
    public static String text(String party) {
        return String.valueOf(of(party));
    }

    static Object of(String party) {
        return switch (party) {
            case "CONSUMER", "MERCHANT", "PLATFORM", "REPRESENTATIVE", "MEDIATOR" -> Message.of("party." + party);
            case null -> "—";
            case String p when p.startsWith("REPRESENTATIVE_") -> Message.of("party.REPRESENTATIVE_N",
                    p.substring("REPRESENTATIVE_".length()));
            default -> party;
        };
    }
}
