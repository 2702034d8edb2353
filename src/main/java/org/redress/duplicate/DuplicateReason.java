package org.redress.duplicate;

/** Why two complaints look like the same grievance. Constant names are part of the API. */
public enum DuplicateReason {
    /** Same phone number or e-mail address. */
    SAME_CONSUMER,
    /** Same order number or platform ticket. */
    SAME_ORDER,
    SAME_MERCHANT,
    /** Narratives similar enough to support other evidence. */
    SIMILAR_TEXT,
    /** Narratives the same but for punctuation, spacing or a few words. */
    NEAR_IDENTICAL_TEXT
}
