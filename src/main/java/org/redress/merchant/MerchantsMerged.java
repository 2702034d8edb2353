package org.redress.merchant;

/**
 * Published inside the merge's transaction: the complaint feature moves the source's complaints to the target and
 * records each move under {@code mergeId}.
 */
public record MerchantsMerged(Long mergeId, Long sourceId, Long targetId) {
}
