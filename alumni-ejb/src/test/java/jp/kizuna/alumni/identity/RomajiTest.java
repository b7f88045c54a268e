package jp.kizuna.alumni.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RomajiTest {

    @Test
    void kanaReadsAsModifiedHepburn() {
        assertEquals("yamada", Romaji.hepburn("ヤマダ"));
        assertEquals("yamada tarou", Romaji.hepburn("やまだ　たろう"));
        assertEquals("shinichi", Romaji.hepburn("シンイチ").replace("'", ""));
        assertEquals("shin'ichi", Romaji.hepburn("シンイチ"));
        assertEquals("tsutsumi", Romaji.hepburn("ツツミ"));
        assertEquals("hattori", Romaji.hepburn("ハットリ"));
        assertEquals("hotchi", Romaji.hepburn("ホッチ"));
        assertEquals("kyouko", Romaji.hepburn("きょうこ"));
        assertEquals("juri", Romaji.hepburn("ジュリ"));
        assertEquals("fujii", Romaji.hepburn("フジイ"));
        assertEquals("kanno", Romaji.hepburn("カンノ"));
        assertEquals("yuuki", Romaji.hepburn("ユーキ"));
        assertEquals("yamada", Romaji.hepburn("ﾔﾏﾀﾞ"));
    }

    @Test
    void onlyKanaHasAReading() {
        assertNull(Romaji.hepburn("山田"));
        assertNull(Romaji.hepburn("Smith"));
        assertNull(Romaji.hepburn(" "));
        assertNull(Romaji.hepburn(null));
        assertNull(Romaji.hepburn("ーア"));
    }

    @Test
    void caseWidthAndSpacesDoNotMatter() {
        assertEquals(Romaji.keyOfKana("ヤマダ"), Romaji.key("yamada"));
        assertEquals(Romaji.key("yamada"), Romaji.key("YAMADA"));
        assertEquals(Romaji.key("yamada"), Romaji.key("ｙａｍａｄａ"));
        assertEquals(Romaji.keyOfKana("ヤマダ タロウ"), Romaji.key("Yamada Taro"));
    }

    @Test
    void longVowelsFoldWhicheverWayTheyAreWritten() {
        String sato = Romaji.keyOfKana("サトウ");
        for (String typed : new String[] {"sato", "satou", "satoh", "satō", "SATÔ", "satoo"}) {
            assertEquals(sato, Romaji.key(typed), typed);
        }
        assertEquals(Romaji.keyOfKana("オオノ"), Romaji.key("Ohno"));
        assertEquals(Romaji.keyOfKana("オオノ"), Romaji.key("Ōno"));
        assertEquals(Romaji.keyOfKana("ユウキ"), Romaji.key("yuki"));
        assertEquals(Romaji.keyOfKana("ユーキ"), Romaji.key("yūki"));
        assertEquals(Romaji.keyOfKana("オオハシ"), Romaji.key("Ohashi"));
    }

    @Test
    void hepburnAndKunreiSpellingsFold() {
        assertEquals(Romaji.keyOfKana("シンイチ"), Romaji.key("shinichi"));
        assertEquals(Romaji.keyOfKana("シンイチ"), Romaji.key("siniti"));
        assertEquals(Romaji.keyOfKana("シンイチ"), Romaji.key("shin'ichi"));
        assertEquals(Romaji.keyOfKana("ツツミ"), Romaji.key("tutumi"));
        assertEquals(Romaji.keyOfKana("フジタ"), Romaji.key("huzita"));
        assertEquals(Romaji.keyOfKana("ショウヘイ"), Romaji.key("syohei"));
        assertEquals(Romaji.keyOfKana("チヒロ"), Romaji.key("tihiro"));
        assertEquals(Romaji.keyOfKana("ジュンコ"), Romaji.key("zyunko"));
        assertEquals(Romaji.keyOfKana("ジュンコ"), Romaji.key("jyunko"));
        assertEquals(Romaji.keyOfKana("ハットリ"), Romaji.key("hattori"));
        assertEquals(Romaji.keyOfKana("マッチャ"), Romaji.key("maccha"));
    }

    @Test
    void nBeforeAConsonantFoldsWithMAndDoubleN() {
        assertEquals(Romaji.keyOfKana("ホンマ"), Romaji.key("Homma"));
        assertEquals(Romaji.keyOfKana("ホンダ"), Romaji.key("honnda"));
        assertEquals(Romaji.keyOfKana("ナンバ"), Romaji.key("Namba"));
        assertEquals(Romaji.keyOfKana("サンペイ"), Romaji.key("sampei"));
        assertEquals(Romaji.keyOfKana("カンノ"), Romaji.key("kanno"));
    }

    @Test
    void aPrefixOfTheReadingFindsTheName() {
        assertTrue(Romaji.keyOfKana("ヤマダ タロウ").startsWith(Romaji.key("yamada")));
        assertTrue(Romaji.keyOfKana("ヤマダ タロウ").startsWith(Romaji.key("yamada ta")));
        assertEquals("yamada%", Romaji.prefixPattern("YAMADA"));
        assertNotEquals(Romaji.keyOfKana("タナカ"), Romaji.key("yamada"));
    }

    @Test
    void onlyLatinLettersAreRomaji() {
        assertNull(Romaji.key("山田"));
        assertNull(Romaji.key("やまだ"));
        assertNull(Romaji.key("java 8"));
        assertNull(Romaji.key("100%"));
        assertNull(Romaji.key("  "));
        assertNull(Romaji.prefixPattern("山田"));
    }
}
