package org.redress.base;

import java.util.regex.Pattern;

/**
 * Identity document numbers as a mediation agreement records them: a mainland resident identity card number
 * (GB 11643: 17 digits and a check character, which must be right), or another document's number (passport, Hong
 * Kong and Macao or Taiwan travel permit) of 6 to 18 letters and digits.
 */
public final class IdentityNumber {

    private static final Pattern RESIDENT = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern OTHER = Pattern.compile("[A-Z0-9]{6,18}");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdentityNumber() {
    }

    public static boolean isValid(String number) {
        if (number == null) {
            return false;
        }
        String n = number.strip().toUpperCase();
        if (n.length() == 18 && n.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return RESIDENT.matcher(n).matches() && checkCharacter(n.substring(0, 17)) == n.charAt(17);
        }
        return OTHER.matcher(n).matches() && n.chars().anyMatch(Character::isLetter);
    }

    /** The check character of a resident identity number's first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
