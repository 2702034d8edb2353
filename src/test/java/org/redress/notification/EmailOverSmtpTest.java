package org.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.springframework.beans.factory.annotation.Autowired;

/** E-mail goes over SMTP to a real mail server (GreenMail, started with the test context) with its Chinese intact. */
@RedressTest
class EmailOverSmtpTest {

    @Autowired
    Notifier notifier;
    @Autowired
    DemoMailServer server;

    @Test
    void aNoticeArrivesAtTheMailServerWithItsChineseTextAndIsMaskedForStaff() {
        Delivery delivery = notifier.send(new Notice(NoticeChannel.EMAIL, "wang.fang@example.cn", "调解协议签署验证码",
                "您的验证码：654321", "signing-code", Map.of()));
        assertThat(delivery.sentTo()).isEqualTo("w***@example.cn");
        DemoMailServer.MailboxMessage received = server.messages().stream()
                .filter(m -> m.to().contains("wang.fang@example.cn")).findFirst().orElseThrow();
        assertThat(received.subject()).isEqualTo("调解协议签署验证码");
        assertThat(received.text()).contains("您的验证码：654321");
    }

    @Test
    void anSmsWithoutAGatewayGoesToTheDemoMailServer() {
        notifier.send(new Notice(NoticeChannel.SMS, "13700137000", "短信", "验证码 111222", "signing-code", Map.of()));
        assertThat(server.messages()).anyMatch(m -> m.to().contains("13700137000@sms.invalid")
                && m.text().contains("111222"));
    }
}
