package org.redress.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail over SMTP through Spring's mail support; fails when no mail server is configured. */
@Component
class EmailSender implements NoticeSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;

    EmailSender(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public NoticeChannel channel() {
        return NoticeChannel.EMAIL;
    }

    @Override
    public void send(Notice notice) throws DeliveryFailure {
        send(notice.recipient(), notice.subject(), notice.text(), notice.attachment());
    }

    void send(String to, String subject, String text) throws DeliveryFailure {
        send(to, subject, text, null);
    }

    private void send(String to, String subject, String text, Notice.Attachment attachment) throws DeliveryFailure {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new DeliveryFailure("no mail server configured (spring.mail.host)", null);
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
            if (attachment != null) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(
                        attachment.content().getBytes(StandardCharsets.UTF_8)), attachment.contentType());
            }
            sender.send(message);
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailure("mail to " + Recipients.mask(NoticeChannel.EMAIL, to) + " failed", e);
        }
    }
}
