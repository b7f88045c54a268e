package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Results are kept under the search form of a criteria: equal forms must mean equal searches. */
class DirectoryCriteriaTest {

    private static DirectoryCriteria text(String text) {
        return new DirectoryCriteria(text, null, null, null, null, null, null);
    }

    @Test
    void spellingsOfOneSearchShareOneKey() {
        assertEquals(text("yamada").asSearched(), text("YAMADA").asSearched());
        assertEquals(text("yamada").asSearched(), text(" ｙａｍａｄａ ").asSearched());
        assertEquals(text("高橋").asSearched(), text("髙橋").asSearched());
        assertEquals(text("ヤマダ").asSearched(), text("やまだ").asSearched());
        assertEquals(
                new DirectoryCriteria(null, "SALES", 1, 5, "java", "東京", Openness.REHIRE),
                new DirectoryCriteria(" ", " SALES ", 1, 5, " Java ", "東京 ", Openness.REHIRE).asSearched());
    }

    @Test
    void differentSearchesKeepDifferentKeys() {
        assertNotEquals(text("yamada").asSearched(), text("yamaguchi").asSearched());
        assertNotEquals(
                text("sato").asSearched(),
                text("satou").asSearched(),
                "kept apart although they find the same: the key is the search key, not the romaji fold");
        assertNotEquals(
                text("java").asSearched(),
                new DirectoryCriteria(null, null, null, null, "java", null, null).asSearched());
        assertNull(text("  ").asSearched().text());
    }

    @Test
    void theSearchFormIsStable() {
        DirectoryCriteria once = new DirectoryCriteria("ＹＡＭＡＤＡ　髙橋", " D1 ", null, 3, "経理", " 大阪", null).asSearched();
        assertEquals(once, once.asSearched());
    }
}
