package org.redress.merchant;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.redress.base.CleanText;

/** A merchant to create, from the intake form, the API or an import. */
public record NewMerchant(
        @NotBlank(message = "Merchant name is required")
        @Size(max = Merchant.NAME_MAX, message = "At most 200 characters")
        @CleanText
        String name,
        @NotBlank(message = "Platform is required")
        String platformCode,
        @Size(max = Merchant.SHOP_ID_MAX, message = "At most 100 characters")
        @CleanText
        String shopId,
        String creditCode,
        @Size(max = Merchant.CONTACT_MAX, message = "At most 200 characters")
        @CleanText
        String contact,
        @Size(max = Merchant.NOTES_MAX, message = "At most 2,000 characters")
        @CleanText(multiline = true)
        String notes,
        Set<@CleanText @Size(max = Merchant.NAME_MAX, message = "At most 200 characters") String> aliases) {

    public NewMerchant(String name, String platformCode, String shopId) {
        this(name, platformCode, shopId, null, null, null, Set.of());
    }

    @AssertTrue(message = "Not a valid unified social credit code (18 characters with a check character)")
    public boolean isCreditCodeValid() {
        return creditCode == null || creditCode.isBlank() || CreditCode.isValid(creditCode.trim().toUpperCase());
    }
}
