package org.redress.merchant;

/** Published inside the undo's transaction: the complaints moved by {@code mergeId} go back to the source. */
public record MerchantMergeUndone(Long mergeId, Long sourceId, Long targetId) {
}
