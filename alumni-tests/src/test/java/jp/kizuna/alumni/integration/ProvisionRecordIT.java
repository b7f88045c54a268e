package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.TestMailbox;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.BilingualText;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.network.Outreach;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.privacy.ConsentRecord;
import jp.kizuna.alumni.privacy.ProvisionRecord;
import jp.kizuna.alumni.privacy.ProvisionRecords;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The APPI provision record from the outside in: the HR system exports the alumni who consented to
 * rehire offers over SOAP (the real endpoint, as hr-sync), and HR finds a record of it naming the
 * recipient, the data items, the purpose and exactly the consenting people with the consent that
 * allowed each; the CSV export lists them; a segment mailing through a relay of another company is
 * recorded too; the retention sweep erases records past the legal period and keeps the others.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvisionRecordIT {

    /** Set in the server's JVM by the first step, read there by the later ones. */
    private static String department;

    private static Map<String, Long> consentOf;
    private static String notConsenting;

    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive application() {
        return Deployments.fullApplication();
    }

    @Deployment(name = "setup", order = 2)
    static EnterpriseArchive setup() {
        return TestMailbox.addedTo(Deployments.setupApplicationWith(
                "alumni-provision-setup", ProvisionRecordIT.class, NetworkTestData.class));
    }

    @EJB
    AsHrAdmin hr;

    @Inject
    NetworkTestData network;

    @Inject
    ProvisionRecords records;

    @Inject
    Outreach outreach;

    /**
     * Records of this test's members only: other tests export alumni too, and the application's
     * clock (the company's zone) need not agree with this JVM's: from 15:00 UTC Tokyo's date is the
     * next day, so every date range here reaches a day either side.
     */
    private static boolean concernsOurMembers(ProvisionRecord record) {
        return record.getPeople().stream().anyMatch(p -> consentOf.containsKey(p.getEmployeeNumber()));
    }

    @Test
    @Order(1)
    @OperateOnDeployment("setup")
    void twoAlumniConsentToRehireOffersAndOneDoesNot() {
        department = "PRV" + System.nanoTime() % 100000;
        AlumnusProfile first = network.member(
                null, department, EnumSet.of(ConsentPurpose.REHIRE_OFFERS, ConsentPurpose.NEWS_EVENTS), null);
        AlumnusProfile second = network.member(null, department, EnumSet.of(ConsentPurpose.REHIRE_OFFERS), null);
        AlumnusProfile third = network.member(null, department, EnumSet.of(ConsentPurpose.NEWS_EVENTS), null);
        consentOf = new java.util.HashMap<>();
        for (AlumnusProfile member : List.of(first, second)) {
            ConsentRecord rehire = network.consents(member.getPerson().getId()).stream()
                    .filter(c -> c.getPurpose() == ConsentPurpose.REHIRE_OFFERS)
                    .findFirst()
                    .orElseThrow();
            consentOf.put(member.getPerson().getEmployeeNumber(), rehire.getId());
        }
        notConsenting = third.getPerson().getEmployeeNumber();
    }

    @Test
    @Order(2)
    @RunAsClient
    @OperateOnDeployment("app")
    void theHrSystemExportsTheConsentingAlumniOverSoap() throws Exception {
        ProvisionRecordSoapSteps.hrSystemExportsConsentingAlumni();
    }

    @Test
    @Order(3)
    @OperateOnDeployment("setup")
    void hrFindsTheRecordWithRecipientItemsPurposeAndExactlyTheConsentingPeople() throws Exception {
        List<ProvisionRecord> found =
                hr
                        .call(() -> records.between(
                                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)))
                        .stream()
                        .filter(r -> r.getChannel() == ProvisionRecord.Channel.HR_INTEGRATION && concernsOurMembers(r))
                        .toList();
        assertEquals(1, found.size(), "one export, one record");
        ProvisionRecord record = found.get(0);
        assertEquals("HR system (hr-sync)", record.getRecipient());
        assertEquals(ConsentPurpose.REHIRE_OFFERS, record.getConsentPurpose());
        assertEquals("hr-sync", record.getRecordedBy());
        for (String item : List.of("employee number", "family name", "given name", "personal e-mail", "leaving date")) {
            assertTrue(record.getDataItems().contains(item), record.getDataItems());
        }
        Map<String, ProvisionRecord.Person> people = record.getPeople().stream()
                .collect(Collectors.toMap(ProvisionRecord.Person::getEmployeeNumber, p -> p));
        assertEquals(record.getPersonCount(), people.size());
        for (Map.Entry<String, Long> consenting : consentOf.entrySet()) {
            ProvisionRecord.Person person = people.get(consenting.getKey());
            assertNotNull(person, consenting.getKey() + " was provided");
            assertEquals(consenting.getValue(), person.getConsentId(), "the rehire consent allowed it");
            assertNotNull(person.getConsentGivenAt());
        }
        assertFalse(people.containsKey(notConsenting), "nobody without the consent is in it");
        assertTrue(
                record.getPeople().stream().allMatch(p -> p.getConsentId() != null), "everyone provided had consented");

        String csv = new String(
                hr.call(() -> records.csv(
                        LocalDate.now().minusDays(1), LocalDate.now().plusDays(1))),
                StandardCharsets.UTF_8);
        // The sixth column; commas inside quoted cells (the data items) do not split.
        Set<String> numbersInCsv = csv.lines()
                .skip(1)
                .map(line -> line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[5])
                .collect(Collectors.toSet());
        assertTrue(numbersInCsv.containsAll(consentOf.keySet()), csv);
        assertFalse(numbersInCsv.contains(notConsenting));
        assertTrue(
                network.audit(
                                        "ProvisionRecord",
                                        LocalDate.now().minusDays(1) + ".."
                                                + LocalDate.now().plusDays(1))
                                .size()
                        >= 1,
                "exporting the record is itself audited");
    }

    @Test
    @Order(4)
    @OperateOnDeployment("setup")
    void aSegmentMailingThroughAnotherCompanysRelayIsRecordedForThePeopleMailed() throws Exception {
        System.setProperty("alumni.mail.external-relay", "Example Mail Delivery K.K.");
        try (TestMailbox mailbox = new TestMailbox()) {
            LocalDateTime start = LocalDateTime.now().minusSeconds(1);
            hr.run(() -> outreach.mailSegment(
                    ConsentPurpose.REHIRE_OFFERS, department, new BilingualText("復職のご案内", "本文", "Come back", "Text")));
            ProvisionRecord record =
                    hr
                            .call(() -> records.between(
                                    LocalDate.now().minusDays(1),
                                    LocalDate.now().plusDays(1)))
                            .stream()
                            .filter(r -> r.getProvidedAt().isAfter(start)
                                    && r.getChannel() == ProvisionRecord.Channel.EXTERNAL_MAIL_RELAY)
                            .filter(ProvisionRecordIT::concernsOurMembers)
                            .findFirst()
                            .orElseThrow();
            assertEquals("Mail relay: Example Mail Delivery K.K.", record.getRecipient());
            assertEquals(
                    consentOf.keySet(),
                    record.getPeople().stream()
                            .map(ProvisionRecord.Person::getEmployeeNumber)
                            .collect(Collectors.toSet()));
            assertEquals(2, mailbox.server.getReceivedMessages().length);
        } finally {
            System.clearProperty("alumni.mail.external-relay");
        }
    }

    @Test
    @Order(5)
    @OperateOnDeployment("setup")
    void recordsPastTheLegalPeriodAreSweptAndTheOthersKept() throws Exception {
        List<ProvisionRecord> today =
                hr
                        .call(() -> records.between(
                                LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)))
                        .stream()
                        .filter(ProvisionRecordIT::concernsOurMembers)
                        .toList();
        assertEquals(2, today.size());
        network.sql(
                "update provision_record set provided_at = ?1 where id = ?2",
                LocalDateTime.now().minusYears(3).minusDays(1),
                today.get(1).getId());
        ProvisionRecords.Sweep sweep = hr.call(() -> records.sweep());
        assertTrue(sweep.records() >= 1);
        List<Long> left =
                hr
                        .call(() -> records.between(
                                LocalDate.now().minusYears(3), LocalDate.now().plusDays(1)))
                        .stream()
                        .map(ProvisionRecord::getId)
                        .toList();
        assertFalse(left.contains(today.get(1).getId()), "older than 3 years: erased");
        assertTrue(left.contains(today.get(0).getId()), "a recent record stays");
    }
}
