package org.redress.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.redress.audit.AuditAction;
import org.redress.complaint.Category;
import org.redress.complaint.Channel;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.EscalationTarget;
import org.redress.complaint.EvidenceType;
import org.redress.complaint.PaymentMethod;
import org.redress.security.Role;

class TranslationBundlesTest {

    static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chinese_and_english_have_the_same_keys() throws Exception {
        Set<Object> english = load("translations.properties").keySet();
        Set<Object> chinese = load("translations_zh_CN.properties").keySet();
        assertThat(chinese).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void every_enum_constant_shown_in_the_ui_has_a_label_in_both_languages() throws Exception {
        for (Properties bundle : new Properties[]{load("translations.properties"), load("translations_zh_CN.properties")}) {
            for (Class<? extends Enum<?>> type : List.of(ComplaintStatus.class, Channel.class,
                    PaymentMethod.class, Category.class, EscalationTarget.class, EvidenceType.class)) {
                Set<String> keys = Arrays.stream(type.getEnumConstants())
                        .map(constant -> type.getSimpleName() + "." + constant.name()).collect(Collectors.toSet());
                assertThat(bundle.stringPropertyNames()).containsAll(keys);
            }
            assertThat(bundle.stringPropertyNames()).contains(Arrays.stream(Role.values())
                    .map(role -> "role." + role).toArray(String[]::new));
            assertThat(bundle.stringPropertyNames()).contains(Arrays.stream(AuditAction.values())
                    .map(AuditAction::messageKey).toArray(String[]::new));
        }
    }
}
