package jp.kizuna.alumni.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void hiraganaHalfWidthKanaAndFullWidthLettersFoldToOneKey() {
        assertEquals("サトウ", SearchKey.of("さとう"));
        assertEquals("サトウ", SearchKey.of("ｻﾄｳ"));
        assertEquals("サトウ", SearchKey.of("サトウ"));
        assertEquals("smith", SearchKey.of("ＳＭＩＴＨ"));
        assertEquals("佐藤", SearchKey.of("佐藤"));
    }

    @Test
    void spacesAreTrimmedAndCollapsed() {
        assertEquals("acme corp", SearchKey.of("  Acme\u3000\t Corp "));
        assertNull(SearchKey.of(" \u3000 "));
        assertNull(SearchKey.of(null));
    }

    @Test
    void prefixPatternEscapesLikeWildcards() {
        assertEquals("100\\%\\_a\\\\b%", SearchKey.prefixPattern("100%_A\\b"));
        assertEquals("ヤマダ%", SearchKey.prefixPattern("やまだ"));
        assertNull(SearchKey.prefixPattern("  "));
    }

    @Test
    void longTextsAreCutToTheColumn() {
        assertEquals(SearchKey.MAX_LENGTH, SearchKey.of("a".repeat(500)).length());
    }
}
