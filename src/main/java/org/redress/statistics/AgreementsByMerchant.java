package org.redress.statistics;

import java.util.List;

/** Agreements per merchant for a filter, with the small-cell rule applied. Field names are part of the API. */
public record AgreementsByMerchant(int minConsumers, int suppressedMerchants, List<AgreementMerchantRow> rows) {
}
