package org.redress.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the audit trail stores is read in the reader's language, whenever it was written. */
class StoredTextTest {

    private enum ComplaintStatus { IN_MEDIATION }

    @Test
    void a_stored_message_reads_in_each_language_with_constants_and_nested_reasons_labelled() {
        String reason = StoredText.encode("audit.value.sessionScheduled", 12);
        String stored = StoredText.encode("audit.value.statusBecause", ComplaintStatus.IN_MEDIATION, "", reason,
                Message.of("audit.value.asOf", LocalDate.of(2026, 11, 30)));

        assertThat(StoredText.render(stored, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("调解中（已安排调解会 #12），补录日期 2026-11-30");
        assertThat(StoredText.render(stored, Locale.ENGLISH))
                .isEqualTo("In mediation (session #12 scheduled) as of 2026-11-30");
    }

    @Test
    void plain_text_is_shown_as_typed_but_constant_names_in_it_by_their_labels() {
        assertThat(StoredText.render("消费者撤回", Locale.SIMPLIFIED_CHINESE)).isEqualTo("消费者撤回");
        assertThat(StoredText.render("RECEIVED", Locale.SIMPLIFIED_CHINESE, "ComplaintStatus")).isEqualTo("已收到");
        assertThat(StoredText.render("WALK_IN", Locale.ENGLISH, "Channel")).doesNotContain("WALK_IN");
        assertThat(StoredText.render("a § b", Locale.ENGLISH)).isEqualTo("a § b");
    }

    @Test
    void an_entry_already_stored_nests_inside_another_and_still_reads_in_each_language() {
        // A session scheduled for a class dispute: session → its dispute's timeline → every member case's.
        String onSession = StoredText.of(Message.of("audit.value.onSession", 7,
                Message.of("audit.value.session", "2026-12-02 14:15", 30, "mediator", "第一调解室", "")));
        String onMember = StoredText.encode("audit.value.onDispute", "CD-1", onSession);

        assertThat(StoredText.render(onMember, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2026-12-02 14:15（30 分钟），mediator，第一调解室 · 调解会 #7 · CD-1");
        assertThat(StoredText.render(onMember, Locale.ENGLISH))
                .isEqualTo("2026-12-02 14:15 (30 min), mediator, 第一调解室 · session #7 · CD-1");
    }
}
