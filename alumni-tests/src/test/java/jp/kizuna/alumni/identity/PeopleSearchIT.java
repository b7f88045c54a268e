package jp.kizuna.alumni.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.network.NetworkTestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;

/**
 * The people picker's search ({@link EmployeeDirectory#search}) as HR types into it: hiragana finds the
 * katakana reading, a family and a given name typed with a space (kanji or kana, either order), romaji
 * for the reading, variant kanji folded, a part of the employee number; a look-alike stays out.
 */
class PeopleSearchIT extends ServiceTest {

    /** Wide enough that the people made here are among the suggestions whatever earlier runs left. */
    private static final int ALL = 100_000;

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWith(PeopleSearchIT.class, NetworkTestData.class);
    }

    @Inject
    NetworkTestData data;

    @Inject
    EmployeeDirectory directory;

    private Employee person(String family, String given, String familyKana, String givenKana) {
        Employee person = data.leaver(null, "PEOPLE-SEARCH", Locale.JAPANESE, null, false, family, given);
        data.rename(person.getId(), family, given, familyKana, givenKana);
        return person;
    }

    private Set<String> found(String typed) throws Exception {
        return hrAdmin.call(() -> directory.search(typed, ALL)).stream()
                .map(Employee::getEmployeeNumber)
                .collect(Collectors.toSet());
    }

    @Test
    void hiraganaSpacesRomajiAndNumbersFindThePerson() throws Exception {
        Employee yamada = person("山田", "太郎", "ヤマダ", "タロウ");
        Employee yamanaka = person("山中", "次郎", "ヤマナカ", "ジロウ");
        Employee takahashi = person("高橋", "美咲", "タカハシ", "ミサキ");

        for (String typed : List.of(
                "やまだ",
                "ヤマダ",
                "ｙａｍａｄａ",
                "yamada",
                "Yamada Taro",
                "taro yamada",
                "山田 太郎",
                "山田　太郎",
                "山田 太",
                "やまだ たろう",
                "ヤマダ　タロウ",
                "太郎 山田",
                "山田")) {
            Set<String> found = found(typed);
            assertTrue(found.contains(yamada.getEmployeeNumber()), typed);
            assertFalse(found.contains(yamanaka.getEmployeeNumber()), typed + " finds a look-alike");
        }
        assertTrue(found("やまなか").contains(yamanaka.getEmployeeNumber()));
        assertFalse(found("山田 次郎").contains(yamada.getEmployeeNumber()), "both words must match");
        assertFalse(found("山田 次郎").contains(yamanaka.getEmployeeNumber()), "both words must match");
        assertTrue(found("髙橋").contains(takahashi.getEmployeeNumber()), "variant kanji fold");
        assertTrue(found("たかはし みさき").contains(takahashi.getEmployeeNumber()));

        String number = yamada.getEmployeeNumber();
        assertTrue(
                found(number.substring(2).toLowerCase(Locale.ROOT)).contains(number), "part of the number, any case");
        // A manager picks people too (their reports for a new case).
        assertTrue(manager.call(() -> directory.search("やまだ たろう", ALL)).stream()
                .anyMatch(e -> e.getEmployeeNumber().equals(number)));
        assertTrue(found("  ").size() > 0, "nothing typed: the first people by number");
        assertTrue(
                found("%").stream().noneMatch(n -> n.equals(number)), "a LIKE wildcard is a character, not anything");
    }
}
