package org.redress.notification;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With the embedded mail server on (demo, tests), e-mail goes to it over SMTP; otherwise Spring Boot's mail sender
 * is configured by {@code spring.mail.*} like for any SMTP server.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    @ConditionalOnProperty(name = "redress.notification.embedded-smtp.enabled", havingValue = "true")
    DemoMailServer demoMailServer(NotificationProperties properties) {
        return new DemoMailServer(properties.embeddedSmtp().port());
    }

    @Bean
    @ConditionalOnProperty(name = "redress.notification.embedded-smtp.enabled", havingValue = "true")
    JavaMailSender demoMailSender(DemoMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return sender;
    }
}
