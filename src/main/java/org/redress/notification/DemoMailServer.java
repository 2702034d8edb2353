package org.redress.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;

/**
 * A real SMTP server (GreenMail) started with the portal in the demo profile and in the tests: notices are sent to it
 * over SMTP like to any mail server, and kept in memory for the demo mailbox page. Never for production.
 */
public class DemoMailServer implements DisposableBean {

    private final GreenMail server;

    DemoMailServer(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** What was sent, newest first. */
    public List<MailboxMessage> messages() {
        List<MailboxMessage> messages = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            try {
                Object content = m.getContent();
                messages.add(new MailboxMessage(String.join(", ", List.of(m.getAllRecipients()).stream()
                        .map(Object::toString).toList()), m.getSubject(),
                        m.getSentDate() == null ? Instant.EPOCH : m.getSentDate().toInstant(),
                        text(content), attachments(content)));
            } catch (MessagingException | IOException e) {
                messages.add(new MailboxMessage("?", "?", Instant.EPOCH, e.getMessage(), List.of()));
            }
        }
        // Newest first; the Date header has whole seconds, so messages of one second stay newest first by arrival.
        Collections.reverse(messages);
        messages.sort(Comparator.comparing(MailboxMessage::sentAt).reversed());
        return messages;
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getFileName() == null) {
                    return text(part.getContent());
                }
            }
            return "";
        }
        return content instanceof String text ? text : String.valueOf(content);
    }

    /** The attached files' names with their content, e.g. a session's .ics. */
    private static List<MailboxMessage.File> attachments(Object content) throws MessagingException, IOException {
        List<MailboxMessage.File> files = new ArrayList<>();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getFileName() != null) {
                    files.add(new MailboxMessage.File(part.getFileName(), part.getContentType(),
                            new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return files;
    }

    @Override
    public void destroy() {
        server.stop();
    }

    /** One message as the demo mailbox shows it. */
    public record MailboxMessage(String to, String subject, Instant sentAt, String text, List<File> attachments) {

        public record File(String name, String contentType, String content) {
        }
    }
}
