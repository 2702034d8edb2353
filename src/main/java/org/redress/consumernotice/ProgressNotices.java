package org.redress.consumernotice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.agreement.AgreementBound;
import org.redress.agreement.PaymentRecorded;
import org.redress.base.Organisation;
import org.redress.base.RedressProperties;
import org.redress.base.Texts;
import org.redress.complaint.CaseStatusChanged;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.NoticeContact;
import org.redress.complaint.NoticeContacts;
import org.redress.dispute.DisputeMembers;
import org.redress.mediation.SessionCalendar;
import org.redress.mediation.SessionChanged;
import org.redress.mediation.SessionInvitation;
import org.redress.notification.NoticeChannel;
import org.redress.respondent.ReferralAnswered;
import org.redress.respondent.ReferralSent;
import org.redress.respondent.ResponseCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what happens to a case into notices for the consumers who asked for them. Listeners run in the
 * transaction of the change, so the notice is stored with it or not at all; delivery comes after
 * ({@link NoticeDelivery}). Texts are written in the notices' language (Chinese unless configured otherwise) from
 * the message bundle, with the same values as the SMS template's parameters.
 */
@Component
class ProgressNotices {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConsumerNoticeRepository notices;
    private final NoticeContacts contacts;
    private final DisputeMembers members;
    private final SessionCalendar calendar;
    private final Organisation organisation;
    private final Locale language;
    private final ZoneId zone;
    private final Clock clock;

    ProgressNotices(ConsumerNoticeRepository notices, NoticeContacts contacts, DisputeMembers members,
                    SessionCalendar calendar, Organisation organisation, RedressProperties properties,
                    @Value("${redress.notices.language:zh-CN}") Locale language, Clock clock) {
        this.notices = notices;
        this.contacts = contacts;
        this.members = members;
        this.calendar = calendar;
        this.organisation = organisation;
        this.language = language;
        this.zone = properties.zone();
        this.clock = clock;
    }

    @EventListener
    void on(CaseStatusChanged e) {
        if (e.accepts()) {
            queue(e.complaintId(), NoticeKind.ACCEPTED, null, params("caseNumber", e.caseNumber()));
        } else if (e.to() == ComplaintStatus.REJECTED) {
            queue(e.complaintId(), NoticeKind.REJECTED, null, params("caseNumber", e.caseNumber(),
                    "reason", e.reason() == null ? "—" : e.reason()));
        }
    }

    @EventListener
    void on(ReferralSent e) {
        queue(e.complaintId(), NoticeKind.REFERRED, null, params("caseNumber", e.caseNumber(),
                "respondent", e.respondentName(), "dueOn", date(e.dueOn())));
    }

    @EventListener
    void on(ReferralAnswered e) {
        // One kind of notice, worded for what the answer says: more time asked, money offered, or neither.
        String wording = e.code() == ResponseCode.IN_PROGRESS ? ".inProgress"
                : e.amountOffered() == null ? ".noAmount" : "";
        Map<String, String> params = params("caseNumber", e.caseNumber(), "respondent", e.respondentName(),
                "answer", Texts.render("ResponseCode." + e.code().name(), language),
                "amount", e.amountOffered() == null ? "—" : money(e.amountOffered()), "dueOn", date(e.dueOn()));
        contacts.of(e.complaintId()).ifPresent(contact -> queue(contact, NoticeKind.ANSWERED,
                "notice.consumer.ANSWERED" + wording, null, params));
    }

    @EventListener
    void on(SessionChanged e) {
        SessionInvitation invitation = calendar.invitation(e.sessionId());
        NoticeKind kind = switch (e.change()) {
            case SCHEDULED -> NoticeKind.SESSION_SCHEDULED;
            case RESCHEDULED -> NoticeKind.SESSION_RESCHEDULED;
            case CANCELLED -> NoticeKind.SESSION_CANCELLED;
        };
        Collection<Long> concerned = e.disputeId() != null ? members.complaintIds(e.disputeId())
                : List.of(e.complaintId());
        String when = WHEN.format(invitation.start().atZoneSameInstant(zone));
        String place = invitation.place() == null ? "—" : invitation.place();
        for (NoticeContact contact : contacts.ofAll(concerned)) {
            queue(contact, kind, invitation.ics(), params("caseNumber", contact.caseNumber(), "when", when,
                    "place", place));
        }
    }

    @EventListener
    void on(AgreementBound e) {
        for (NoticeContact contact : contacts.ofCases(e.caseNumbers())) {
            queue(contact, NoticeKind.AGREEMENT_BINDING, null, params("caseNumber", contact.caseNumber()));
        }
    }

    @EventListener
    void on(PaymentRecorded e) {
        for (NoticeContact contact : contacts.ofCases(List.of(e.caseNumber()))) {
            queue(contact, NoticeKind.PAYMENT_RECORDED, null, params("caseNumber", contact.caseNumber(),
                    "amount", money(e.amount()), "paidOn", date(e.paidOn())));
        }
    }

    private void queue(long complaintId, NoticeKind kind, String ics, Map<String, String> params) {
        contacts.of(complaintId).ifPresent(contact -> queue(contact, kind, ics, params));
    }

    private void queue(NoticeContact contact, NoticeKind kind, String ics, Map<String, String> params) {
        queue(contact, kind, "notice.consumer." + kind.name(), ics, params);
    }

    private void queue(NoticeContact contact, NoticeKind kind, String textKey, String ics,
                       Map<String, String> params) {
        if (!contact.wanted()) {
            return;
        }
        String text = clip(Texts.render(textKey, language, params.values().toArray()), ConsumerNotice.TEXT_MAX);
        String subject = clip(Texts.render("notice.consumer.subject", language, organisation.name(),
                contact.caseNumber()), ConsumerNotice.SUBJECT_MAX);
        String json = JSON.writeValueAsString(params);
        contact.mobile().ifPresent(mobile -> notices.save(new ConsumerNotice(contact.complaintId(), kind,
                NoticeChannel.SMS, mobile, subject, text, json, null, clock.instant())));
        contact.email().ifPresent(email -> notices.save(new ConsumerNotice(contact.complaintId(), kind,
                NoticeChannel.EMAIL, email, subject, text + "\n\n" + organisation.name(), json, ics,
                clock.instant())));
    }

    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    private static String date(LocalDate date) {
        return date.toString();
    }

    private static String money(BigDecimal amount) {
        return "¥" + amount.setScale(2).toPlainString();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
