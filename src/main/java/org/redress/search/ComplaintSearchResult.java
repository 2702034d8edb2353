package org.redress.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search hits with facet counts per filter value (platform, category, status, paymentMethod, province),
 * counted over all hits with the current filters applied. {@code notice} explains an adjusted query, else null.
 */
public record ComplaintSearchResult(long total, int page, int size, List<ComplaintHit> items,
                                    Map<String, Map<String, Long>> facets, String notice) {
}
