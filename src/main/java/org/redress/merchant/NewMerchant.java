package org.redress.merchant;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.redress.base.CleanText;

/** A merchant to create, from the intake form, the API or an import. */
public record NewMerchant(
        @NotBlank(message = "validation.required")
        @Size(max = Merchant.NAME_MAX, message = "validation.atMostChars")
        @CleanText
        String name,
        @NotBlank(message = "validation.required")
        String platformCode,
        @Size(max = Merchant.SHOP_ID_MAX, message = "validation.atMostChars")
        @CleanText
        String shopId,
        String creditCode,
        @Size(max = Merchant.CONTACT_MAX, message = "validation.atMostChars")
        @CleanText
        String contact,
        @Size(max = Merchant.NOTES_MAX, message = "validation.atMostChars")
        @CleanText(multiline = true)
        String notes,
        Set<@CleanText @Size(max = Merchant.NAME_MAX, message = "validation.atMostChars") String> aliases) {

    public NewMerchant(String name, String platformCode, String shopId) {
        this(name, platformCode, shopId, null, null, null, Set.of());
    }

    @AssertTrue(message = "validation.creditCode")
    public boolean isCreditCodeValid() {
        return creditCode == null || creditCode.isBlank() || CreditCode.isValid(creditCode.trim().toUpperCase());
    }
}
