package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.audit.AuditRecord;
import org.redress.audit.AuditService;
import org.redress.audit.AuditSubject;
import org.redress.base.BusinessRuleException;
import org.redress.base.InvalidInputException;
import org.redress.merchant.MerchantEdit;
import org.redress.merchant.MerchantMerging;
import org.redress.merchant.MerchantService;
import org.redress.merchant.MerchantSummary;
import org.redress.merchant.NewMerchant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@RedressTest
@Transactional
@WithMockUser(username = "staff", roles = "STAFF")
class MerchantMergingTest {

    @Autowired
    MerchantMerging merging;
    @Autowired
    MerchantService merchants;
    @Autowired
    ComplaintService complaints;
    @Autowired
    AuditService audit;

    private MerchantSummary merchant(String name, String shop) {
        return merchants.create(new NewMerchant(name, "KUAISHOU", shop, null, null, null, Set.of(name + "二号间")));
    }

    @Test
    void merging_moves_every_complaint_adds_the_names_as_aliases_and_undo_restores_exactly() {
        MerchantSummary source = merchant("合并测试甲直播间", "KS-M-1");
        MerchantSummary target = merchant("合并测试乙旗舰店", "KS-M-2");
        ComplaintDetails first = complaints.file(TestData.draft(source.id()));
        ComplaintDetails second = complaints.file(TestData.draft(source.id()));
        ComplaintDetails own = complaints.file(TestData.draft(target.id()));

        Long mergeId = merging.merge(source.id(), target.id(), "同一营业执照，换了直播间名称");

        assertThat(complaints.get(first.caseNumber()).merchantId()).isEqualTo(target.id());
        assertThat(complaints.get(second.caseNumber()).merchantId()).isEqualTo(target.id());
        assertThat(merchants.details(target.id()).orElseThrow().aliases())
                .contains("合并测试甲直播间", "合并测试甲直播间二号间", "合并测试乙旗舰店二号间");
        assertThat(merchants.details(source.id()).orElseThrow().mergedIntoId()).isEqualTo(target.id());
        assertThat(merchants.suggest("合并测试甲", 0, 10)).extracting(MerchantSummary::id)
                .as("a merged record is no longer offered").doesNotContain(source.id());
        assertThat(merchants.findOrCreate("合并测试甲直播间", "KUAISHOU", "KS-M-1").id())
                .as("new complaints naming the old shop go to the survivor").isEqualTo(target.id());
        List<AuditRecord> timeline = audit.timeline(AuditSubject.COMPLAINT, first.id());
        assertThat(timeline).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("MERCHANT_MERGED");
            assertThat(r.oldValue()).isEqualTo(source.id().toString());
        });

        merging.undo(mergeId);

        assertThat(complaints.get(first.caseNumber()).merchantId()).isEqualTo(source.id());
        assertThat(complaints.get(second.caseNumber()).merchantId()).isEqualTo(source.id());
        assertThat(complaints.get(own.caseNumber()).merchantId()).isEqualTo(target.id());
        assertThat(merchants.details(target.id()).orElseThrow().aliases()).containsExactly("合并测试乙旗舰店二号间");
        assertThat(merchants.details(source.id()).orElseThrow().mergedIntoId()).isNull();
        assertThat(merging.mergesOf(source.id())).singleElement()
                .satisfies(r -> assertThat(r.undoneAt()).isNotNull());
    }

    @Test
    void merging_into_itself_twice_or_without_a_reason_is_refused() {
        MerchantSummary a = merchant("合并规则甲", "KS-R-1");
        MerchantSummary b = merchant("合并规则乙", "KS-R-2");
        MerchantSummary c = merchant("合并规则丙", "KS-R-3");

        assertThatThrownBy(() -> merging.merge(a.id(), a.id(), "x")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("itself");
        assertThatThrownBy(() -> merging.merge(a.id(), b.id(), " ")).isInstanceOf(InvalidInputException.class);
        Long mergeId = merging.merge(a.id(), b.id(), "同一商家");
        assertThatThrownBy(() -> merging.merge(a.id(), c.id(), "again")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("already been merged");
        assertThatThrownBy(() -> merging.merge(c.id(), a.id(), "into a merged one"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("merge into that one");
        Long later = merging.merge(b.id(), c.id(), "also the same");
        assertThatThrownBy(() -> merging.undo(mergeId)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("undo that merge first");
        merging.undo(later);
        merging.undo(mergeId);
        assertThatThrownBy(() -> merging.undo(mergeId)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("already been undone");
    }

    @Test
    void staff_correct_aliases_and_details_and_a_bad_credit_code_is_refused() {
        MerchantSummary merchant = merchant("信息修改测试店", "KS-E-1");

        var updated = merchants.update(merchant.id(), new MerchantEdit(
                Set.of("修改测试直播间", " 修改测试二店 ", ""), "91110108551385082q", "某某控股有限公司", "客服 400-000-0000",
                null));

        assertThat(updated.aliases()).containsExactlyInAnyOrder("修改测试直播间", "修改测试二店");
        assertThat(updated.creditCode()).isEqualTo("91110108551385082Q");
        assertThat(updated.parentCompany()).isEqualTo("某某控股有限公司");
        assertThat(audit.timeline(AuditSubject.MERCHANT, merchant.id())).extracting(AuditRecord::field)
                .contains("aliases", "creditCode", "parentCompany", "contact");
        assertThatThrownBy(() -> merchants.update(merchant.id(), new MerchantEdit(Set.of(),
                "91110108551385082A", null, null, null))).isInstanceOf(InvalidInputException.class);
    }
}
