package org.redress.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseRefTest {

    @Test
    void aDisputeIsWrittenCdAndACaseByItsNumberBothWaysAndEachHasItsPage() {
        assertThat(CaseRef.ofDispute(12)).hasToString("CD-12");
        assertThat(CaseRef.parse("CD-12")).isEqualTo(CaseRef.ofDispute(12));
        assertThat(CaseRef.parse("CD-12").route()).isEqualTo("disputes/12");
        assertThat(CaseRef.parse("RC-2026-000001")).isEqualTo(CaseRef.ofCase("RC-2026-000001"));
        assertThat(CaseRef.ofCase("RC-2026-000001").route()).isEqualTo("cases/RC-2026-000001");
        assertThatThrownBy(() -> CaseRef.parse("CD-x")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> new CaseRef("RC-1", 1L)).isInstanceOf(IllegalArgumentException.class);
    }
}
