package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.base.InvalidInputException;
import org.redress.base.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@RedressTest
@Transactional
@WithMockUser(username = "staff", roles = "STAFF")
class ComplaintValidationTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    TestData data;

    ComplaintDraft valid;

    @BeforeEach
    void validDraft() {
        valid = TestData.draft(data.merchant("鑫源数码旗舰店").id());
    }

    private ComplaintDraft with(LocalDate received, String phone, String email, BigDecimal paid, BigDecimal claimed,
                                LocalDate purchased, String narrative) {
        return new ComplaintDraft(null, received, Channel.PHONE, "李娜", phone, email, "广东", "深圳",
                valid.merchantId(), "KUAISHOU", null, null, purchased, paid, claimed, PaymentMethod.CARD,
                Category.REFUND_REFUSED, narrative, false, false);
    }

    @Test
    void a_valid_draft_has_no_errors() {
        assertThat(texts(complaints.check(valid))).isEmpty();
    }

    @Test
    void dates_in_the_future_are_refused() {
        LocalDate tomorrow = LocalDate.now().plusDays(2);
        Map<String, String> errors = texts(complaints.check(with(tomorrow, "13800138000", null, BigDecimal.TEN,
                BigDecimal.TEN, tomorrow, "text")));
        assertThat(errors).containsKeys("receivedAt", "purchaseDate");
    }

    @Test
    void a_purchase_after_the_complaint_was_received_is_refused() {
        Map<String, String> errors = texts(complaints.check(with(LocalDate.now().minusDays(5), "13800138000", null,
                BigDecimal.TEN, BigDecimal.TEN, LocalDate.now().minusDays(1), "text")));
        assertThat(errors).containsEntry("purchaseDate", "Must not be after the date the complaint was received");
    }

    @Test
    void amounts_must_be_non_negative_at_most_ten_million_with_two_decimals() {
        LocalDate d = LocalDate.now().minusDays(1);
        assertThat(texts(complaints.check(with(d, "13800138000", null, new BigDecimal("-1"), BigDecimal.ONE, null,
                "t"))))
                .containsEntry("amountPaid", "Must not be negative");
        assertThat(texts(complaints.check(with(d, "13800138000", null, BigDecimal.ONE, new BigDecimal("10000000.01"),
                null, "t"))))
                .containsKey("amountClaimed");
        assertThat(texts(complaints.check(with(d, "13800138000", null, new BigDecimal("1.005"), BigDecimal.ONE, null,
                "t"))))
                .containsEntry("amountPaid", "At most two decimals");
        assertThat(texts(complaints.check(with(d, "13800138000", null, new BigDecimal("10000000"), BigDecimal.ZERO,
                null, "t"))))
                .isEmpty();
    }

    @Test
    void phone_and_email_formats_are_checked_and_one_of_them_is_required() {
        LocalDate d = LocalDate.now().minusDays(1);
        assertThat(texts(complaints.check(with(d, "call me", null, BigDecimal.ONE, BigDecimal.ONE, null, "t"))))
                .containsKey("consumerPhone");
        assertThat(texts(complaints.check(with(d, null, "not-an-email", BigDecimal.ONE, BigDecimal.ONE, null, "t"))))
                .containsKey("consumerEmail");
        assertThat(texts(complaints.check(with(d, " ", null, BigDecimal.ONE, BigDecimal.ONE, null, "t"))))
                .containsEntry("consumerPhone", "Give a phone number or an e-mail address");
        assertThat(texts(complaints.check(with(d, "+86 138-0013-8000", null, BigDecimal.ONE, BigDecimal.ONE, null,
                "t"))))
                .isEmpty();
    }

    @Test
    void a_narrative_over_twenty_thousand_characters_is_refused_and_nothing_is_saved() {
        ComplaintDraft tooLong = with(LocalDate.now().minusDays(1), "13800138000", null, BigDecimal.ONE,
                BigDecimal.ONE, null, "跑".repeat(20_001));
        long before = complaints.count(ComplaintFilter.all());

        assertThatThrownBy(() -> complaints.file(tooLong)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("narrative"));
        assertThat(complaints.count(ComplaintFilter.all())).isEqualTo(before);
    }

    @Test
    void an_external_id_can_be_used_only_once() {
        ComplaintDraft first = new ComplaintDraft("PARTNER-1", valid.receivedAt(), valid.channel(),
                valid.consumerName(), valid.consumerPhone(), null, "浙江", null, valid.merchantId(), "KUAISHOU", null,
                null, null, BigDecimal.ONE, BigDecimal.ONE, PaymentMethod.CARD, Category.OTHER, "x", false, false);
        complaints.file(first);
        assertThatThrownBy(() -> complaints.file(first)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("externalId");
    }

    /** The field errors as the reader sees them (English here: no portal session or request says otherwise). */
    private static Map<String, String> texts(Map<String, Message> errors) {
        Map<String, String> texts = new TreeMap<>();
        errors.forEach((field, message) -> texts.put(field, message.text()));
        return texts;
    }
}
