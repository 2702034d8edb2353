package org.redress.notification;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through an HTTP gateway in the shape Chinese providers use (Alibaba Cloud's SendSms parameters, as resold by API
 * marketplaces): a POST of {@code PhoneNumbers}, {@code SignName}, {@code TemplateCode} and {@code TemplateParam}
 * (JSON) with "Authorization: APPCODE key", answered by {@code {"Code":"OK"}}. Only approved templates can be sent,
 * so a notice's template is mapped to the provider's template code. Without a gateway url (demo), the text goes to the
 * embedded mail server as a message to {@code <number>@sms.invalid}.
 */
@Component
class SmsGateway implements NoticeSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotificationProperties.Sms settings;
    private final ObjectProvider<DemoMailServer> demoServer;
    private final EmailSender email;
    private final RestClient http;

    SmsGateway(NotificationProperties properties, ObjectProvider<DemoMailServer> demoServer, EmailSender email) {
        this.settings = properties.sms();
        this.demoServer = demoServer;
        this.email = email;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public NoticeChannel channel() {
        return NoticeChannel.SMS;
    }

    @Override
    public void send(Notice notice) throws DeliveryFailure {
        if (settings.url() == null) {
            if (demoServer.getIfAvailable() == null) {
                throw new DeliveryFailure("no SMS gateway configured (redress.notification.sms.url)", null);
            }
            email.send(notice.recipient() + "@sms.invalid", "SMS " + notice.recipient(), notice.text());
            return;
        }
        String template = settings.templates().get(notice.template());
        if (template == null) {
            throw new DeliveryFailure("no SMS template for " + notice.template()
                    + " (redress.notification.sms.templates." + notice.template() + ")", null);
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("PhoneNumbers", notice.recipient());
        body.put("SignName", settings.signName());
        body.put("TemplateCode", template);
        body.put("TemplateParam", JSON.writeValueAsString(notice.params()));
        try {
            String answer = http.post().uri(settings.url()).contentType(MediaType.APPLICATION_JSON)
                    .header("Authorization", "APPCODE " + settings.appCode())
                    .body(JSON.writeValueAsString(body)).retrieve().body(String.class);
            JsonNode result = JSON.readTree(answer == null ? "{}" : answer);
            if (!"OK".equalsIgnoreCase(result.path("Code").asString(""))) {
                throw new DeliveryFailure("SMS gateway refused: " + result.path("Code").asString("?") + " "
                        + result.path("Message").asString(""), null);
            }
        } catch (RestClientException | JacksonException e) {
            throw new DeliveryFailure("SMS gateway unreachable or answered badly", e);
        }
    }
}
