package org.redress.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void a_published_code_is_valid() {
        // Published unified social credit codes of well-known companies.
        assertThat(CreditCode.isValid("91110108551385082Q")).isTrue();
        assertThat(CreditCode.isValid("91330100799655058B")).isTrue();
    }

    @Test
    void a_wrong_check_character_length_or_letter_is_invalid() {
        assertThat(CreditCode.isValid("91110108551385082A")).isFalse();
        assertThat(CreditCode.isValid("9111010855138508")).isFalse();
        assertThat(CreditCode.isValid("91110108551385O82Q")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void completing_seventeen_characters_gives_a_valid_code() {
        assertThat(CreditCode.isValid(CreditCode.withCheckCharacter("91440300MA5DXXXX1"))).isTrue();
    }
}
