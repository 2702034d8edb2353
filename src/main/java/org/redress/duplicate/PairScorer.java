package org.redress.duplicate;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a pair of complaints between 0 and 1 by combining independent pieces of evidence as a noisy-OR:
 * score = 1 - Π(1 - w). Weights, chosen on the labelled evaluation set (docs/duplicates.md):
 * same order or ticket 0.7; same consumer 0.5; same merchant 0.1; narratives near-identical (Jaccard ≥ 0.85 over
 * character shingles) 0.9 → weight 0.85, else similar (≥ 0.35) 0.6 × similarity; when the two name different phones (or
 * different e-mails) the text counts for 0.3 if near-identical and nothing otherwise. Text alone therefore flags only near-verbatim
 * re-filings; a reworded one needs the same consumer or order as well, and other consumers' complaints about the same
 * shop written from the same phrases (the class-dispute case) stay below the threshold.
 */
public final class PairScorer {

    public static final double NEAR_IDENTICAL = 0.9;
    public static final double SIMILAR = 0.35;

    private PairScorer() {
    }

    public record Scored(double score, Set<DuplicateReason> reasons) {
    }

    public static Scored score(CaseFacts a, CaseFacts b, double textSimilarity) {
        boolean sameConsumer = same(a.phoneKey(), b.phoneKey()) || same(a.emailKey(), b.emailKey());
        boolean otherConsumer = !sameConsumer && (differ(a.phoneKey(), b.phoneKey()) || differ(a.emailKey(), b.emailKey()));
        return score(same(a.orderKey(), b.orderKey()) || same(a.ticketKey(), b.ticketKey()), sameConsumer,
                otherConsumer, a.merchantId() == b.merchantId(), textSimilarity);
    }

    /**
     * @param otherConsumer both complaints name a phone (or both an e-mail) and they differ: two people, so similar
     *                      text is a shared template or a copied letter rather than a re-filing, and counts for little
     */
    public static Scored score(boolean sameOrder, boolean sameConsumer, boolean otherConsumer, boolean sameMerchant,
                               double textSimilarity) {
        Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
        double none = 1;
        if (sameOrder) {
            reasons.add(DuplicateReason.SAME_ORDER);
            none *= 1 - 0.7;
        }
        if (sameConsumer) {
            reasons.add(DuplicateReason.SAME_CONSUMER);
            none *= 1 - 0.5;
        }
        if (sameMerchant) {
            reasons.add(DuplicateReason.SAME_MERCHANT);
            none *= 1 - 0.1;
        }
        if (textSimilarity >= NEAR_IDENTICAL) {
            reasons.add(DuplicateReason.NEAR_IDENTICAL_TEXT);
            none *= otherConsumer ? 1 - 0.3 : 1 - 0.85;
        } else if (textSimilarity >= SIMILAR) {
            reasons.add(DuplicateReason.SIMILAR_TEXT);
            none *= otherConsumer ? 1 : 1 - 0.6 * textSimilarity;
        }
        return new Scored(Math.round((1 - none) * 1000) / 1000.0, reasons);
    }

    private static boolean differ(String x, String y) {
        return x != null && y != null && !x.equals(y);
    }

    private static boolean same(String x, String y) {
        return x != null && Objects.equals(x, y);
    }
}
