package org.redress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.Category;
import org.redress.complaint.ComplaintDraft;
import org.redress.complaint.ComplaintFilter;
import org.redress.complaint.ComplaintService;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.PaymentMethod;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Search quality and robustness on a small labelled set. The data is committed (search sees only committed,
 * indexed complaints) under a merchant of its own, and every query is narrowed to that merchant.
 */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class ComplaintSearchTest {

    static final String[] TEXTS = {
            "商家已经跑路了，客服联系不上，先用后付的钱还被扣了。",            // 0
            "主播说先用后付、随时可退，结果拒绝退款。",                       // 1
            "The merchant refused my refunds twice and blocked me.",         // 2
            "I was refunded only half of the price; the rest is missing.",  // 3
            "快递送到路口就不管了，包裹丢失。",                                 // 4: has 路 but not 跑路
            "客服态度很差，一直推诿。",                                         // 5
            "直播间宣传是纯羊毛大衣，收到的是化纤。False advertising!",       // 6
    };
    static final List<String> caseNumbers = new ArrayList<>();
    static Long merchantId;
    static String phone = "13600000077";

    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintSearch search;
    @Autowired
    MerchantService merchants;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void data() {
        if (merchantId != null) {
            return;
        }
        MerchantSummary merchant = merchants.create(new NewMerchant("搜索质量测试直播间", "KUAISHOU", "SQ-1"));
        merchantId = merchant.id();
        for (int i = 0; i < TEXTS.length; i++) {
            ComplaintDraft base = TestData.draft(merchantId);
            ComplaintDraft draft = new ComplaintDraft("SQ-" + i, LocalDate.now().minusDays(i), base.channel(),
                    "测试" + i, i == 3 ? phone : "1380000000" + i, null, i % 2 == 0 ? "浙江" : "广东", null, merchantId,
                    i < 3 ? "KUAISHOU" : "DOUYIN", "ORD-SQ-" + i, null, null, new BigDecimal(100 + i * 10),
                    new BigDecimal(100 + i * 10), i % 2 == 0 ? PaymentMethod.BUY_NOW_PAY_LATER : PaymentMethod.CARD,
                    i < 2 ? Category.MERCHANT_ABSCONDED : Category.REFUND_REFUSED, TEXTS[i], false, false);
            caseNumbers.add(complaints.file(draft).caseNumber());
        }
    }

    private ComplaintSearchResult find(String text) {
        return search.search(new ComplaintSearchQuery(text, merchantId, Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), null, null, null, null, ComplaintSearchQuery.Sort.RELEVANCE), 0, 50);
    }

    private List<String> hits(String text) {
        return find(text).items().stream().map(ComplaintHit::caseNumber).toList();
    }

    private List<String> cases(int... indexes) {
        List<String> expected = new ArrayList<>();
        for (int i : indexes) {
            expected.add(caseNumbers.get(i));
        }
        return expected;
    }

    @Test
    void chinese_words_find_the_complaints_that_contain_them_and_only_those() {
        assertThat(hits("跑路")).containsExactlyInAnyOrderElementsOf(cases(0));
        assertThat(hits("退款")).containsExactlyInAnyOrderElementsOf(cases(1));
        assertThat(hits("先用后付")).containsExactlyInAnyOrderElementsOf(cases(0, 1));
        assertThat(hits("客服")).containsExactlyInAnyOrderElementsOf(cases(0, 5));
        assertThat(hits("跑路 客服")).as("all words must match").containsExactlyInAnyOrderElementsOf(cases(0));
    }

    @Test
    void english_words_match_their_inflections() {
        assertThat(hits("refund")).containsExactlyInAnyOrderElementsOf(cases(2, 3));
        assertThat(hits("REFUNDED")).containsExactlyInAnyOrderElementsOf(cases(2, 3));
        assertThat(hits("\"false advertising\"")).containsExactlyInAnyOrderElementsOf(cases(6));
    }

    @Test
    void snippets_highlight_the_matching_words() {
        ComplaintHit hit = find("跑路").items().getFirst();
        assertThat(hit.snippet()).contains("<mark>").contains("跑").contains("</mark>");
        assertThat(hit.snippet().replaceAll("</?mark>", "")).contains("跑路");
        ComplaintHit english = find("refunds").items().getFirst();
        assertThat(english.snippet()).containsPattern("<mark>refund(s|ed)</mark>");
    }

    @Test
    void case_numbers_order_numbers_and_phones_find_their_case() {
        assertThat(hits(caseNumbers.get(4))).containsExactly(caseNumbers.get(4));
        assertThat(hits(caseNumbers.get(4).toLowerCase())).containsExactly(caseNumbers.get(4));
        assertThat(hits("ORD-SQ-5")).containsExactly(caseNumbers.get(5));
        assertThat(hits(phone)).containsExactly(caseNumbers.get(3));
    }

    @Test
    void facet_counts_agree_with_the_database() {
        ComplaintSearchResult all = find("");
        assertThat(all.total()).isEqualTo(TEXTS.length);
        for (Category category : Category.values()) {
            long inDatabase = complaints.count(new ComplaintFilter(Set.of(), null, category, merchantId, null, null,
                    null, false, null));
            assertThat(all.facets().get("category").getOrDefault(category.name(), 0L)).as(category.name())
                    .isEqualTo(inDatabase);
        }
        for (String platform : List.of("KUAISHOU", "DOUYIN")) {
            long inDatabase = complaints.count(new ComplaintFilter(Set.of(), platform, null, merchantId, null, null,
                    null, false, null));
            assertThat(all.facets().get("platform").get(platform)).isEqualTo(inDatabase);
        }
        assertThat(all.facets().get("paymentMethod")).containsEntry("BUY_NOW_PAY_LATER", 4L).containsEntry("CARD", 3L);
        assertThat(all.facets().get("province")).containsEntry("浙江", 4L).containsEntry("广东", 3L);
    }

    @Test
    void filters_narrow_the_hits_and_sorting_by_amount_orders_them() {
        ComplaintSearchResult douyinRefunds = search.search(new ComplaintSearchQuery("", merchantId, Set.of("DOUYIN"),
                Set.of(Category.REFUND_REFUSED), Set.of(ComplaintStatus.RECEIVED), Set.of(), Set.of(), null, null,
                new BigDecimal("140"), null, ComplaintSearchQuery.Sort.AMOUNT_DESC), 0, 50);
        assertThat(douyinRefunds.items()).extracting(ComplaintHit::caseNumber).containsExactlyElementsOf(cases(6, 5, 4));
        assertThat(douyinRefunds.items()).extracting(ComplaintHit::amountClaimed)
                .allSatisfy(amount -> assertThat(amount).isGreaterThanOrEqualTo(new BigDecimal("140")));
    }

    @Test
    void paging_returns_each_hit_once() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            seen.addAll(search.search(new ComplaintSearchQuery("", merchantId, Set.of(), Set.of(), Set.of(), Set.of(),
                    Set.of(), null, null, null, null, ComplaintSearchQuery.Sort.NEWEST), page, 2).items().stream()
                    .map(ComplaintHit::caseNumber).toList());
        }
        assertThat(seen).containsExactlyElementsOf(caseNumbers);
    }

    @Test
    void syntax_characters_unbalanced_quotes_emoji_and_huge_queries_never_fail() {
        for (String text : List.of("\"跑路", "AND OR NOT ((", "*?~^:!{}[]/\\", "😀🎉", "跑路 -客服 +", "\"\"", "   ")) {
            assertThat(find(text)).as(text).isNotNull();
        }
        ComplaintSearchResult huge = find("跑".repeat(10_000));
        assertThat(huge.notice()).contains("shortened");
        assertThat(find("😀🎉").items()).isEmpty();
    }

    @Test
    @WithMockUser(username = "regulator", roles = "REGULATOR")
    void a_regulator_may_not_search_cases() {
        assertThatThrownBy(() -> search.search(ComplaintSearchQuery.text("跑路"), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_search_api_returns_hits_with_snippets_and_facets() throws Exception {
        mvc.perform(get("/api/v1/complaints/search").param("q", "跑路").param("merchant", "搜索质量测试直播间")
                        .param("platform", "KUAISHOU").param("sort", "date").param("size", "10")
                        .with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.items[0].caseNumber").value(caseNumbers.get(0)))
                .andExpect(jsonPath("$.items[0].externalId").value("SQ-0"))
                .andExpect(jsonPath("$.items[0].merchantName").value("搜索质量测试直播间"))
                .andExpect(jsonPath("$.items[0].platform").value("KUAISHOU"))
                .andExpect(jsonPath("$.items[0].category").value("MERCHANT_ABSCONDED"))
                .andExpect(jsonPath("$.items[0].status").value("RECEIVED"))
                .andExpect(jsonPath("$.items[0].amountClaimed").value(100))
                .andExpect(jsonPath("$.items[0].snippet").value(Matchers.containsString("<mark>")))
                .andExpect(jsonPath("$.facets.platform.KUAISHOU").value(1))
                .andExpect(jsonPath("$.facets.category.MERCHANT_ABSCONDED").value(1))
                .andExpect(jsonPath("$.facets.status.RECEIVED").value(1));
        mvc.perform(get("/api/v1/complaints/search").param("merchant", String.valueOf(merchantId))
                        .param("category", "REFUND_REFUSED,MERCHANT_ABSCONDED").with(user("staff").roles("STAFF")))
                .andExpect(jsonPath("$.total").value(TEXTS.length));
    }

    @Test
    void bad_search_parameters_get_400_with_the_parameter_named() throws Exception {
        mvc.perform(get("/api/v1/complaints/search").param("size", "500").param("category", "NOPE")
                        .param("from", "yesterday").param("sort", "colour").with(user("staff").roles("STAFF")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.size").exists())
                .andExpect(jsonPath("$.fieldErrors.category").exists())
                .andExpect(jsonPath("$.fieldErrors.from").exists())
                .andExpect(jsonPath("$.fieldErrors.sort").exists());
    }

    @Test
    @WithMockUser(username = "regulator", roles = "REGULATOR")
    void the_search_api_refuses_regulators() throws Exception {
        mvc.perform(get("/api/v1/complaints/search").param("q", "跑路").with(user("regulator").roles("REGULATOR")))
                .andExpect(status().isForbidden());
    }
}
