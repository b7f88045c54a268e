package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void familyNameComesFirstInBothLanguages() {
        PersonName yamada = new PersonName("山田", "太郎", "ヤマダ", "タロウ");
        assertEquals("山田 太郎", yamada.display(Locale.JAPANESE));
        assertEquals("YAMADA Taro", yamada.display(Locale.ENGLISH));
        assertEquals("ヤマダ タロウ", yamada.kana());
    }

    @Test
    void westernNamesGivenByHrKeepTheirLettersAndTakeTheSameOrder() {
        PersonName smith = PersonName.of("Smith", "Emily");
        assertEquals("SMITH Emily", smith.display(Locale.ENGLISH));
        assertEquals("Smith Emily", smith.display(Locale.JAPANESE));
        assertNull(smith.kana());
        assertEquals(
                "MÜLLER-LÜDENSCHEIDT Zoë",
                PersonName.of("Müller-Lüdenscheidt", "Zoë").display(Locale.ENGLISH));
        // Upper case by the root locale: a Turkish reader's default locale must not turn i into İ.
        assertEquals("KIRIKKALE Ayşe", PersonName.of("Kirikkale", "Ayşe").display(Locale.forLanguageTag("tr")));
    }

    @Test
    void onePartNamesLeaveNoStraySpace() {
        assertEquals("ARIF", PersonName.of("Arif", "").display(Locale.ENGLISH));
        assertEquals("Arif", PersonName.of("Arif", null).display(Locale.JAPANESE));
        assertEquals("さくら", PersonName.of("", "さくら").display(Locale.JAPANESE));
        assertEquals("Sakura", new PersonName("", "さくら", null, "サクラ").display(Locale.ENGLISH));
        assertEquals("サクラ", new PersonName("", "さくら", null, "サクラ").kana());
        assertEquals("", PersonName.of(null, null).display(Locale.ENGLISH));
    }

    @Test
    void supplementaryCharactersPassThroughWhole() {
        // 𠮷 (U+20BB7, the "tsuchi-yoshi") is outside the BMP and outside MS932.
        PersonName yoshino = new PersonName("𠮷野", "𠀋子", "ヨシノ", "ジョウコ");
        assertEquals("𠮷野 𠀋子", yoshino.display(Locale.JAPANESE));
        assertEquals("YOSHINO Joko", yoshino.display(Locale.ENGLISH));
        assertEquals("𠮷野 𠀋子", PersonName.of("𠮷野", "𠀋子").display(Locale.ENGLISH), "no reading: kanji, not a guess");
    }

    @Test
    void aNameWithoutBothReadingsStaysInKanjiRatherThanHalfRomanised() {
        assertEquals("高橋 翔", new PersonName("高橋", "翔", "タカハシ", null).display(Locale.ENGLISH));
        assertEquals(
                "高橋 翔",
                new PersonName("高橋", "翔", "タカハシ", "翔").display(Locale.ENGLISH),
                "a reading field that holds kanji is no reading");
    }

    @Test
    void readingsInHiraganaAndHalfWidthKatakanaRomaniseTheSame() {
        assertEquals("TAKAHASHI Sho", new PersonName("高橋", "翔", "たかはし", "しょう").display(Locale.ENGLISH));
        assertEquals("TAKAHASHI Sho", new PersonName("高橋", "翔", "ﾀｶﾊｼ", "ｼｮｳ").display(Locale.ENGLISH));
        assertEquals("ﾀｶﾊｼ ｼｮｳ", new PersonName("高橋", "翔", "ﾀｶﾊｼ", "ｼｮｳ").kana(), "the reading is shown as HR gave it");
    }

    @Test
    void passportHepburn() {
        assertEquals("sato", PassportRomaji.hepburn("サトウ"));
        assertEquals("ono", PassportRomaji.hepburn("オオノ"));
        assertEquals("inoue", PassportRomaji.hepburn("イノウエ"));
        assertEquals("yuki", PassportRomaji.hepburn("ユウキ"));
        assertEquals("kyoko", PassportRomaji.hepburn("キョウコ"));
        assertEquals("keiko", PassportRomaji.hepburn("ケイコ"));
        assertEquals("homma", PassportRomaji.hepburn("ホンマ"));
        assertEquals("namba", PassportRomaji.hepburn("ナンバ"));
        assertEquals("shinichi", PassportRomaji.hepburn("シンイチ"));
        assertEquals("hattori", PassportRomaji.hepburn("ハットリ"));
        assertEquals("hotchi", PassportRomaji.hepburn("ホッチ"));
        assertEquals("tsuchiya", PassportRomaji.hepburn("ツチヤ"));
        assertEquals("fujiwara", PassportRomaji.hepburn("フジワラ"));
        assertEquals("chiharu", PassportRomaji.hepburn("チハル"));
        assertEquals("shun", PassportRomaji.hepburn("シュン"));
        assertEquals("jun", PassportRomaji.hepburn("じゅん"));
        assertEquals("sofia", PassportRomaji.hepburn("ソフィア"));
        assertEquals("wiria", PassportRomaji.hepburn("ウィリア"));
        assertEquals("mari an", PassportRomaji.hepburn("マリ・アン"));
        assertEquals("tomu", PassportRomaji.hepburn("トーム"), "a long vowel mark is not written");
    }
}
