package org.redress.dispute;

/**
 * Which members of a dispute to list or act on.
 *
 * @param text       part of the case number or of the consumer's name; blank for any
 * @param consent    members whose latest decision is this one; null for any
 * @param unanswered members who have not answered yet (then {@code consent} is ignored)
 */
public record MemberFilter(String text, ConsentDecision consent, boolean unanswered) {

    public static final MemberFilter ALL = new MemberFilter(null, null, false);

    public static final MemberFilter NOT_ANSWERED = new MemberFilter(null, null, true);
}
