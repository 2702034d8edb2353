package org.redress.merchant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.merchant.PlatformService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@RedressTest
@Transactional
@WithMockUser(username = "admin", roles = "ADMIN")
class PlatformAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    PlatformService platforms;

    @Test
    void an_administrator_adds_a_platform_that_complaints_can_then_use() {
        PlatformAdminView view = navigate(PlatformAdminView.class);
        int before = test(view.grid).size();

        test(view.code).setValue("meituan");
        test(view.nameZh).setValue("美团");
        test(view.nameEn).setValue("Meituan");
        test(view.add).click();

        assertThat(test(view.grid).size()).isEqualTo(before + 1);
        assertThat(platforms.find("MEITUAN")).hasValueSatisfying(p -> assertThat(p.nameZh()).isEqualTo("美团"));
        assertThat(platforms.codes()).contains("MEITUAN", "KUAISHOU");
    }

    @Test
    void a_duplicate_or_malformed_code_is_explained_and_what_was_typed_stays() {
        PlatformAdminView view = navigate(PlatformAdminView.class);
        test(view.code).setValue("KUAISHOU");
        test(view.nameZh).setValue("快手");
        test(view.nameEn).setValue("Kuaishou");
        test(view.add).click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getValue()).isEqualTo("KUAISHOU");

        test(view.code).setValue("1-bad code");
        test(view.add).click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).contains("capital letters");
    }
}
