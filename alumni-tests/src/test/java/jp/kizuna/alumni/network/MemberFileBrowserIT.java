package jp.kizuna.alumni.network;

import jakarta.inject.Inject;
import java.util.EnumSet;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.privacy.ConsentPurpose;
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
 * HR exports the members who consent to rehire offers for a recruitment partner from the network
 * page: the page refuses a file without a recipient, then the browser downloads a CSV file Excel
 * opens (byte order mark) in which a name with 𠮷 and its kana arrive unchanged, and the provision
 * record lists the provision with its recipient, reason and people.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemberFileBrowserIT {

    static final String DEPARTMENT = "E2E-FILE";
    static final String FAMILY = "𠮷野";
    static final String GIVEN = "桜子";
    static final String FAMILY_KANA = "ヨシノ";
    static final String GIVEN_KANA = "サクラコ";

    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive application() {
        return Deployments.fullApplication();
    }

    @Deployment(name = "setup", order = 2)
    static EnterpriseArchive setup() {
        return Deployments.setupApplicationWith(
                "alumni-member-file-setup", MemberFileBrowserIT.class, NetworkTestData.class);
    }

    @Inject
    NetworkTestData data;

    /** A member who consents to rehire offers, named with a character outside Shift_JIS and read in katakana. */
    @Test
    @Order(1)
    @OperateOnDeployment("setup")
    void aMemberWithAJapaneseNameConsentsToRehireOffers() {
        AlumnusProfile member =
                data.member(null, DEPARTMENT, EnumSet.of(ConsentPurpose.REHIRE_OFFERS), null, FAMILY, GIVEN);
        data.rename(member.getPerson().getId(), FAMILY, GIVEN, FAMILY_KANA, GIVEN_KANA);
    }

    @Test
    @Order(2)
    @RunAsClient
    @OperateOnDeployment("app")
    void hrExportsTheMembersForARecipientAndSeesTheProvisionRecorded() throws Exception {
        MemberFileBrowserSteps.hrExportsTheMembersForARecipientAndSeesTheProvisionRecorded();
    }
}
