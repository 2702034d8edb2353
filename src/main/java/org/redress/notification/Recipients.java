package org.redress.notification;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a notice can go, read from what the records hold (a contact field may say "13800138000 wang@example.cn"):
 * the first e-mail address, the first mainland mobile number; and how staff see them (masked).
 */
public final class Recipients {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86)?(1[3-9][0-9]{9})(?![0-9])");

    private Recipients() {
    }

    public static Optional<String> email(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = EMAIL.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    public static Optional<String> mobile(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = MOBILE.matcher(text.replaceAll("[\\s-]", ""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** 138****8000 for a phone, w***@example.cn for an address. */
    public static String mask(NoticeChannel channel, String recipient) {
        if (recipient == null || recipient.length() < 3) {
            return "***";
        }
        if (channel == NoticeChannel.SMS) {
            return recipient.length() < 8 ? "***" : recipient.substring(0, 3) + "****"
                    + recipient.substring(recipient.length() - 4);
        }
        int at = recipient.indexOf('@');
        return at <= 0 ? "***" : recipient.charAt(0) + "***" + recipient.substring(at);
    }
}
