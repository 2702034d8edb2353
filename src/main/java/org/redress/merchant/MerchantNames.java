package org.redress.merchant;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How merchant names are compared: full-width letters, digits and punctuation folded to their usual forms (NFKC),
 * every kind of space removed and case ignored, so that a name typed with a full-width space or capitals on a
 * phone finds the merchant already recorded.
 */
public final class MerchantNames {

    private MerchantNames() {
    }

    public static String key(String name) {
        if (name == null) {
            return null;
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}\\u200B\\uFEFF]+", "")
                .toLowerCase(Locale.ROOT);
    }
}
