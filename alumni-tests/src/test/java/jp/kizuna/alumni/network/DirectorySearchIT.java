package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kizuna.alumni.identity.Romaji;
import jp.kizuna.alumni.integration.EmployeeRecord;
import jp.kizuna.alumni.integration.EmployeeUpsert;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;

/**
 * The directory's text search as members type it: romaji for kana names (Hepburn or Kunrei, any
 * case and width, long vowels any way), variant kanji folded, a part of the employer, role or a
 * skill, department facets with names. Each test searches within a department of its own.
 */
class DirectorySearchIT extends ServiceTest {

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWith(DirectorySearchIT.class, NetworkTestData.class);
    }

    @Inject
    NetworkTestData data;

    @Inject
    DirectorySearch directory;

    @Inject
    EmployeeUpsert upsert;

    @Inject
    AlumnusProfiles profiles;

    @Test
    void romajiFindsKanaNamesHoweverTyped() throws Exception {
        String dept = "DR" + NetworkTestData.unique();
        AlumnusProfile yamada = member(dept, "山田", "太郎", "ヤマダ", "タロウ");
        AlumnusProfile sato = member(dept, "佐藤", "翔", "さとう", "しょう");
        AlumnusProfile homma = member(dept, "本間", "新一", "ホンマ", "シンイチ");
        AlumnusProfile tsuji = member(dept, "辻", "純子", "ツジ", "ジュンコ");
        AlumnusProfile ohno = member(dept, "大野", "勇気", "オオノ", "ユウキ");

        for (String typed :
                List.of("yamada", "YAMADA", "Yamada Taro", "yamada tarou", "taro yamada", "ｙａｍａｄａ", "yama")) {
            assertEquals(Set.of(yamada.getId()), found(typed, dept), typed);
        }
        for (String typed : List.of("sato", "satou", "satoh", "Satō", "sato sho", "syo")) {
            assertEquals(Set.of(sato.getId()), found(typed, dept), typed);
        }
        for (String typed : List.of("homma", "honma", "shinichi", "sinichi", "shin'ichi honma")) {
            assertEquals(Set.of(homma.getId()), found(typed, dept), typed);
        }
        for (String typed : List.of("tsuji", "tuzi", "junko", "zyunko")) {
            assertEquals(Set.of(tsuji.getId()), found(typed, dept), typed);
        }
        for (String typed : List.of("ohno", "ono", "Ōno", "yuki", "yuuki")) {
            assertEquals(Set.of(ohno.getId()), found(typed, dept), typed);
        }
        assertEquals(Set.of(), found("yamaguchi", dept));
        assertEquals(Set.of(yamada.getId()), found("やまだ", dept), "kana still finds kana");

        // One result for the spellings of one search: kept once where the database keeps a version.
        DirectoryCriteria lower = new DirectoryCriteria("yamada", dept, null, null, null, null, null);
        DirectoryCriteria upper = new DirectoryCriteria("ＹＡＭＡＤＡ", dept, null, null, null, null, null);
        DirectoryPage first = alumnus.call(() -> directory.search(lower, 0, 20));
        if (data.directoryVersion() != null) {
            assertSame(first, alumnus.call(() -> directory.search(upper, 0, 20)));
        }
    }

    @Test
    void variantKanjiFindEachOtherAndTheNamesStayAsWritten() throws Exception {
        String dept = "DK" + NetworkTestData.unique();
        AlumnusProfile takahashi = member(dept, "髙橋", "﨑子", null, null);
        AlumnusProfile watanabe = member(dept, "渡邊", "德子", null, null);
        AlumnusProfile saito = member(dept, "齋藤", "濵子", null, null);

        assertEquals(Set.of(takahashi.getId()), found("高橋", dept));
        assertEquals(Set.of(takahashi.getId()), found("髙橋", dept));
        assertEquals(Set.of(takahashi.getId()), found("崎子", dept));
        assertEquals(Set.of(watanabe.getId()), found("渡辺", dept));
        assertEquals(Set.of(watanabe.getId()), found("渡邉", dept));
        assertEquals(Set.of(watanabe.getId()), found("徳子", dept));
        assertEquals(Set.of(saito.getId()), found("斎藤", dept));
        assertEquals(Set.of(saito.getId()), found("斉藤", dept));
        assertEquals(Set.of(saito.getId()), found("浜子", dept));

        DirectoryEntry shown = alumnus.call(
                        () -> directory.search(new DirectoryCriteria("高橋", dept, null, null, null, null, null), 0, 20))
                .entries()
                .get(0);
        assertEquals("髙橋", shown.familyName(), "the stored name keeps the person's own kanji");
        assertEquals("﨑子", shown.givenName());
    }

    @Test
    void aPartOfTheEmployerRoleOrASkillFindsThoseWhoShowIt() throws Exception {
        String dept = "DP" + NetworkTestData.unique();
        AlumnusProfile shows = data.member(
                "alumni.yamada",
                dept,
                Set.of(ConsentPurpose.DIRECTORY),
                new ProfileChange(
                        "株式会社アクメ商事",
                        "経営企画マネージャー",
                        "東京",
                        null,
                        null,
                        List.of("Java", "経理", "SQL Server"),
                        EnumSet.noneOf(Openness.class),
                        true,
                        true,
                        true,
                        true,
                        false),
                "公開",
                "太郎");
        AlumnusProfile hides = data.member(
                null,
                dept,
                Set.of(ConsentPurpose.DIRECTORY),
                new ProfileChange(
                        "アクメ商事",
                        "経理",
                        "東京",
                        null,
                        null,
                        List.of("Java", "経理"),
                        EnumSet.noneOf(Openness.class),
                        false,
                        false,
                        true,
                        true,
                        false),
                "非公開",
                "次郎");

        assertEquals(Set.of(shows.getId()), found("アクメ", dept), "a part of the employer");
        assertEquals(Set.of(shows.getId()), found("ｱｸﾒ", dept), "half-width kana fold");
        assertEquals(Set.of(shows.getId()), found("企画", dept), "a part of the role");
        assertEquals(Set.of(shows.getId()), found("JAV", dept), "a part of a skill, any case");
        assertEquals(Set.of(shows.getId()), found("経理", dept));
        assertEquals(Set.of(shows.getId()), found("server", dept));
        assertEquals(Set.of(), found("100%", dept), "LIKE wildcards are searched for as text");
        assertTrue(found("アクメ", dept).stream().noneMatch(id -> id == hides.getId()), "hidden fields are not searched");

        // The member edits the profile: the old employer and skill are no longer found, the new ones are.
        alumnus.call(() -> profiles.update(new ProfileChange(
                "Globex 合同会社",
                "経営企画マネージャー",
                "東京",
                null,
                null,
                List.of("Python"),
                EnumSet.noneOf(Openness.class),
                true,
                true,
                true,
                true,
                false)));
        assertEquals(Set.of(), found("アクメ", dept));
        assertEquals(Set.of(shows.getId()), found("globex", dept));
        assertEquals(Set.of(), found("jav", dept));
        assertEquals(Set.of(shows.getId()), found("pyth", dept));
    }

    @Test
    void anHrUpsertThatRenamesAMemberIsFoundByTheNewRomajiAtOnce() throws Exception {
        String dept = "DU" + NetworkTestData.unique();
        AlumnusProfile member = member(dept, "旧姓", "花子", "キュウセイ", "ハナコ");
        String number = data.employee(member.getPerson().getId()).getEmployeeNumber();
        String workEmail = data.employee(member.getPerson().getId()).getWorkEmail();
        assertEquals(Set.of(member.getId()), found("kyusei", dept));

        // SOAP, REST and CSV all go through EmployeeUpsert.
        hrAdmin.call(() -> upsert.upsert(List.of(new EmployeeRecord(
                number, "新井", "花子", "アライ", "ハナコ", workEmail, null, dept, null, null, null, LocalDate.of(2015, 4, 1)))));
        assertEquals(Set.of(member.getId()), found("arai", dept));
        assertEquals(Set.of(member.getId()), found("hanako arai", dept));
        assertEquals(Set.of(), found("kyusei", dept));

        // A person the HR system creates (the bulk insert path) gets the keys too.
        String newcomer = "DU" + NetworkTestData.unique();
        hrAdmin.call(() -> upsert.upsert(List.of(new EmployeeRecord(
                newcomer,
                "石田",
                "純",
                "イシダ",
                "ジュン",
                newcomer.toLowerCase(Locale.ROOT) + "@example.co.jp",
                null,
                dept,
                null,
                null,
                null,
                LocalDate.of(2020, 4, 1)))));
        assertEquals(
                Romaji.key("ishida jun"),
                data.value("select romaji_key from employee where employee_number = ?1", newcomer));
        assertEquals(
                Romaji.key("jun ishida"),
                data.value("select given_first_romaji_key from employee where employee_number = ?1", newcomer));
    }

    @Test
    void departmentFacetsCarryTheDepartmentsNames() throws Exception {
        String dept = "DN" + NetworkTestData.unique();
        member(dept, "部署", "確認", null, null);
        DirectoryPage.Facets facets =
                alumnus.call(() -> directory.facets(new DirectoryCriteria(null, dept, null, null, null, null, null)));
        assertEquals(1L, facets.departments().get(dept));
        assertEquals("部署" + dept, facets.departmentName(dept, Locale.JAPANESE));
        assertEquals("Dept " + dept, facets.departmentName(dept, Locale.ENGLISH));
    }

    private AlumnusProfile member(String dept, String family, String given, String familyKana, String givenKana)
            throws Exception {
        AlumnusProfile member = data.member(null, dept, Set.of(ConsentPurpose.DIRECTORY), null, family, given);
        hrAdmin.call(() -> {
            data.rename(member.getPerson().getId(), family, given, familyKana, givenKana);
            return null;
        });
        return member;
    }

    private Set<Long> found(String text, String dept) throws Exception {
        return alumnus
                .call(() -> directory.search(new DirectoryCriteria(text, dept, null, null, null, null, null), 0, 50))
                .entries()
                .stream()
                .map(DirectoryEntry::profileId)
                .collect(Collectors.toSet());
    }
}
