package org.redress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A narrative is text: whatever a consumer or partner wrote, a search snippet carries no markup but the highlight. */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class HostileSnippetTest {

    static final List<String> HOSTILE = List.of(
            "<img src=x onerror=alert(1)> 商家跑路了",
            "<mark><img src=x onerror=alert(2)></mark> 商家跑路了",
            "\"><script>alert(3)</script> 退款",
            "<svg/onload=alert(4)> refund");

    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintSearch search;
    @Autowired
    TestData data;

    @Test
    void snippetsAreEscapedWhetherOrNotTheWordsMatch() {
        long merchant = data.merchant("恶意文本测试店" + System.nanoTime()).id();
        for (String narrative : HOSTILE) {
            var draft = TestData.draft(merchant);
            complaints.file(new ComplaintDraft(null, draft.receivedAt(), draft.channel(), draft.consumerName(),
                    draft.consumerPhone(), draft.consumerEmail(), draft.province(), draft.city(), merchant,
                    draft.platformCode(), null, null, draft.purchaseDate(), draft.amountPaid(),
                    draft.amountClaimed(), draft.paymentMethod(), draft.category(), narrative, true, false));
        }
        for (String words : List.of("", "跑路", "退款", "refund", "onerror", "img", "完全不相干")) {
            var result = search.search(new ComplaintSearchQuery(words, merchant, Set.of(), Set.of(), Set.of(),
                    Set.of(), Set.of(), null, null, null, null, null), 0, 20);
            for (ComplaintHit hit : result.items()) {
                String withoutHighlight = hit.snippet().replace("<mark>", "").replace("</mark>", "");
                assertThat(withoutHighlight).as("snippet for '%s'", words).doesNotContain("<").doesNotContain(">");
            }
        }
        var all = search.search(new ComplaintSearchQuery("", merchant, Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), null, null, null, null, null), 0, 20);
        assertThat(all.items()).hasSize(HOSTILE.size());
        assertThat(all.items()).anySatisfy(hit -> assertThat(hit.snippet()).contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    void theHighlightStaysAndTextIsShownAsWritten() {
        assertThat(SafeSnippet.of("a &lt;b&gt; <mark>跑路</mark> c")).isEqualTo("a &lt;b&gt; <mark>跑路</mark> c");
        assertThat(SafeSnippet.of("Tom & Jerry <b>")).isEqualTo("Tom &amp; Jerry &lt;b&gt;");
        assertThat(SafeSnippet.of("<mark x=1>y <mark>z</mark>")).isEqualTo("&lt;mark x=1&gt;y <mark>z</mark>");
        assertThat(SafeSnippet.of("<mark x=1>y</mark>")).isEqualTo("&lt;mark x=1&gt;y&lt;/mark&gt;");
    }
}
