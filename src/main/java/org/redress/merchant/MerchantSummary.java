package org.redress.merchant;

/** A merchant as pickers and lists show it. */
public record MerchantSummary(Long id, String name, String platformCode, String shopId) {

    /** Name plus shop id, so that two shops with one name can be told apart in a picker. */
    public String label() {
        return shopId == null || shopId.isBlank() ? name : name + " (" + shopId + ")";
    }
}
