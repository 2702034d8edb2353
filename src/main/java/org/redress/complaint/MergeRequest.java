package org.redress.complaint;

import java.util.List;
import java.util.Map;

/**
 * What to merge into a survivor.
 *
 * @param duplicates       case numbers of the duplicates
 * @param keepAmountFrom   the case whose claimed amount the survivor keeps; null keeps the highest
 * @param acrossMerchants  the user confirmed merging cases filed against different merchants
 * @param reason           why; required when merging across merchants
 * @param expectedVersions versions the user saw, per case number; a case changed since is refused
 */
public record MergeRequest(List<String> duplicates, String keepAmountFrom, boolean acrossMerchants, String reason,
                           Map<String, Long> expectedVersions) {

    public static MergeRequest of(String... duplicates) {
        return new MergeRequest(List.of(duplicates), null, false, null, Map.of());
    }
}
