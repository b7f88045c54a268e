package jp.kizuna.alumni.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.RefusingSmtpServer;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.BilingualText;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.network.Outreach;
import jp.kizuna.alumni.network.SegmentMailing;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail that bounced at send time: a segment mailing through an SMTP server that refuses one
 * member's address for good (550) and another's for now (450) marks the first member unreachable
 * for HR, not the second nor the member whose mail went through; a new address ends it, and HR can
 * mark an address reachable again.
 */
@ExtendWith(ArquillianExtension.class)
class MailRefusalsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.applicationWith(MailRefusalsIT.class, NetworkTestData.class);
        ear.getAsType(WebArchive.class, "alumni-test.war").addClass(RefusingSmtpServer.class);
        return ear;
    }

    @EJB
    AsHrAdmin hr;

    @Inject
    NetworkTestData network;

    @Inject
    Outreach outreach;

    @Inject
    MailRefusals refusals;

    private AlumnusProfile member(String department, String address) {
        AlumnusProfile member = network.member(null, department, EnumSet.of(ConsentPurpose.NEWS_EVENTS), null);
        network.sql(
                "update employee set personal_email = ?1 where id = ?2",
                address,
                member.getPerson().getId());
        return member;
    }

    private Optional<MailRefusal> refusalOf(long employeeId) throws Exception {
        return hr.call(() -> refusals.unreachable()).stream()
                .filter(r -> r.getPerson().getId() == employeeId)
                .findFirst();
    }

    @Test
    void aPermanentRefusalMarksTheMemberUnreachableUntilTheAddressChanges() throws Exception {
        String department = "BNC" + System.nanoTime() % 100000;
        String suffix = department.toLowerCase() + "@example.net";
        AlumnusProfile gone = member(department, "bounce-" + suffix);
        AlumnusProfile busy = member(department, "busy-" + suffix);
        AlumnusProfile fine = member(department, "fine-" + suffix);
        try (RefusingSmtpServer relay = new RefusingSmtpServer()) {
            SegmentMailing mailing = hr.call(() -> outreach.mailSegment(
                    ConsentPurpose.NEWS_EVENTS, department, new BilingualText("お知らせ", "本文", "News", "Text")));
            assertEquals(1, mailing.getRecipients());
            assertEquals(1, relay.accepted.get());
        }
        MailRefusal refusal = refusalOf(gone.getPerson().getId()).orElseThrow(() -> new AssertionError("not marked"));
        assertEquals("bounce-" + suffix, refusal.getAddress());
        assertTrue(refusal.getSmtpReply().startsWith("550 5.1.1"), refusal.getSmtpReply());
        assertFalse(refusalOf(busy.getPerson().getId()).isPresent(), "a temporary refusal is no bounce");
        assertFalse(refusalOf(fine.getPerson().getId()).isPresent());

        network.sql(
                "update employee set personal_email = ?1 where id = ?2",
                "new-" + suffix,
                gone.getPerson().getId());
        assertFalse(refusalOf(gone.getPerson().getId()).isPresent(), "a new address is worth trying");
        network.sql(
                "update employee set personal_email = ?1 where id = ?2",
                "bounce-" + suffix,
                gone.getPerson().getId());
        List<MailRefusal> again = hr.call(() -> refusals.unreachable());
        long id = again.stream()
                .filter(r -> r.getPerson().getId().equals(gone.getPerson().getId()))
                .findFirst()
                .orElseThrow()
                .getId();
        hr.run(() -> refusals.markReachable(id));
        assertFalse(refusalOf(gone.getPerson().getId()).isPresent(), "HR marked it reachable");
    }
}
