package jp.kizuna.alumni.network;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import jp.kizuna.alumni.event.AlumniEvent;
import jp.kizuna.alumni.event.EventCalendar;
import jp.kizuna.alumni.it.AsAlumnus;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.opportunity.OpportunityBoard;
import jp.kizuna.alumni.opportunity.OpportunityKind;
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
 * The portal home read in a real browser through the real Keycloak login: alumni.yamada (Japanese)
 * and alumni.smith (English), former colleagues of one department, read their feeds (the opening that
 * fits with why, the event in their language with the online link only for yamada's seat, the news,
 * the colleague who is listed and not the one who is not), open the profile page and save a change;
 * the home fits a 390 px phone.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalFeedBrowserIT {

    static final String DEPARTMENT = "E2E-FEED";
    static final String SKILL = "Feedwise";
    static final String OPENING = "E2E Feedwise リード（再雇用）";
    static final String EVENT_JA = "E2E フィード交流会";
    static final String EVENT_EN = "E2E feed reunion";
    static final String LINK = "https://meet.example.com/e2e-feed";
    static final String NEWS_JA = "E2E フィードのお知らせ";
    static final String NEWS_EN = "E2E feed news";
    static final String HIDDEN = "隠田 次郎";

    @Deployment(name = "app", testable = false, order = 1)
    static EnterpriseArchive application() {
        return Deployments.fullApplication();
    }

    @Deployment(name = "setup", order = 2)
    static EnterpriseArchive setup() {
        return Deployments.setupApplicationWith("alumni-feed-setup", PortalFeedBrowserIT.class, NetworkTestData.class);
    }

    @EJB
    AsHrAdmin hrAdmin;

    @EJB
    AsAlumnus yamada;

    @Inject
    NetworkTestData data;

    @Inject
    OpportunityBoard board;

    @Inject
    EventCalendar calendar;

    @Inject
    Outreach outreach;

    @Test
    @Order(1)
    @OperateOnDeployment("setup")
    void twoFormerColleaguesAnOpeningAnEventAndNewsExist() throws Exception {
        // yamada is not listed in the directory; smith is.
        data.member(
                "alumni.yamada",
                DEPARTMENT,
                EnumSet.of(ConsentPurpose.NEWS_EVENTS),
                new ProfileChange(
                        "旧勤務先",
                        "課長",
                        "東京",
                        null,
                        null,
                        List.of(SKILL),
                        EnumSet.noneOf(Openness.class),
                        true,
                        true,
                        true,
                        true,
                        false),
                "山田",
                "太郎");
        data.member(
                "alumni.smith",
                DEPARTMENT,
                EnumSet.of(ConsentPurpose.NEWS_EVENTS, ConsentPurpose.DIRECTORY),
                new ProfileChange(
                        "Smith Trading",
                        "Consultant",
                        "London",
                        null,
                        null,
                        List.of("Negotiation"),
                        EnumSet.noneOf(Openness.class),
                        true,
                        true,
                        true,
                        true,
                        false),
                "Smith",
                "John");
        data.member(
                null,
                DEPARTMENT,
                EnumSet.of(ConsentPurpose.NEWS_EVENTS),
                new ProfileChange(
                        "見えない商事",
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        EnumSet.noneOf(Openness.class),
                        true,
                        true,
                        true,
                        true,
                        false),
                "隠田",
                "次郎");
        data.closeOpenings(OPENING);
        hrAdmin.call(() -> board.post(
                OpportunityKind.REHIRE,
                OPENING,
                SKILL + " を使うチームのリード",
                DEPARTMENT,
                "東京本社",
                LocalDate.now().plusMonths(1)));
        // In the company's zone (the server's clock), soon, so it is among the first upcoming events.
        LocalDateTime startsAt = LocalDateTime.now(java.time.ZoneId.of("Asia/Tokyo"))
                .plusMinutes(30)
                .truncatedTo(ChronoUnit.MINUTES);
        AlumniEvent event = hrAdmin.call(() -> calendar.schedule(
                EVENT_JA, "元同僚の集まり", EVENT_EN, "Former colleagues meet", startsAt, "本社 10F", LINK, 30));
        hrAdmin.call(() -> outreach.publishNews(new BilingualText(NEWS_JA, "本文です。", NEWS_EN, "The body.")));
        yamada.call(() -> calendar.attend(event.getId()));
    }

    @Test
    @Order(2)
    @RunAsClient
    @OperateOnDeployment("app")
    void yamadaReadsTheFeedInJapaneseAndSavesTheProfile() {
        PortalFeedBrowserSteps.yamadaReadsTheFeedAndSavesTheProfile();
    }

    @Test
    @Order(3)
    @RunAsClient
    @OperateOnDeployment("app")
    void smithReadsTheFeedInEnglishAndSavesTheProfile() {
        PortalFeedBrowserSteps.smithReadsTheFeedAndSavesTheProfile();
    }

    @Test
    @Order(4)
    @RunAsClient
    @OperateOnDeployment("app")
    void theHomeFitsAPhone() {
        PortalFeedBrowserSteps.theHomeFitsAPhone();
    }
}
