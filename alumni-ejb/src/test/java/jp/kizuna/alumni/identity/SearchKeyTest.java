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
    void variantKanjiOfNamesFoldToTheirCommonForm() {
        assertEquals(SearchKey.of("高橋"), SearchKey.of("髙橋"));
        assertEquals(SearchKey.of("山崎"), SearchKey.of("山﨑"));
        assertEquals(SearchKey.of("渡辺"), SearchKey.of("渡邊"));
        assertEquals(SearchKey.of("渡辺"), SearchKey.of("渡邉"));
        for (String saito : new String[] {"齋藤", "齊藤", "斉藤"}) {
            assertEquals(SearchKey.of("斎藤"), SearchKey.of(saito), saito);
        }
        assertEquals(SearchKey.of("浜田"), SearchKey.of("濵田"));
        assertEquals(SearchKey.of("浜田"), SearchKey.of("濱田"));
        assertEquals(SearchKey.of("徳川"), SearchKey.of("德川"));
        assertEquals(SearchKey.of("吉田"), SearchKey.of("𠮷田"));
        assertEquals("髙橋", "髙橋".strip(), "the stored name itself is not touched");
        assertEquals("高橋%", SearchKey.prefixPattern("髙橋"));
    }

    @Test
    void containsPatternMatchesAnywhere() {
        assertEquals("%acme%", SearchKey.containsPattern(" ACME "));
        assertEquals("%経理%", SearchKey.containsPattern("経理"));
        assertNull(SearchKey.containsPattern(" "));
    }

    @Test
    void longTextsAreCutToTheColumn() {
        assertEquals(SearchKey.MAX_LENGTH, SearchKey.of("a".repeat(500)).length());
    }
}
