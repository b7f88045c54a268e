package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmployeeLeft;
import jp.kizuna.alumni.identity.EmploymentStatus;
import jp.kizuna.alumni.identity.ResignationRecorded;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.it.TestMailbox;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.privacy.ConsentRecord;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Joining at exit with consent per purpose, the invitation mail, membership on the last day, the
 * directory's consent and visibility rules, withdrawal, erasure and pilot networks, in the real
 * application on the real database.
 */
class NetworkIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestMailbox.addedTo(Deployments.applicationWith(NetworkIT.class, NetworkTestData.class));
    }

    @Inject
    NetworkTestData data;

    @Inject
    NetworkEnrolment enrolment;

    @Inject
    AlumnusProfiles profiles;

    @Inject
    ProfileConfirmations confirmations;

    @Inject
    jp.kizuna.alumni.subjectaccess.PersonalDataReport report;

    @Inject
    DirectorySearch directory;

    @Inject
    NetworkAdministration administration;

    @Inject
    Outreach outreach;

    @Inject
    Ambassadors ambassadors;

    @Inject
    Event<ResignationRecorded> resignations;

    @Inject
    Event<EmployeeLeft> departures;

    private void fire(Object event) throws Exception {
        transaction.begin();
        try {
            if (event instanceof ResignationRecorded resignation) {
                resignations.fire(resignation);
            } else {
                departures.fire((EmployeeLeft) event);
            }
            transaction.commit();
        } catch (Exception failed) {
            transaction.rollback();
            throw failed;
        }
    }

    @Test
    void theInvitationIsMailedInTheLeaversLanguageAfterTheCaseCommits() throws Exception {
        String dept = "NWM" + NetworkTestData.unique();
        Employee japanese = data.leaver(
                null, dept, Locale.JAPANESE, "hanako-" + NetworkTestData.unique() + "@example.net", false, "佐藤", "花子");
        Employee english = data.leaver(
                null,
                dept,
                Locale.ENGLISH,
                "john-" + NetworkTestData.unique() + "@example.net",
                false,
                "Brown",
                "John");
        try (TestMailbox mailbox = new TestMailbox()) {
            fire(new ResignationRecorded(japanese.getId(), 4711L, LocalDate.of(2026, 12, 25)));
            fire(new ResignationRecorded(english.getId(), 4712L, LocalDate.of(2026, 12, 25)));
            assertTrue(mailbox.server.waitForIncomingEmail(10_000, 2), "two invitations arrive");
            MimeMessage[] received = mailbox.server.getReceivedMessages();
            MimeMessage toJapanese = forRecipient(received, japanese.getPersonalEmail());
            MimeMessage toEnglish = forRecipient(received, english.getPersonalEmail());
            assertEquals("絆アルムナイネットワークへのご招待", toJapanese.getSubject());
            String japaneseBody = GreenMailUtil.getBody(toJapanese);
            assertTrue(decoded(toJapanese).contains("佐藤 花子 様"), japaneseBody);
            assertTrue(decoded(toJapanese).contains("2026年12月25日"));
            assertEquals("Invitation to the Kizuna alumni network", toEnglish.getSubject());
            assertTrue(
                    decoded(toEnglish).startsWith("BROWN John,"),
                    "family name first in English too: " + decoded(toEnglish));
            assertTrue(decoded(toEnglish).contains("Your last day is December 25, 2026."));
        }
        AlumnusProfile invitation = data.profileOf(japanese.getId());
        assertEquals(MembershipStatus.INVITED, invitation.getStatus());
        assertEquals(4711L, invitation.getExitCaseId());
        assertNotNull(invitation.getInvitationSentAt());
    }

    private static MimeMessage forRecipient(MimeMessage[] messages, String address) throws Exception {
        for (MimeMessage message : messages) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("no mail to " + address);
    }

    private static String decoded(MimeMessage message) throws Exception {
        return String.valueOf(message.getContent());
    }

    @Test
    void consentPerPurposeIsRecordedAndTheLastDayTurnsTheSameRecordIntoAnAlumnus() throws Exception {
        String dept = "NWJ" + NetworkTestData.unique();
        Employee tanaka = data.leaver("employee.tanaka", dept, Locale.JAPANESE, null, false, "田中", "美咲");
        Employee silent = data.leaver(null, dept, Locale.JAPANESE, null, false, "無回答", "者");
        fire(new ResignationRecorded(tanaka.getId(), 900L, tanaka.getLeavingDate()));
        fire(new ResignationRecorded(silent.getId(), 901L, silent.getLeavingDate()));

        BusinessException badMail = assertThrows(
                BusinessException.class,
                () -> employee.call(
                        () -> enrolment.accept("not-an-address", Set.of(ConsentPurpose.DIRECTORY), Locale.JAPANESE)));
        assertEquals("network.email.invalid", badMail.getKey());

        AlumnusProfile accepted = employee.call(() -> enrolment.accept(
                "misaki@example.net",
                EnumSet.of(ConsentPurpose.NEWS_EVENTS, ConsentPurpose.DIRECTORY),
                Locale.JAPANESE));
        assertEquals(MembershipStatus.ACCEPTED, accepted.getStatus());

        List<ConsentRecord> consents = data.consents(tanaka.getId());
        assertEquals(2, consents.size());
        assertEquals(
                EnumSet.of(ConsentPurpose.NEWS_EVENTS, ConsentPurpose.DIRECTORY),
                consents.stream().map(ConsentRecord::getPurpose).collect(Collectors.toSet()));
        for (ConsentRecord consent : consents) {
            assertEquals(ConsentPurpose.CURRENT_TEXT_VERSION, consent.getTextVersion());
            assertEquals("ja", consent.getLanguage());
            assertNotNull(consent.getGivenAt());
            assertTrue(consent.isInForce());
        }
        assertFalse(data.audit("Employee", tanaka.getId()).stream()
                .filter(a -> a.getAction() == AuditEntry.Action.CONSENT_GIVEN)
                .toList()
                .isEmpty());

        data.markLeft(tanaka.getId());
        data.markLeft(silent.getId());
        fire(new EmployeeLeft(tanaka.getId(), tanaka.getLeavingDate()));
        fire(new EmployeeLeft(silent.getId(), silent.getLeavingDate()));

        AlumnusProfile member = data.profileOf(tanaka.getId());
        assertEquals(MembershipStatus.ACTIVE, member.getStatus());
        assertEquals(tanaka.getId(), member.getPerson().getId(), "the alumnus is the employee record itself");
        assertEquals(EmploymentStatus.LEFT, member.getPerson().getStatus());
        assertEquals("misaki@example.net", member.getPerson().getPersonalEmail());
        assertEquals(dept, member.getDepartment().getCode());
        assertEquals(AlumniNetwork.COMPANY_WIDE, member.getNetwork().getCode());
        assertEquals(
                MembershipStatus.INVITED,
                data.profileOf(silent.getId()).getStatus(),
                "a leaver who never said yes does not become a member");
    }

    @Test
    void theDirectoryListsOnlyConsentingMembersAndOnlyWhatEachShows() throws Exception {
        String dept = "NWD" + NetworkTestData.unique();
        AlumnusProfile open = data.member(
                null,
                dept,
                Set.of(ConsentPurpose.DIRECTORY),
                new ProfileChange(
                        "Acme",
                        "CTO",
                        "Osaka",
                        null,
                        null,
                        List.of("Java", "SQL"),
                        EnumSet.of(Openness.REHIRE),
                        true,
                        true,
                        true,
                        true,
                        false));
        AlumnusProfile discreet = data.member(
                null,
                dept,
                Set.of(ConsentPurpose.DIRECTORY),
                new ProfileChange(
                        "Secret Corp",
                        "Spy",
                        "Kyoto",
                        null,
                        null,
                        List.of("Java"),
                        EnumSet.of(Openness.SIDE_JOB),
                        false,
                        false,
                        false,
                        false,
                        false));
        data.member(
                null,
                dept,
                Set.of(ConsentPurpose.NEWS_EVENTS),
                new ProfileChange(
                        "Hidden Inc",
                        "CEO",
                        "Osaka",
                        null,
                        null,
                        List.of("Java"),
                        EnumSet.of(Openness.REHIRE),
                        true,
                        true,
                        true,
                        true,
                        true));

        DirectoryPage all = alumnus.call(
                () -> directory.searchWithFacets(new DirectoryCriteria(null, dept, null, null, null, null, null), 50));
        assertEquals(2, all.total(), "the member without directory consent is not listed");
        assertEquals(
                Set.of(open.getId(), discreet.getId()),
                all.entries().stream().map(DirectoryEntry::profileId).collect(Collectors.toSet()));
        DirectoryEntry hidden = all.entries().stream()
                .filter(e -> e.profileId() == discreet.getId())
                .findFirst()
                .orElseThrow();
        assertNull(hidden.employer());
        assertNull(hidden.region());
        assertTrue(hidden.skills().isEmpty());
        assertTrue(hidden.openTo().isEmpty());
        DirectoryEntry shown = all.entries().stream()
                .filter(e -> e.profileId() == open.getId())
                .findFirst()
                .orElseThrow();
        assertEquals("Acme", shown.employer());
        assertEquals(List.of("java", "sql"), shown.skills());
        assertNull(shown.email(), "e-mail is hidden unless the alumnus shows it");

        assertEquals(
                Set.of(open.getId()),
                ids(hrAdmin.call(() ->
                        directory.search(new DirectoryCriteria(null, dept, null, null, "JAVA", null, null), 0, 50))),
                "a hidden skill does not match");
        assertTrue(
                ids(alumnus.call(() -> directory.search(
                                new DirectoryCriteria(null, dept, null, null, null, "Kyoto", null), 0, 50)))
                        .isEmpty(),
                "a hidden region does not match");
        assertTrue(
                ids(alumnus.call(() -> directory.search(
                                new DirectoryCriteria("secret", dept, null, null, null, null, null), 0, 50)))
                        .isEmpty(),
                "a hidden employer is not searchable");
        assertEquals(
                Set.of(open.getId()),
                ids(alumnus.call(() -> directory.search(
                        new DirectoryCriteria(null, dept, null, null, null, null, Openness.REHIRE), 0, 50))));
        assertEquals(1L, all.facets().regions().get("Osaka"));
        assertNull(all.facets().regions().get("Kyoto"));
        assertEquals(1L, all.facets().skills().get("java"));
        assertEquals(2L, all.facets().departments().get(dept));
        assertEquals(2L, all.facets().years().get("6-10"));

        DirectoryPage second = alumnus.call(
                () -> directory.search(new DirectoryCriteria(null, dept, null, null, null, null, null), 1, 1));
        assertEquals(1, second.entries().size());
        assertEquals(2, second.total());

        assertThrows(EJBAccessException.class, () -> directory.search(DirectoryCriteria.everyone(), 0, 10));
        assertThrows(
                EJBAccessException.class,
                () -> employee.call(() -> directory.search(DirectoryCriteria.everyone(), 0, 10)));
    }

    @Test
    void theDirectoryFindsNamesByTheirBeginningAndShownEmployersByAnyPartInAnyWidthOrKana() throws Exception {
        String dept = "NWS" + NetworkTestData.unique();
        String family = "Searchable" + NetworkTestData.unique();
        AlumnusProfile found = data.member(
                null,
                dept,
                Set.of(ConsentPurpose.DIRECTORY),
                new ProfileChange(
                        "Kizuna Holdings",
                        "Architect",
                        "Osaka",
                        null,
                        null,
                        List.of(),
                        EnumSet.noneOf(Openness.class),
                        true,
                        false,
                        false,
                        false,
                        false),
                family,
                "ミカ");
        data.member(
                null,
                dept,
                Set.of(ConsentPurpose.DIRECTORY),
                new ProfileChange(
                        "Kizuna Holdings",
                        "Architect",
                        "Osaka",
                        null,
                        null,
                        List.of(),
                        EnumSet.noneOf(Openness.class),
                        false,
                        false,
                        false,
                        false,
                        false),
                "Other",
                "ケン");

        for (String text : List.of(
                family.toLowerCase(),
                family.toUpperCase(),
                "searchable",
                toFullWidth(family.substring(0, 6)),
                "みか",
                "ﾐｶ",
                "kizuna hold",
                "ARCHITECT",
                "holdings",
                "ｈｏｌｄｉｎｇｓ")) {
            assertEquals(
                    Set.of(found.getId()),
                    ids(alumnus.call(() ->
                            directory.search(new DirectoryCriteria(text, dept, null, null, null, null, null), 0, 50))),
                    text);
        }
        // The other member hides their employer, so "holdings" finds only the one who shows it.
        for (String text : List.of("earchable", "100%", "_")) {
            assertTrue(
                    ids(alumnus.call(() -> directory.search(
                                    new DirectoryCriteria(text, dept, null, null, null, null, null), 0, 50)))
                            .isEmpty(),
                    text + ": names match from their beginning, wildcards are plain characters");
        }
        DirectoryPage both = alumnus.call(
                () -> directory.search(new DirectoryCriteria(null, dept, null, null, null, null, null), 0, 50));
        assertEquals(2, both.total());
        assertTrue(both.totalExact());
    }

    private static String toFullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
        return wide.toString();
    }

    private static Set<Long> ids(DirectoryPage page) {
        return page.entries().stream().map(DirectoryEntry::profileId).collect(Collectors.toSet());
    }

    @Test
    void withdrawalAppliesAtOnceToTheDirectoryAndToMailings() throws Exception {
        String dept = "NWW" + NetworkTestData.unique();
        AlumnusProfile yamada = data.member(
                "alumni.yamada", dept, EnumSet.of(ConsentPurpose.DIRECTORY, ConsentPurpose.NEWS_EVENTS), null);
        AlumnusProfile other = data.member(null, dept, EnumSet.of(ConsentPurpose.NEWS_EVENTS), null);
        data.member(null, dept, EnumSet.of(ConsentPurpose.DIRECTORY), null);
        DirectoryCriteria inDept = new DirectoryCriteria(null, dept, null, null, null, null, null);
        assertEquals(2, alumnus.call(() -> directory.search(inDept, 0, 10)).total());

        alumnus.call(() -> profiles.changeConsents(EnumSet.of(ConsentPurpose.NEWS_EVENTS), Locale.JAPANESE));
        assertEquals(1, alumnus.call(() -> directory.search(inDept, 0, 10)).total());
        assertFalse(ids(alumnus.call(() -> directory.search(inDept, 0, 10))).contains(yamada.getId()));

        try (TestMailbox mailbox = new TestMailbox()) {
            SegmentMailing first = hrAdmin.call(() -> outreach.mailSegment(
                    ConsentPurpose.NEWS_EVENTS, dept, BilingualText.japaneseOnly("同窓会のお知らせ", "本文")));
            assertEquals(2, first.getRecipients());
            alumnus.run(() -> profiles.leaveNetwork());
            SegmentMailing second = hrAdmin.call(() -> outreach.mailSegment(
                    ConsentPurpose.NEWS_EVENTS, dept, new BilingualText(null, null, "Second", "Body")));
            assertEquals(1, second.getRecipients());
            assertTrue(mailbox.server.waitForIncomingEmail(10_000, 3));
            MimeMessage[] received = mailbox.server.getReceivedMessages();
            assertEquals(3, received.length);
            String otherMail = data.employee(other.getPerson().getId()).getPersonalEmail();
            assertEquals(otherMail, received[2].getAllRecipients()[0].toString());
            assertEquals("Second", received[2].getSubject());
        }
        assertEquals(
                MembershipStatus.WITHDRAWN,
                data.profileOf(yamada.getPerson().getId()).getStatus());
        assertTrue(data.consents(yamada.getPerson().getId()).stream().noneMatch(ConsentRecord::isInForce));
    }

    @Test
    void erasureRemovesThePersonalDataAndIsAudited() throws Exception {
        String dept = "NWE" + NetworkTestData.unique();
        AlumnusProfile yamada = data.member(
                "alumni.yamada",
                dept,
                EnumSet.allOf(ConsentPurpose.class),
                new ProfileChange(
                        "Acme",
                        "CTO",
                        "Osaka",
                        "bio",
                        null,
                        List.of("java"),
                        EnumSet.of(Openness.REHIRE),
                        true,
                        true,
                        true,
                        true,
                        true));
        alumnus.call(() -> profiles.update(new ProfileChange(
                "Acme 2",
                "VP",
                "Nagoya",
                null,
                null,
                List.of("go"),
                EnumSet.of(Openness.MENTORING),
                true,
                true,
                true,
                true,
                true)));
        assertEquals(Set.of("go"), data.profileOf(yamada.getPerson().getId()).getSkills());

        alumnus.run(() -> profiles.eraseMe());

        AlumnusProfile erased = data.profileOf(yamada.getPerson().getId());
        assertEquals(MembershipStatus.ERASED, erased.getStatus());
        assertNull(erased.getCurrentEmployer());
        assertNull(erased.getRegion());
        assertTrue(erased.getSkills().isEmpty());
        assertNull(erased.getPerson().getPersonalEmail());
        assertTrue(data.consents(yamada.getPerson().getId()).stream().noneMatch(ConsentRecord::isInForce));
        assertTrue(data.audit("Employee", yamada.getPerson().getId()).stream()
                .anyMatch(a -> a.getAction() == AuditEntry.Action.ERASE && "alumni.yamada".equals(a.getActor())));
        assertEquals(
                0,
                hrAdmin.call(() -> directory.search(
                                new DirectoryCriteria(null, dept, null, null, null, null, null), 0, 10))
                        .total());
    }

    @Test
    void aDepartmentPilotHasItsAdminsAndMergesIntoTheCompanyNetwork() throws Exception {
        String dept = "NWP" + NetworkTestData.unique();
        AlumnusProfile member = data.member(null, dept, Set.of(), null);
        Employee admin = data.leaver("manager.sato", dept, Locale.JAPANESE, null, false, "佐藤", "健");
        String code = "PILOT-" + dept;
        hrAdmin.call(() -> administration.createPilot(code, "パイロット", "Pilot", dept));
        hrAdmin.run(
                () -> administration.addAdmin(code, data.employee(admin.getId()).getEmployeeNumber()));
        hrAdmin.call(() -> administration.createPilot(code + "-2", "別パイロット", "Other pilot", dept));
        BusinessException notAdmin = assertThrows(
                BusinessException.class,
                () -> manager.run(() -> administration.addMember(code + "-2", member.getId())));
        assertEquals("network.network.not-admin", notAdmin.getKey());
        manager.run(() -> administration.addMember(code, member.getId()));
        assertEquals(
                code, data.profileOf(member.getPerson().getId()).getNetwork().getCode());

        assertEquals(1, hrAdmin.call(() -> administration.merge(code)));
        assertEquals(
                AlumniNetwork.COMPANY_WIDE,
                data.profileOf(member.getPerson().getId()).getNetwork().getCode());
        BusinessException again =
                assertThrows(BusinessException.class, () -> hrAdmin.call(() -> administration.merge(code)));
        assertEquals("network.merged", again.getKey());
    }

    @Test
    void anAmbassadorServesUntilRetiredAndKeepsTheirRecord() throws Exception {
        AlumnusProfile member = data.member(null, "NWA" + NetworkTestData.unique(), Set.of(), null);
        Ambassador nominated = hrAdmin.call(() -> ambassadors.nominate(member.getId(), "イベントの司会"));
        hrAdmin.call(() -> ambassadors.recordActivity(
                nominated.getId(), LocalDate.now(), AmbassadorActivity.Kind.values()[0], "新年会で登壇"));
        assertThrows(EJBAccessException.class, () -> manager.run(() -> ambassadors.retire(nominated.getId())));

        hrAdmin.run(() -> ambassadors.retire(nominated.getId()));
        Ambassador retired = hrAdmin.call(() -> ambassadors.all()).stream()
                .filter(a -> a.getId().equals(nominated.getId()))
                .findFirst()
                .orElseThrow();
        assertFalse(retired.isActive());
        assertEquals(
                "network.ambassador.retired",
                assertThrows(
                                BusinessException.class,
                                () -> hrAdmin.call(() -> ambassadors.recordActivity(
                                        nominated.getId(),
                                        LocalDate.now(),
                                        AmbassadorActivity.Kind.values()[0],
                                        "retired")))
                        .getKey());
        assertEquals(
                1, hrAdmin.call(() -> ambassadors.activities(nominated.getId())).size(), "the record stays");

        hrAdmin.call(() -> ambassadors.nominate(member.getId(), "再任"));
        assertTrue(
                hrAdmin.call(() -> ambassadors.all()).stream()
                        .anyMatch(a -> a.getId().equals(nominated.getId()) && a.isActive()),
                "a new nomination reactivates");
    }

    @Test
    void aMailingWrittenInBothLanguagesReachesEachMemberInTheirOwn() throws Exception {
        String dept = "NWL" + NetworkTestData.unique();
        AlumnusProfile japanese = data.member(null, dept, EnumSet.of(ConsentPurpose.NEWS_EVENTS), null);
        AlumnusProfile english = data.member(null, dept, EnumSet.of(ConsentPurpose.NEWS_EVENTS), null);
        data.prefers(english.getPerson().getId(), Locale.ENGLISH);
        try (TestMailbox mailbox = new TestMailbox()) {
            SegmentMailing sent = hrAdmin.call(() -> outreach.mailSegment(
                    ConsentPurpose.NEWS_EVENTS,
                    dept,
                    new BilingualText("交流会のご案内", "本文です。", "Alumni reunion", "Join us.")));
            assertEquals(2, sent.getRecipients());
            assertTrue(mailbox.server.waitForIncomingEmail(10_000, 2));
            MimeMessage[] received = mailbox.server.getReceivedMessages();
            assertEquals(
                    "交流会のご案内",
                    forRecipient(
                                    received,
                                    data.employee(japanese.getPerson().getId()).getPersonalEmail())
                            .getSubject());
            MimeMessage toEnglish = forRecipient(
                    received, data.employee(english.getPerson().getId()).getPersonalEmail());
            assertEquals("Alumni reunion", toEnglish.getSubject());
            assertEquals("Join us.", GreenMailUtil.getBody(toEnglish).strip());
        }
        NewsPost news = hrAdmin.call(() -> outreach.publishNews(new BilingualText(null, null, "English only", "Text")));
        assertEquals("English only", news.title(Locale.JAPANESE), "a Japanese reader still sees the post");
        BusinessException incomplete = assertThrows(
                BusinessException.class,
                () -> hrAdmin.call(() -> outreach.publishNews(new BilingualText("見出しだけ", null, null, null))));
        assertEquals("network.text.incomplete", incomplete.getKey());
    }

    @Test
    void anAlumnusGetsACopyOfTheirOwnDataAndTheDownloadIsAudited() throws Exception {
        AlumnusProfile yamada = data.member(
                "alumni.yamada",
                "NWD" + NetworkTestData.unique(),
                EnumSet.of(ConsentPurpose.DIRECTORY),
                new ProfileChange(
                        "写し商事",
                        "部長",
                        "大阪",
                        "自己紹介",
                        null,
                        List.of("経理", "監査"),
                        EnumSet.of(Openness.MENTORING),
                        true,
                        true,
                        true,
                        true,
                        false),
                "山田",
                "太郎");
        jakarta.json.JsonObject copy = alumnus.call(() -> report.mine());
        assertEquals(
                yamada.getPerson().getEmployeeNumber(),
                copy.getJsonObject("person").getString("employeeNumber"));
        assertEquals("写し商事", copy.getJsonObject("alumniProfile").getString("currentEmployer"));
        assertEquals(
                List.of("監査", "経理").stream().sorted().toList(),
                copy
                        .getJsonObject("alumniProfile")
                        .getJsonArray("skills")
                        .getValuesAs(jakarta.json.JsonString.class)
                        .stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals("DIRECTORY", copy.getJsonArray("consents").getJsonObject(0).getString("purpose"));
        assertTrue(copy.getJsonObject("notIncluded").getString("ja").contains("人事部"));
        assertTrue(data.audit("Employee", yamada.getPerson().getId()).stream()
                .anyMatch(a -> a.getAction() == AuditEntry.Action.EXPORT
                        && a.getActor().equals("alumni.yamada")));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> report.mine()));
    }

    @Test
    void membersWhoseDetailsAreAYearOldAreAskedToConfirmThem() throws Exception {
        String dept = "NWC" + NetworkTestData.unique();
        AlumnusProfile stale = data.member(null, dept, Set.of(ConsentPurpose.NEWS_EVENTS), null);
        AlumnusProfile fresh = data.member(null, dept, Set.of(ConsentPurpose.NEWS_EVENTS), null);
        data.confirmedAt(stale.getId(), java.time.LocalDateTime.now().minusDays(400));
        try (TestMailbox mailbox = new TestMailbox()) {
            hrAdmin.call(() -> confirmations.askForConfirmation());
            assertTrue(mailbox.server.waitForIncomingEmail(10_000, 1));
            MimeMessage[] received = mailbox.server.getReceivedMessages();
            String staleMail = data.employee(stale.getPerson().getId()).getPersonalEmail();
            MimeMessage reminder = forRecipient(received, staleMail);
            assertEquals("アルムナイプロフィールの内容は最新ですか", reminder.getSubject());
            String freshMail = data.employee(fresh.getPerson().getId()).getPersonalEmail();
            for (MimeMessage message : received) {
                assertFalse(message.getAllRecipients()[0].toString().equals(freshMail));
            }
            assertNotNull(data.profileOf(stale.getPerson().getId()).getConfirmationRequestedAt());
            hrAdmin.call(() -> confirmations.askForConfirmation());
            long toStale = java.util.Arrays.stream(mailbox.server.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return m.getAllRecipients()[0].toString().equals(staleMail);
                        } catch (jakarta.mail.MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .count();
            assertEquals(1, toStale, "asked once, not again the next day");
        }
    }
}
