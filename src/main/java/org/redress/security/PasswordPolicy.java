package org.redress.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;

/**
 * Passwords after NIST SP 800-63B: length is what counts (8 to 100 characters, any characters, no composition
 * rules), and a password is refused when it is the user name (forwards or backwards), only white space, or one of
 * the common passwords attackers try first. Checked with Passay; the messages are the portal's own.
 */
final class PasswordPolicy {

    static final int MIN = 8;
    static final int MAX = 100;
    private static final PasswordValidator VALIDATOR = new PasswordValidator(List.of(
            new LengthRule(MIN, MAX),
            new UsernameRule(true, true),
            new DictionaryRule(new WordListDictionary(commonPasswords()))));

    private PasswordPolicy() {
    }

    /** Why the password is refused for this user, or null when it is acceptable. */
    static Message problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Message.of("password.required");
        }
        if (password.isBlank()) {
            return Message.of("password.spaces");
        }
        RuleResult result = VALIDATOR.validate(new PasswordData(username == null ? "" : username, password));
        if (result.isValid()) {
            return null;
        }
        return switch (result.getDetails().getFirst().getErrorCode()) {
            case LengthRule.ERROR_CODE_MIN -> Message.of("password.tooShort", MIN);
            case LengthRule.ERROR_CODE_MAX -> Message.of("password.tooLong", MAX);
            case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED -> Message.of("password.username");
            default -> Message.of("password.common");
        };
    }

    static void check(String username, String password) {
        Message problem = problem(username, password);
        if (problem != null) {
            throw new InvalidInputException(Map.of("password", problem));
        }
    }

    private static ArrayWordList commonPasswords() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] words = reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toArray(String[]::new);
            return new ArrayWordList(words, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
