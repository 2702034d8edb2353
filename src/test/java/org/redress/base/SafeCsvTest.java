package org.redress.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SafeCsvTest {

    @Test
    void textThatASpreadsheetWouldRunIsWrittenAsText() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+86 138", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(SafeCsv.cell(formula)).isEqualTo("'" + formula);
        }
        assertThat(SafeCsv.cell("优品生活直播间")).isEqualTo("优品生活直播间");
        assertThat(SafeCsv.cell("")).isEqualTo("");
        assertThat(SafeCsv.cell(new BigDecimal("-5"))).isEqualTo(new BigDecimal("-5"));
        assertThat(SafeCsv.cell(null)).isNull();
    }
}
