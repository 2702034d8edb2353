package org.redress.consumernotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.audit.AuditAction;
import org.redress.audit.AuditRecord;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.complaint.CaseWorkflow;
import org.redress.complaint.ComplaintDetails;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.mediation.ParticipantRequest;
import org.redress.mediation.ParticipantRole;
import org.redress.mediation.SessionBooking;
import org.redress.mediation.SessionRequest;
import org.redress.merchant.MerchantSummary;
import org.redress.notification.DemoMailServer;
import org.redress.notification.NoticeChannel;
import org.redress.respondent.NewRespondent;
import org.redress.respondent.ReferralView;
import org.redress.respondent.Referrals;
import org.redress.respondent.RespondentDirectory;
import org.redress.respondent.RespondentKind;
import org.redress.respondent.ResponseCode;
import org.redress.security.AccountProvisioning;
import org.redress.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Consumers who asked for progress notices at intake hear of each step, by the channels they chose, from a real
 * SMTP server (SMS go to it as well in tests); the others hear nothing. A notice that cannot be delivered is tried
 * again, then shown to staff as failed and can be sent again; two pollers never send one notice twice.
 */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class ConsumerNoticesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    ComplaintService complaints;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    Referrals referrals;
    @Autowired
    RespondentDirectory respondents;
    @Autowired
    SessionBooking booking;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    NoticeDelivery delivery;
    @Autowired
    CaseNotices caseNotices;
    @Autowired
    ConsumerNoticeRepository notices;
    @Autowired
    AuditService audit;
    @Autowired
    DemoMailServer mail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    private static String unique() {
        return String.format("%04d", (SEQ.incrementAndGet() * 37 + System.nanoTime()) % 10_000);
    }

    private static ComplaintDraft draft(Long merchantId, String phone, String email, boolean bySms, boolean byEmail) {
        ComplaintDraft d = TestData.draft(merchantId);
        return new ComplaintDraft(d.externalId(), d.receivedAt(), d.channel(), d.consumerName(), phone, email,
                d.province(), d.city(), d.merchantId(), d.platformCode(), d.orderNumber(), d.platformTicket(),
                d.purchaseDate(), d.amountPaid(), d.amountClaimed(), d.paymentMethod(), d.category(), d.narrative(),
                d.shareConsent(), d.publicationConsent(), bySms, byEmail);
    }

    private String respondentFor(MerchantSummary shop) {
        String username = "notice-shop-" + unique() + SEQ.get();
        TestData.asAdmin(() -> respondents.create(new NewRespondent(RespondentKind.MERCHANT, List.of(shop.id()), null,
                null, null, username, "Answer-Within-10-Days!")));
        return username;
    }

    private List<DemoMailServer.MailboxMessage> to(String recipient) {
        return mail.messages().stream().filter(m -> m.to().contains(recipient)).toList();
    }

    private List<AuditRecord> timeline(ComplaintDetails c, AuditAction action) {
        return TestData.asUserGet("staff", "STAFF", () -> audit.timeline(AuditSubject.COMPLAINT, c.id())).stream()
                .filter(r -> r.action().equals(action.name())).toList();
    }

    @Test
    void aConsumerWhoAskedHearsEachStepByTheChannelsChosen() {
        MerchantSummary shop = data.merchant("通知测试羽绒服店" + unique());
        String shopAccount = respondentFor(shop);
        String phone = "1391234" + unique();
        String email = "notice" + phone + "@example.cn";
        ComplaintDetails c = complaints.file(draft(shop.id(), phone, email, true, true));
        assertThat(c.notifyBySms()).isTrue();
        assertThat(caseNotices.ofCase(c.caseNumber())).as("receipt is not acceptance").isEmpty();

        long referral = referrals.refer(c.caseNumber(), RespondentKind.MERCHANT, "请核实并答复", null).id();
        assertThat(caseNotices.ofCase(c.caseNumber())).extracting(NoticeView::kind, NoticeView::channel,
                        NoticeView::status)
                .containsExactlyInAnyOrder(
                        tuple(NoticeKind.ACCEPTED, NoticeChannel.SMS, NoticeStatus.PENDING),
                        tuple(NoticeKind.ACCEPTED, NoticeChannel.EMAIL, NoticeStatus.PENDING),
                        tuple(NoticeKind.REFERRED, NoticeChannel.SMS, NoticeStatus.PENDING),
                        tuple(NoticeKind.REFERRED, NoticeChannel.EMAIL, NoticeStatus.PENDING));
        delivery.deliverDue();
        assertThat(to(phone + "@sms.invalid")).extracting(DemoMailServer.MailboxMessage::text)
                .anySatisfy(t -> assertThat(t).contains(c.caseNumber()).contains("已受理"))
                .anySatisfy(t -> assertThat(t).contains("已转交" + shop.name() + "处理").contains("前答复"));
        assertThat(to(email)).hasSize(2).allSatisfy(m -> assertThat(m.subject()).contains(c.caseNumber(), "新进展"));

        TestData.asUser(shopAccount, "RESPONDENT", () -> referrals.respond(referral,
                ResponseCode.CLOSED_WITH_MONETARY_RELIEF, "已为消费者办理退款", new BigDecimal("200")));
        delivery.deliverDue();
        assertThat(to(email)).anySatisfy(m -> assertThat(m.text()).contains("作出答复", "已办结，给予金钱补救", "¥200.00"));

        String mediator = "notice-med" + unique() + SEQ.incrementAndGet();
        TestData.asAdmin(() -> accounts.ensureAccount(mediator, mediator, "Mediator-Pass-2026", Set.of(Role.MEDIATOR)));
        LocalDate monday = LocalDate.now(SHANGHAI).plusYears(1).plusWeeks(SEQ.incrementAndGet())
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        OffsetDateTime start = monday.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toOffsetDateTime();
        booking.schedule(new SessionRequest(c.caseNumber(), null, mediator, start, 60, null,
                "https://meet.example.cn/r/notice", "核对退款金额",
                List.of(new ParticipantRequest("王芳", ParticipantRole.CONSUMER, phone),
                        new ParticipantRequest("店铺客服小李", ParticipantRole.MERCHANT, null))));
        delivery.deliverDue();
        DemoMailServer.MailboxMessage invitation = to(email).stream()
                .filter(m -> m.text().contains("调解会定于")).findFirst().orElseThrow();
        assertThat(invitation.text()).contains(monday + " 10:00", "https://meet.example.cn/r/notice");
        assertThat(invitation.attachments()).singleElement().satisfies(ics -> {
            assertThat(ics.name()).isEqualTo("session.ics");
            assertThat(ics.contentType()).contains("text/calendar");
            assertThat(ics.content()).contains("BEGIN:VEVENT", "METHOD:REQUEST")
                    .as("no other party's name goes to the consumer").doesNotContain("店铺客服小李", mediator);
        });
        assertThat(to(phone + "@sms.invalid")).anySatisfy(m -> assertThat(m.text()).contains("调解会定于")
                .doesNotContain("BEGIN:VCALENDAR"));

        List<NoticeView> sent = caseNotices.ofCase(c.caseNumber());
        assertThat(sent).hasSize(8).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo(NoticeStatus.SENT);
            assertThat(n.sentTo()).doesNotContain(phone).doesNotContain(email);
        });
        assertThat(timeline(c, AuditAction.NOTICE_SENT)).hasSize(8)
                .anySatisfy(r -> assertThat(r.newValue()).contains("139****" + phone.substring(7)));
    }

    @Test
    void anAnswerAskingForMoreTimeTellsTheNewDateAndAnAnswerWithoutMoneyNamesNoAmount() {
        MerchantSummary shop = data.merchant("通知测试延期店" + unique());
        String shopAccount = respondentFor(shop);
        String email = "later" + unique() + "@example.cn";
        ComplaintDetails c = complaints.file(draft(shop.id(), "1394444" + unique(), email, false, true));
        long referral = referrals.refer(c.caseNumber(), RespondentKind.MERCHANT, null, null).id();

        ReferralView extended = TestData.asUserGet(shopAccount, "RESPONDENT", () -> referrals.respond(referral,
                ResponseCode.IN_PROGRESS, "已送厂家检测", null));
        delivery.deliverDue();
        assertThat(to(email)).anySatisfy(m -> assertThat(m.text()).contains("正在处理", extended.dueOn().toString())
                .doesNotContain("金额"));

        TestData.asUser(shopAccount, "RESPONDENT", () -> referrals.respond(referral,
                ResponseCode.CLOSED_WITH_EXPLANATION, "检测结果为人为损坏", null));
        delivery.deliverDue();
        assertThat(to(email)).anySatisfy(m -> assertThat(m.text()).contains("已办结，作出解释").doesNotContain("金额", "—"));
    }

    @Test
    void consumersWhoDidNotAskHearNothingAndARejectionSaysWhy() {
        MerchantSummary shop = data.merchant("通知测试不打扰店" + unique());
        respondentFor(shop);
        ComplaintDetails quiet = complaints.file(draft(shop.id(), "1392222" + unique(), "quiet@example.cn", false,
                false));
        referrals.refer(quiet.caseNumber(), RespondentKind.MERCHANT, null, null);
        assertThat(caseNotices.ofCase(quiet.caseNumber())).isEmpty();

        String email = "reject" + unique() + "@example.cn";
        ComplaintDetails rejected = complaints.file(draft(shop.id(), "1393333" + unique(), email, false, true));
        workflow.transition(rejected.caseNumber(), ComplaintStatus.REJECTED, "不属于消费纠纷，属劳动争议", null);
        delivery.deliverDue();
        assertThat(caseNotices.ofCase(rejected.caseNumber())).singleElement()
                .satisfies(n -> assertThat(n.channel()).isEqualTo(NoticeChannel.EMAIL));
        assertThat(to(email)).singleElement().satisfies(m -> assertThat(m.text())
                .contains("不予受理", "不属于消费纠纷，属劳动争议"));
    }

    @Test
    void aChoiceTheContactsCannotCarryIsRefusedAtIntake() {
        MerchantSummary shop = data.merchant("通知测试座机店" + unique());
        assertThatThrownBy(() -> complaints.file(draft(shop.id(), "0571-88886666", "", true, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("notifyBySms", "SMS notices need a mobile number"));
        assertThatThrownBy(() -> complaints.file(draft(shop.id(), "13900001111", null, false, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("notifyByEmail"));
    }

    @Test
    void anUndeliverableNoticeIsTriedFourTimesThenShownToStaffWhoCanSendItAgain() throws Exception {
        MerchantSummary shop = data.merchant("通知测试退信店" + unique());
        ComplaintDetails c = complaints.file(draft(shop.id(), "1394444" + unique(), "ok@example.cn", false, true));
        // An address the mail library refuses, as a mail server refuses a mistyped one.
        ConsumerNotice notice = notices.save(new ConsumerNotice(c.id(), NoticeKind.ACCEPTED, NoticeChannel.EMAIL,
                "wang fang at example", "主题", "您的投诉已受理", "{}", null, Instant.now()));
        for (int attempt = 1; attempt <= NoticeDelivery.MAX_ATTEMPTS; attempt++) {
            delivery.deliverDue();
            ConsumerNotice now = notices.findById(notice.getId()).orElseThrow();
            assertThat(now.getAttempts()).isEqualTo(attempt);
            if (attempt < NoticeDelivery.MAX_ATTEMPTS) {
                assertThat(now.getStatus()).isEqualTo(NoticeStatus.PENDING);
                assertThat(now.getNextAttemptAt()).isAfter(Instant.now().plus(NoticeDelivery.BACKOFF.get(attempt - 1))
                        .minusSeconds(30));
                delivery.deliverDue();
                assertThat(notices.findById(notice.getId()).orElseThrow().getAttempts()).as("not due yet")
                        .isEqualTo(attempt);
                jdbc.sql("update consumer_notice set next_attempt_at = ? where id = ?")
                        .params(OffsetDateTime.now().minusSeconds(1), notice.getId()).update();
            }
        }
        assertThat(notices.findById(notice.getId()).orElseThrow().getStatus()).isEqualTo(NoticeStatus.FAILED);
        assertThat(timeline(c, AuditAction.NOTICE_FAILED)).singleElement()
                .satisfies(r -> assertThat(r.newValue()).contains("4"));
        assertThat(caseNotices.withStatus(NoticeStatus.FAILED)).filteredOn(n -> n.id() == notice.getId())
                .singleElement().satisfies(n -> assertThat(n.lastError()).as("why, in words, for staff")
                        .isNotBlank().doesNotContain("§", "error.notification"));

        mvc.perform(get("/api/v1/notices?status=FAILED").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + notice.getId() + ")].caseNumber").value(c.caseNumber()));
        mvc.perform(get("/api/v1/notices").with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith("application/json"));
        mvc.perform(get("/api/v1/notices?status=LOST").with(user("staff").roles("STAFF")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/notices/" + notice.getId() + "/retry").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.attempts").value(0));
        mvc.perform(post("/api/v1/notices/" + notice.getId() + "/retry").with(user("staff").roles("STAFF")))
                .andExpect(status().isConflict());
        assertThat(timeline(c, AuditAction.NOTICE_QUEUED_AGAIN)).hasSize(1);
        assertThatThrownBy(() -> TestData.asUser("staff", "STAFF", () -> caseNotices.sendAgain(notice.getId())))
                .isInstanceOf(BusinessRuleException.class);
        delivery.deliverDue();
        assertThat(notices.findById(notice.getId()).orElseThrow().getStatus())
                .as("sent again to the address the case holds now").isEqualTo(NoticeStatus.SENT);
        assertThat(to("ok@example.cn")).anySatisfy(m -> assertThat(m.text()).contains("您的投诉已受理"));
    }

    @Test
    void twoPollersNeverSendOneNoticeTwice() throws Exception {
        MerchantSummary shop = data.merchant("通知测试并发店" + unique());
        ComplaintDetails c = complaints.file(draft(shop.id(), "1395555" + unique(), "ok@example.cn", false, true));
        String tag = "race" + unique() + SEQ.incrementAndGet();
        for (int i = 0; i < 30; i++) {
            notices.save(new ConsumerNotice(c.id(), NoticeKind.ACCEPTED, NoticeChannel.EMAIL,
                    tag + "-" + i + "@example.cn", "主题", "您的投诉已受理", "{}", null, Instant.now()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> pollers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pollers.add(delivery::deliverDue);
        }
        int sent = 0;
        for (var result : pool.invokeAll(pollers)) {
            sent += result.get();
        }
        pool.shutdown();
        assertThat(sent).as("other tests' notices may be sent too").isGreaterThanOrEqualTo(30);
        for (int i = 0; i < 30; i++) {
            assertThat(to(tag + "-" + i + "@example.cn")).as("messages to notice " + i).hasSize(1);
        }
        assertThat(notices.findByComplaintIdOrderByIdDesc(c.id())).allSatisfy(n -> {
            assertThat(n.getStatus()).isEqualTo(NoticeStatus.SENT);
            assertThat(n.getAttempts()).isEqualTo(1);
        });
    }
}
