package jp.kizuna.alumni.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kizuna.alumni.integration.AlumnusRecord;
import jp.kizuna.alumni.integration.MemberFiles;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.AsHrSystem;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.subjectaccess.PersonalDataReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * HR's member file in the real application on the real database: who is in it (consent in force:
 * yes; withdrawn a moment ago or never given: no), the provision record it writes for a third party
 * (recipient, date, items, reason, the people and the consent that allowed each), internal use in the
 * audit log only, nothing written when nobody consents, refusals for every other role, and the
 * person's copy of their data naming the provision.
 */
class MemberFileIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(MemberFileIT.class, NetworkTestData.class);
    }

    @EJB
    AsHrAdmin hr;

    @EJB
    AsHrSystem hrSystem;

    @Inject
    NetworkTestData data;

    @Inject
    MemberFiles files;

    @Inject
    ProvisionRecords records;

    @Inject
    PersonalDataReport report;

    @Inject
    Clock clock;

    private static String unique() {
        return java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private static String number(AlumnusProfile member) {
        return member.getPerson().getEmployeeNumber();
    }

    private long consentId(AlumnusProfile member, ConsentPurpose purpose) {
        return data.consents(member.getPerson().getId()).stream()
                .filter(c -> c.getPurpose() == purpose && c.getWithdrawnAt() == null)
                .findFirst()
                .orElseThrow()
                .getId();
    }

    @Test
    void onlyMembersWhoseConsentIsInForceAreProvidedAndTheRecordSaysToWhomWhatWhyAndOnWhichConsent() throws Exception {
        String department = "MF" + unique();
        AlumnusProfile consenting = data.member(
                "alumni.yamada",
                department,
                EnumSet.of(ConsentPurpose.REHIRE_OFFERS, ConsentPurpose.NEWS_EVENTS),
                null,
                "𠮷田",
                "はなこ");
        AlumnusProfile withdrew = data.member(null, department, EnumSet.of(ConsentPurpose.REHIRE_OFFERS), null);
        AlumnusProfile neverConsented = data.member(null, department, EnumSet.of(ConsentPurpose.NEWS_EVENTS), null);
        data.sql(
                "update consent_record set withdrawn_at = ?1 where employee_id = ?2",
                LocalDateTime.now(),
                withdrew.getPerson().getId());
        long allowedBy = consentId(consenting, ConsentPurpose.REHIRE_OFFERS);
        String recipient = "株式会社リクルートパートナーズ " + unique();

        int count = hr.call(() -> files.count(ConsentPurpose.REHIRE_OFFERS));
        MemberFiles.Export export = hr.call(() -> files.export(new MemberFiles.Request(
                ConsentPurpose.REHIRE_OFFERS,
                MemberFiles.Destination.THIRD_PARTY,
                "  " + recipient + " ",
                "再雇用キャンペーンの案内業務の委託先として")));

        Set<String> inFile =
                export.members().stream().map(AlumnusRecord::employeeNumber).collect(Collectors.toSet());
        assertTrue(inFile.contains(number(consenting)), "consent in force: in the file");
        assertFalse(inFile.contains(number(withdrew)), "consent withdrawn: not in the file");
        assertFalse(inFile.contains(number(neverConsented)), "never consented: not in the file");
        assertEquals(count, export.members().size(), "the count shown is the file's");
        AlumnusRecord row = export.members().stream()
                .filter(m -> m.employeeNumber().equals(number(consenting)))
                .findFirst()
                .orElseThrow();
        assertEquals("𠮷田", row.familyName());
        assertEquals(List.of("NEWS_EVENTS", "REHIRE_OFFERS"), row.consentedPurposes());

        ProvisionRecord record =
                hr
                        .call(() -> records.between(
                                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)))
                        .stream()
                        .filter(r -> r.getRecipient().equals(recipient))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no provision record to " + recipient));
        assertEquals(ProvisionRecord.Channel.MEMBER_FILE, record.getChannel());
        assertEquals(ConsentPurpose.REHIRE_OFFERS, record.getConsentPurpose());
        assertEquals("再雇用キャンペーンの案内業務の委託先として", record.getReason());
        assertEquals("hr.admin", record.getRecordedBy());
        assertEquals(String.join(", ", AlumnusRecord.ITEMS), record.getDataItems(), "exactly the file's columns");
        assertTrue(
                Duration.between(record.getProvidedAt(), LocalDateTime.now(clock))
                                .abs()
                                .toMinutes()
                        < 5,
                "dated now (the company's clock): " + record.getProvidedAt());
        assertEquals(export.members().size(), record.getPersonCount());
        Set<String> recorded = record.getPeople().stream()
                .map(ProvisionRecord.Person::getEmployeeNumber)
                .collect(Collectors.toSet());
        assertEquals(inFile, recorded, "the record names exactly the people in the file");
        ProvisionRecord.Person person = record.getPeople().stream()
                .filter(p -> p.getEmployeeNumber().equals(number(consenting)))
                .findFirst()
                .orElseThrow();
        assertEquals(allowedBy, person.getConsentId(), "the rehire consent in force allowed it");
        assertEquals(consenting.getPerson().getId(), person.getEmployeeId());
        assertTrue(
                data.audit("MemberFile", ConsentPurpose.REHIRE_OFFERS).stream()
                        .anyMatch(a -> a.getAction() == AuditEntry.Action.EXPORT
                                && a.getActor().equals("hr.admin")
                                && a.getDetail().contains("provided to " + recipient)),
                "the export is audited");

        // The person's own copy of their data names the provision (APPI Art. 33(5)).
        JsonObject copy = alumnus.call(() -> report.mine());
        assertTrue(
                copy.getJsonArray("providedToOthers").getValuesAs(JsonObject.class).stream()
                        .anyMatch(p -> p.getString("recipient").equals(recipient)
                                && p.getString("channel").equals("MEMBER_FILE")
                                && p.getString("consentPurpose").equals("REHIRE_OFFERS")
                                && p.getString("dataItems").contains("personal e-mail")),
                copy.toString());
    }

    @Test
    void internalUseIsAuditedButIsNoProvision() throws Exception {
        String department = "MI" + unique();
        AlumnusProfile member = data.member(null, department, EnumSet.of(ConsentPurpose.NEWS_EVENTS), null);
        String recipient = "人事部 イベント担当 " + unique();

        MemberFiles.Export export = hr.call(() -> files.export(new MemberFiles.Request(
                ConsentPurpose.NEWS_EVENTS, MemberFiles.Destination.INTERNAL_USE, recipient, "交流会の名札の準備")));

        assertTrue(export.members().stream().anyMatch(m -> m.employeeNumber().equals(number(member))));
        assertTrue(
                hr
                        .call(() -> records.between(
                                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)))
                        .stream()
                        .noneMatch(r -> r.getRecipient().equals(recipient)),
                "internal use writes no provision record");
        List<AuditEntry> audited = data.audit("MemberFile", ConsentPurpose.NEWS_EVENTS).stream()
                .filter(a -> a.getDetail().contains(recipient))
                .toList();
        assertEquals(1, audited.size(), "internal use is in the audit log");
        assertTrue(
                audited.get(0).getDetail().contains("for internal use by " + recipient + ": 交流会の名札の準備"),
                audited.get(0).getDetail());
    }

    @Test
    void withoutRecipientOrReasonNothingLeaves() throws Exception {
        for (MemberFiles.Request incomplete : List.of(
                new MemberFiles.Request(ConsentPurpose.NEWS_EVENTS, MemberFiles.Destination.THIRD_PARTY, "  ", "理由"),
                new MemberFiles.Request(ConsentPurpose.NEWS_EVENTS, MemberFiles.Destination.THIRD_PARTY, "相手先", null),
                new MemberFiles.Request(null, MemberFiles.Destination.THIRD_PARTY, "相手先", "理由"),
                new MemberFiles.Request(ConsentPurpose.NEWS_EVENTS, null, "相手先", "理由"))) {
            BusinessException refused =
                    assertThrows(BusinessException.class, () -> hr.call(() -> files.export(incomplete)));
            assertTrue(refused.getKey().startsWith("integration.member-file."), refused.getKey());
            assertFalse(refused.getMessage(java.util.Locale.JAPANESE).isBlank());
        }
    }

    /**
     * Nobody consents to side jobs for a moment (every such consent in force is withdrawn, and given
     * back afterwards): the export is refused in the reader's language and leaves neither a record nor
     * an audit line.
     */
    @Test
    void whenNobodyConsentsNoFileAndNoRecord() throws Exception {
        @SuppressWarnings("unchecked")
        List<Number> inForce = (List<Number>) (List<?>)
                data.rows("select id from consent_record where purpose = 'SIDE_JOB_OFFERS' and withdrawn_at is null");
        String recipient = "副業マッチング株式会社 " + unique();
        for (Number id : inForce) {
            data.sql("update consent_record set withdrawn_at = ?1 where id = ?2", LocalDateTime.now(), id.longValue());
        }
        try {
            assertEquals(0, hr.call(() -> files.count(ConsentPurpose.SIDE_JOB_OFFERS)));
            BusinessException refused = assertThrows(
                    BusinessException.class,
                    () -> hr.call(() -> files.export(new MemberFiles.Request(
                            ConsentPurpose.SIDE_JOB_OFFERS,
                            MemberFiles.Destination.THIRD_PARTY,
                            recipient,
                            "副業案件の紹介"))));
            assertEquals("integration.member-file.nobody", refused.getKey());
            assertTrue(refused.getMessage(java.util.Locale.JAPANESE).contains("同意している会員はいません"));
            assertTrue(refused.getMessage(java.util.Locale.ENGLISH).contains("No member consents"));
        } finally {
            for (Number id : inForce) {
                data.sql("update consent_record set withdrawn_at = null where id = ?1", id.longValue());
            }
        }
        assertTrue(
                hr
                        .call(() -> records.between(
                                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)))
                        .stream()
                        .noneMatch(r -> r.getRecipient().equals(recipient)),
                "no record");
        assertTrue(
                data.audit("MemberFile", ConsentPurpose.SIDE_JOB_OFFERS).stream()
                        .noneMatch(a -> a.getDetail().contains(recipient)),
                "no audit line: nothing left");
    }

    @Test
    void onlyHrMayExportMembers() {
        MemberFiles.Request request =
                new MemberFiles.Request(ConsentPurpose.NEWS_EVENTS, MemberFiles.Destination.THIRD_PARTY, "他社", "理由");
        assertThrows(EJBAccessException.class, () -> manager.call(() -> files.export(request)));
        assertThrows(EJBAccessException.class, () -> alumnus.call(() -> files.export(request)));
        assertThrows(EJBAccessException.class, () -> hrSystem.call(() -> files.export(request)));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> files.count(ConsentPurpose.NEWS_EVENTS)));
    }
}
