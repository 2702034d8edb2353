package org.redress.merchant;

import java.util.List;

/** Everything recorded about a merchant. */
public record MerchantDetails(Long id, String name, String platformCode, String shopId, String creditCode,
                              String parentCompany, String contact, String notes, List<String> aliases,
                              Long mergedIntoId) {
}
