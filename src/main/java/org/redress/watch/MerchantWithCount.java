package org.redress.watch;

import org.redress.merchant.MerchantSummary;

/** A merchant found by a search, with how many complaints it has. */
public record MerchantWithCount(Long id, String name, String platformCode, String shopId, long complaints) {

    static MerchantWithCount of(MerchantSummary merchant, long complaints) {
        return new MerchantWithCount(merchant.id(), merchant.name(), merchant.platformCode(), merchant.shopId(),
                complaints);
    }
}
