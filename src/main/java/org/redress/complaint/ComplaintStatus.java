package org.redress.complaint;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a case stands. The main path runs RECEIVED → UNDER_REVIEW → REFERRED_TO_PLATFORM → IN_MEDIATION →
 * AGREEMENT_REACHED → FULFILLED → CLOSED; from any open state a case can be withdrawn, rejected or escalated. MERGED is
 * reached and left only by merging and unmerging duplicates.
 */
public enum ComplaintStatus {
    RECEIVED, UNDER_REVIEW, REFERRED_TO_PLATFORM, IN_MEDIATION, AGREEMENT_REACHED, FULFILLED, CLOSED,
    WITHDRAWN, REJECTED, ESCALATED,
    /** A duplicate folded into another case (the survivor); only an unmerge brings it back. */
    MERGED;

    private static final Set<ComplaintStatus> OPEN =
            EnumSet.of(RECEIVED, UNDER_REVIEW, REFERRED_TO_PLATFORM, IN_MEDIATION, AGREEMENT_REACHED);

    private static final Map<ComplaintStatus, Set<ComplaintStatus>> FORWARD = Map.of(
            RECEIVED, EnumSet.of(UNDER_REVIEW),
            // Staff may take a case straight to mediation when the platform has no part in it.
            UNDER_REVIEW, EnumSet.of(REFERRED_TO_PLATFORM, IN_MEDIATION),
            // The respondent may settle the matter itself; staff close the case once the consumer confirms it.
            REFERRED_TO_PLATFORM, EnumSet.of(IN_MEDIATION, CLOSED),
            IN_MEDIATION, EnumSet.of(AGREEMENT_REACHED),
            AGREEMENT_REACHED, EnumSet.of(FULFILLED),
            FULFILLED, EnumSet.of(CLOSED),
            WITHDRAWN, EnumSet.of(CLOSED),
            REJECTED, EnumSet.of(CLOSED),
            ESCALATED, EnumSet.of(CLOSED));

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The statuses a case in this status may move to. */
    public Set<ComplaintStatus> next() {
        Set<ComplaintStatus> next = EnumSet.noneOf(ComplaintStatus.class);
        next.addAll(FORWARD.getOrDefault(this, Set.of()));
        if (isOpen()) {
            next.addAll(EnumSet.of(WITHDRAWN, ESCALATED));
        }
        // Not accepting a complaint (不予受理) is the answer to the acceptance question: once the case was referred
        // or mediated, or an agreement reached, it is withdrawn, escalated or closed, never rejected.
        if (this == RECEIVED || this == UNDER_REVIEW) {
            next.add(REJECTED);
        }
        return next;
    }

    public boolean canMoveTo(ComplaintStatus target) {
        return next().contains(target);
    }

    /** States in which the case has been accepted for handling (the 7-working-day acceptance clock has stopped). */
    boolean isAccepted() {
        return this == REFERRED_TO_PLATFORM || this == IN_MEDIATION;
    }

    public static Set<ComplaintStatus> open() {
        return EnumSet.copyOf(OPEN);
    }
}
