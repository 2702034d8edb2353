package org.redress.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Services speak in message keys: every key the code raises exists in both bundles, and no exception, field error
 * or API error is given an English sentence instead of a key.
 */
class MessageKeysTest {

    /** Where the code names a message: the first string argument of these calls, or a constraint's message. */
    private static final Pattern RAISED = Pattern.compile("(?:Message\\.of|new BusinessRuleException|"
            + "new NotFoundException|new NotPermittedException|new WrongSigningCode|StoredText\\.encode|"
            + "InvalidInputException\\.of"
            + "\\(\"[^\"]*\",|ApiError\\.of\\(\\d+,)\\s*\\(?\\s*\"([^\"]*)\"\\s*[,)]|message = \"([^\"]*)\"");
    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[A-Za-z0-9_]+)+");

    @Test
    void every_raised_message_is_a_key_with_a_text_in_both_languages() throws Exception {
        Properties english = TranslationBundlesTest.load("translations.properties");
        Properties chinese = TranslationBundlesTest.load("translations_zh_CN.properties");
        List<String> notKeys = new ArrayList<>();
        TreeSet<String> missing = new TreeSet<>();
        int raised = 0;
        for (Path file : sources()) {
            Matcher m = RAISED.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                raised++;
                if (!KEY.matcher(key).matches()) {
                    notKeys.add(file.getFileName() + ": \"" + key + "\"");
                } else if (!english.containsKey(key) || !chinese.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(raised).as("messages found in the code").isGreaterThan(200);
        assertThat(notKeys).as("sentences where a message key belongs").isEmpty();
        assertThat(missing).as("keys without a text in both bundles").isEmpty();
    }

    /** The field an audit entry names: after its action, or the field of a recorded change. */
    private static final Pattern AUDIT_FIELD = Pattern.compile("AuditAction\\.[A-Z_]+(?: : AuditAction\\.[A-Z_]+)?,"
            + "\\s*\"([a-zA-Z]+)\"|recordChange\\(AuditSubject\\.[A-Z]+, [^,]+, [^,]+,\\s*\"([a-zA-Z]+)\""
            + "|report\\(listener, \"([a-zA-Z]+)\"");

    /** Keys also stand alone, e.g. chosen by a condition: every literal of the message families must exist. */
    private static final Pattern FAMILY_KEY = Pattern.compile("\"((?:error|audit\\.value|validation|clash|tie|denied"
            + "|signing|password|text|param|api|subject|session\\.action|widget|page|title)\\.[A-Za-z0-9.]+)\"");

    @Test
    void every_key_literal_of_the_message_families_has_a_text_in_both_languages() throws Exception {
        Properties english = TranslationBundlesTest.load("translations.properties");
        Properties chinese = TranslationBundlesTest.load("translations_zh_CN.properties");
        TreeSet<String> keys = new TreeSet<>();
        for (Path file : sources()) {
            Matcher m = FAMILY_KEY.matcher(Files.readString(file));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(250);
        assertThat(keys.stream().filter(k -> !k.endsWith(".") && (!english.containsKey(k) || !chinese.containsKey(k)))
                .toList()).as("keys without a text in both bundles").isEmpty();
    }

    @Test
    void every_field_the_audit_trail_names_has_a_label_in_both_languages() throws Exception {
        Properties english = TranslationBundlesTest.load("translations.properties");
        Properties chinese = TranslationBundlesTest.load("translations_zh_CN.properties");
        TreeSet<String> fields = new TreeSet<>();
        for (Path file : sources()) {
            Matcher m = AUDIT_FIELD.matcher(Files.readString(file));
            while (m.find()) {
                fields.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            }
        }
        assertThat(fields).hasSizeGreaterThan(30);
        assertThat(fields.stream().filter(f -> !english.containsKey("audit.field." + f)
                || !chinese.containsKey("audit.field." + f)).toList()).as("audit fields without a label").isEmpty();
    }

    @Test
    void a_message_reads_in_the_language_asked_for_with_its_arguments_labelled() {
        Message message = Message.of("error.complaint.caseCannotMoveAllowed", TestStatus.A, TestStatus.B,
                List.of(TestStatus.A, TestStatus.B));
        assertThat(Texts.render(message, Locale.SIMPLIFIED_CHINESE)).contains("状态的案件不能转为");
        assertThat(Texts.render(message, Locale.ENGLISH)).startsWith("A case that is A cannot move to B");
        assertThat(Texts.render(Message.of("error.mediation.noSession", 12345L), Locale.ENGLISH))
                .as("ids are not grouped").isEqualTo("No session 12345");
    }

    private enum TestStatus { A, B }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
