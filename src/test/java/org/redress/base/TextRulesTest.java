package org.redress.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void whatAPersonTypesIsText() {
        for (String ok : new String[] {"王芳", "O'Brien-Smith", "商家跑路了！😡", "👨‍👩‍👧", "a b", "Ünïcödé"}) {
            assertThat(TextRules.problem(ok, false)).as(ok).isNull();
        }
        assertThat(TextRules.problem("第一行\n第二行\t缩进", true)).isNull();
    }

    @Test
    void controlCharactersBrokenCharactersDirectionOverridesAndInvisibleValuesAreNot() {
        assertThat(TextRules.problem("王\u0000芳", false).text()).contains("control");
        assertThat(TextRules.problem("a\u0007", true).text()).contains("control");
        assertThat(TextRules.problem("\uD800", false).text()).contains("surrogate");
        assertThat(TextRules.problem("x\uDC00y", false).text()).contains("surrogate");
        assertThat(TextRules.problem("invoice\u202Egnp.exe", true).text()).contains("direction");
        assertThat(TextRules.problem("\u2067x", false).text()).contains("direction");
        assertThat(TextRules.problem("\u200B", false).text()).contains("visible");
        assertThat(TextRules.problem("两行\n", false).text()).contains("one line");
    }
}
