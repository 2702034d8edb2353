package org.redress.agreement;

import java.util.Locale;
import java.util.Map;
import org.redress.base.Message;
import org.redress.base.Organisation;
import org.redress.base.Texts;
import org.redress.notification.Notice;
import org.redress.notification.NoticeChannel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The message that carries a signing code to a party: who sends it, which agreement, the code and how long it is
 * valid, and the link to sign on their own; in Chinese with the English below (the party's language is not known).
 */
@Component
class SigningNotice {

    static final String TEMPLATE = "signing-code";

    private final Organisation organisation;
    private final AgreementPdf pdf;
    private final String publicUrl;

    SigningNotice(Organisation organisation, AgreementPdf pdf,
                  @Value("${redress.public-url:http://localhost:8080}") String publicUrl) {
        this.organisation = organisation;
        this.pdf = pdf;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    Notice of(AgreementDetails a, NoticeChannel channel, String to, IssuedCode code) {
        String number = pdf.number(a);
        String link = publicUrl + "/sign/" + code.linkToken();
        long minutes = SigningCodes.VALIDITY.toMinutes();
        Object[] args = {organisation.name(), number, code.code(), minutes, link};
        String text = Texts.render(Message.of("signing.notice.text", args), Texts.CHINESE) + "\n\n"
                + Texts.render(Message.of("signing.notice.text", organisation.nameEn(), number, code.code(), minutes,
                        link), Locale.ROOT);
        String subject = Texts.render(Message.of("signing.notice.subject", number), Texts.CHINESE) + " / "
                + Texts.render(Message.of("signing.notice.subject", number), Locale.ROOT);
        return new Notice(channel, to, subject, text, TEMPLATE, Map.of("code", code.code(), "number", number,
                "minutes", String.valueOf(minutes), "link", link));
    }
}
