package org.redress.merchant;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What staff may correct on a merchant record. The name and platform are not here: complaints are indexed under
 * the name, and a differently named shop is better recorded as an alias or merged.
 */
public record MerchantEdit(
        Set<@Size(max = Merchant.NAME_MAX, message = "validation.aliasAtMostChars") String> aliases,
        String creditCode,
        @Size(max = Merchant.NAME_MAX, message = "validation.atMostChars") String parentCompany,
        @Size(max = Merchant.CONTACT_MAX, message = "validation.atMostChars") String contact,
        @Size(max = Merchant.NOTES_MAX, message = "validation.atMostChars") String notes) {

    @AssertTrue(message = "validation.creditCode")
    public boolean isCreditCodeValid() {
        return creditCode == null || creditCode.isBlank() || CreditCode.isValid(creditCode.trim().toUpperCase());
    }
}
