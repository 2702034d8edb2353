package org.redress.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.base.BusinessRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** One shop is one merchant however its name is typed: spaces, full-width characters and case do not matter. */
@RedressTest
@WithMockUser(username = "staff", roles = "STAFF")
class MerchantNamesTest {

    @Autowired
    MerchantService merchants;
    @Autowired
    TestData data;

    @Test
    void spacingWidthAndCaseAreIgnored() {
        assertThat(MerchantNames.key("ＡＢＣ 星光　旗舰店 ")).isEqualTo(MerchantNames.key("abc星光旗舰店"));
        assertThat(MerchantNames.key("星光旗舰店")).isNotEqualTo(MerchantNames.key("星光专卖店"));
    }

    @Test
    void theSameNameOnTheSamePlatformIsOfferedAndNotRecordedTwice() {
        MerchantSummary first = data.merchant("Ｓｔａｒ 星光 旗舰店");
        assertThat(merchants.sameName("star星光旗舰店", "KUAISHOU")).map(MerchantSummary::id).contains(first.id());
        assertThat(merchants.sameName("star星光旗舰店", "DOUYIN")).as("another platform's shop").isEmpty();
        assertThatThrownBy(() -> merchants.create(new NewMerchant("STAR 星光旗舰店", "KUAISHOU", null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining(String.valueOf(first.id()));
        assertThat(merchants.findOrCreate("star  星光旗舰店", "KUAISHOU", null).id())
                .as("imports find it too").isEqualTo(first.id());
    }
}
