package org.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SMS gateway client against a local stub of the provider's HTTP API. */
class SmsGatewayTest {

    private HttpServer stub;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> answer = new AtomicReference<>("{\"Code\":\"OK\",\"Message\":\"OK\"}");
    private final AtomicReference<Integer> status = new AtomicReference<>(200);

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/sms/send", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] reply = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        stub.start();
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private SmsGateway gateway() {
        NotificationProperties properties = new NotificationProperties(null, null, new NotificationProperties.Sms(
                URI.create("http://127.0.0.1:" + stub.getAddress().getPort() + "/sms/send"), "app-code-1", "调解委员会",
                Map.of("signing-code", "SMS_900001")));
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        return new SmsGateway(properties, none.getBeanProvider(DemoMailServer.class),
                new EmailSender(none.getBeanProvider(JavaMailSender.class),
                        properties));
    }

    private static Notice signingCode() {
        return new Notice(NoticeChannel.SMS, "13800138000", "验证码", "验证码 123456", "signing-code",
                Map.of("code", "123456", "minutes", "15"));
    }

    @Test
    void aNoticeIsPostedAsTheProvidersTemplateWithItsParameters() throws Exception {
        gateway().send(signingCode());
        assertThat(authorizations).containsExactly("APPCODE app-code-1");
        JsonNode body = JsonMapper.builder().build().readTree(bodies.getFirst());
        assertThat(body.path("PhoneNumbers").asString()).isEqualTo("13800138000");
        assertThat(body.path("SignName").asString()).isEqualTo("调解委员会");
        assertThat(body.path("TemplateCode").asString()).isEqualTo("SMS_900001");
        JsonNode params = JsonMapper.builder().build().readTree(body.path("TemplateParam").asString());
        assertThat(params.path("code").asString()).isEqualTo("123456");
    }

    @Test
    void aRefusalOrAServerErrorIsAFailureNotASilentSuccess() {
        answer.set("{\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"Message\":\"号码格式错误\"}");
        assertThatThrownBy(() -> gateway().send(signingCode())).isInstanceOf(DeliveryFailure.class)
                .hasMessageContaining("MOBILE_NUMBER_ILLEGAL");
        status.set(503);
        answer.set("busy");
        assertThatThrownBy(() -> gateway().send(signingCode())).isInstanceOf(DeliveryFailure.class);
    }

    @Test
    void aNoticeWithoutAnApprovedTemplateIsNotSent() {
        Notice other = new Notice(NoticeChannel.SMS, "13800138000", "s", "t", "unknown-template", Map.of());
        assertThatThrownBy(() -> gateway().send(other)).isInstanceOf(DeliveryFailure.class);
        assertThat(bodies).isEmpty();
    }

    @Test
    void theNotifierTriesTwiceThenSaysSoInTheUsersLanguage() {
        status.set(500);
        answer.set("{}");
        Notifier notifier = new Notifier(List.of(gateway()));
        assertThatThrownBy(() -> notifier.send(signingCode())).hasMessageContaining("138****8000");
        assertThat(bodies).hasSize(Notifier.TRIES);
    }
}
