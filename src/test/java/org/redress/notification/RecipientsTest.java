package org.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecipientsTest {

    @Test
    void aContactFieldYieldsItsMobileNumberAndItsAddress() {
        String contact = "店长 +86 139-0013-9000，邮箱 shop@example.cn；座机 0571-88888888";
        assertThat(Recipients.mobile(contact)).contains("13900139000");
        assertThat(Recipients.email(contact)).contains("shop@example.cn");
        assertThat(Recipients.mobile("0571-88888888")).as("a landline cannot take an SMS").isEmpty();
        assertThat(Recipients.mobile(null)).isEmpty();
    }

    @Test
    void staffSeeMaskedRecipients() {
        assertThat(Recipients.mask(NoticeChannel.SMS, "13800138000")).isEqualTo("138****8000");
        assertThat(Recipients.mask(NoticeChannel.EMAIL, "wang@example.cn")).isEqualTo("w***@example.cn");
    }
}
