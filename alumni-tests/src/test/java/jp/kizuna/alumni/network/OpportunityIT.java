package jp.kizuna.alumni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kizuna.alumni.event.AlumniEvent;
import jp.kizuna.alumni.event.EventCalendar;
import jp.kizuna.alumni.event.Rsvp;
import jp.kizuna.alumni.event.RsvpStatus;
import jp.kizuna.alumni.it.AsOtherAlumnus;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.opportunity.Interest;
import jp.kizuna.alumni.opportunity.OpeningMatch;
import jp.kizuna.alumni.opportunity.Opportunity;
import jp.kizuna.alumni.opportunity.OpportunityBoard;
import jp.kizuna.alumni.opportunity.OpportunityKind;
import jp.kizuna.alumni.opportunity.PipelineStage;
import jp.kizuna.alumni.opportunity.Referral;
import jp.kizuna.alumni.opportunity.Referrals;
import jp.kizuna.alumni.opportunity.RehireDecisions;
import jp.kizuna.alumni.opportunity.RehireEligibility;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Opportunities and HR's pipeline, rehire eligibility, referrals, event seats and the engagement figures. */
class OpportunityIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(OpportunityIT.class, NetworkTestData.class, AsOtherAlumnus.class);
    }

    @EJB
    AsOtherAlumnus otherAlumnus;

    @Inject
    NetworkTestData data;

    @Inject
    OpportunityBoard board;

    @Inject
    AlumnusProfiles profiles;

    @Inject
    RehireDecisions rehire;

    @Inject
    Referrals referrals;

    @Inject
    EventCalendar calendar;

    @Inject
    EngagementFigures engagement;

    @Test
    void oneClickInterestRunsThroughThePipelineAndARehireOfferNeedsEligibility() throws Exception {
        String dept = "OPP" + NetworkTestData.unique();
        AlumnusProfile yamada = data.member("alumni.yamada", dept, EnumSet.of(ConsentPurpose.REHIRE_OFFERS), null);
        Opportunity opening = hrAdmin.call(() -> board.post(
                OpportunityKind.REHIRE,
                "法人営業マネージャー",
                "出戻り歓迎",
                dept,
                "東京",
                LocalDate.now().plusMonths(1)));
        assertThrows(
                EJBAccessException.class,
                () -> alumnus.call(() -> board.post(OpportunityKind.REHIRE, "x", "y", null, null, null)));

        Interest interest = alumnus.call(() -> board.expressInterest(opening.getId()));
        Interest again = alumnus.call(() -> board.expressInterest(opening.getId()));
        assertEquals(interest.getId(), again.getId(), "saying it twice changes nothing");
        assertTrue(alumnus.call(() -> board.myInterests()).containsKey(opening.getId()));

        List<Interest> pipeline = hrAdmin.call(() -> board.pipeline(opening.getId()));
        assertEquals(1, pipeline.size());
        assertEquals(yamada.getId(), pipeline.get(0).getAlumnus().getId());
        assertEquals(PipelineStage.INTERESTED, pipeline.get(0).getStage());
        assertEquals(1L, hrAdmin.call(() -> board.interestCounts()).get(opening.getId()));

        hrAdmin.call(() -> board.advance(interest.getId(), PipelineStage.TALKING, "初回面談"));
        BusinessException noDecision = assertThrows(
                BusinessException.class,
                () -> hrAdmin.call(() -> board.advance(interest.getId(), PipelineStage.OFFER, null)));
        assertEquals("opportunity.offer.not-eligible", noDecision.getKey());

        String number = data.employee(yamada.getPerson().getId()).getEmployeeNumber();
        hrAdmin.call(() -> rehire.decide(number, RehireEligibility.Decision.NOT_ELIGIBLE, "評価面談で保留"));
        assertEquals(
                "opportunity.offer.not-eligible",
                assertThrows(
                                BusinessException.class,
                                () -> hrAdmin.call(() -> board.advance(interest.getId(), PipelineStage.OFFER, null)))
                        .getKey());
        RehireEligibility yes =
                hrAdmin.call(() -> rehire.decide(number, RehireEligibility.Decision.ELIGIBLE, "円満退職、高評価"));
        assertEquals(yamada.getPerson().getId(), yes.getPerson().getId());
        assertEquals(2, hrAdmin.call(() -> rehire.history(yamada.getId())).size());

        hrAdmin.call(() -> board.advance(interest.getId(), PipelineStage.OFFER, null));
        hrAdmin.call(() -> board.advance(interest.getId(), PipelineStage.HIRED, null));
        assertEquals(
                "opportunity.stage.invalid",
                assertThrows(
                                BusinessException.class,
                                () -> hrAdmin.call(() -> board.advance(interest.getId(), PipelineStage.TALKING, null)))
                        .getKey());

        DepartmentEngagement figures = hrAdmin.call(() -> engagement.byDepartment()).stream()
                .filter(d -> d.departmentCode().equals(dept))
                .findFirst()
                .orElseThrow();
        assertEquals(1, figures.activeAlumni());
        assertEquals(1, figures.boomerangHires());
        assertEquals(0, figures.collaborations());
    }

    @Test
    void aMemberTakesTheirInterestBackAndHrSeesIt() throws Exception {
        String dept = "OPW" + NetworkTestData.unique();
        data.member("alumni.yamada", dept, EnumSet.of(ConsentPurpose.REHIRE_OFFERS), null);
        Opportunity opening = hrAdmin.call(() -> board.post(
                OpportunityKind.SIDE_JOB,
                "業務改善プロジェクト",
                "副業可",
                dept,
                "オンライン",
                LocalDate.now().plusMonths(1)));
        Interest interest = alumnus.call(() -> board.expressInterest(opening.getId()));

        alumnus.run(() -> board.withdrawInterest(interest.getId()));
        List<Interest> pipeline = hrAdmin.call(() -> board.pipeline(opening.getId()));
        assertEquals(PipelineStage.WITHDRAWN, pipeline.get(0).getStage(), "HR's pipeline shows it");
        assertTrue(PipelineStage.WITHDRAWN.next().isEmpty(), "HR cannot move a withdrawn interest on");
        assertEquals(
                "opportunity.stage.invalid",
                assertThrows(
                                BusinessException.class,
                                () -> hrAdmin.call(() -> board.advance(interest.getId(), PipelineStage.TALKING, null)))
                        .getKey());
        assertEquals(
                "opportunity.stage.invalid",
                assertThrows(BusinessException.class, () -> alumnus.run(() -> board.withdrawInterest(interest.getId())))
                        .getKey(),
                "taken back once");

        // The member changes their mind: one click puts them back at the start, with the same record.
        Interest again = alumnus.call(() -> board.expressInterest(opening.getId()));
        assertEquals(interest.getId(), again.getId());
        assertEquals(
                PipelineStage.INTERESTED,
                hrAdmin.call(() -> board.pipeline(opening.getId())).get(0).getStage());

        // Only the member who said it can take it back.
        hrAdmin.call(() -> board.advance(interest.getId(), PipelineStage.TALKING, null));
        assertThrows(EJBAccessException.class, () -> hrAdmin.run(() -> board.withdrawInterest(interest.getId())));
        data.member("alumni.smith", dept, EnumSet.of(ConsentPurpose.REHIRE_OFFERS), null);
        assertEquals(
                "opportunity.not-yours",
                assertThrows(
                                BusinessException.class,
                                () -> otherAlumnus.run(() -> board.withdrawInterest(interest.getId())))
                        .getKey());
        alumnus.run(() -> board.withdrawInterest(interest.getId()));
        assertEquals(
                PipelineStage.WITHDRAWN,
                hrAdmin.call(() -> board.pipeline(opening.getId())).get(0).getStage(),
                "taken back while talking, too");
    }

    @Test
    void hrSeesTheMembersWhoFitAnOpeningRankedWithWhyAndOnlyThoseWhoConsented() throws Exception {
        String dept = "OPM" + NetworkTestData.unique();
        AlumnusProfile fits = data.member(
                "alumni.yamada",
                dept,
                EnumSet.of(ConsentPurpose.REHIRE_OFFERS),
                new ProfileChange(
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of("Java", "経理", "営業"),
                        EnumSet.of(Openness.REHIRE),
                        true,
                        true,
                        true,
                        true,
                        false),
                "適合",
                "一郎");
        YearMonth returning = YearMonth.now().plusMonths(4);
        alumnus.call(() -> profiles.openToReturningFrom(returning));
        AlumnusProfile skillsOnly = data.member(
                null,
                dept,
                EnumSet.of(ConsentPurpose.REHIRE_OFFERS),
                new ProfileChange(
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of("経理"),
                        EnumSet.noneOf(Openness.class),
                        true,
                        true,
                        true,
                        true,
                        false),
                "経理",
                "二郎");
        AlumnusProfile noConsent = data.member(
                null,
                dept,
                EnumSet.of(ConsentPurpose.DIRECTORY),
                new ProfileChange(
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of("Java", "経理"),
                        EnumSet.of(Openness.REHIRE),
                        true,
                        true,
                        true,
                        true,
                        false),
                "未同意",
                "三郎");
        AlumnusProfile withdrew = data.member(
                null,
                dept,
                EnumSet.of(ConsentPurpose.REHIRE_OFFERS),
                new ProfileChange(
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of("Java", "経理"),
                        EnumSet.of(Openness.REHIRE),
                        true,
                        true,
                        true,
                        true,
                        false),
                "撤回",
                "四郎");
        data.sql(
                "update consent_record set withdrawn_at = current_timestamp where employee_id = ?1",
                withdrew.getPerson().getId());
        AlumnusProfile unrelated = data.member(
                null,
                dept,
                EnumSet.of(ConsentPurpose.REHIRE_OFFERS),
                new ProfileChange(
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of("デザイン"),
                        EnumSet.of(Openness.SIDE_JOB),
                        true,
                        true,
                        true,
                        true,
                        false),
                "無関係",
                "五郎");
        Opportunity opening = hrAdmin.call(() -> board.post(
                OpportunityKind.REHIRE,
                "経理マネージャー",
                "Java で作った会計システムの経理業務",
                dept,
                "東京",
                LocalDate.now().plusMonths(6)));

        List<OpeningMatch.Match> matches = hrAdmin.call(() -> board.matches(opening.getId())).stream()
                .filter(m -> Set.of(
                                fits.getId(),
                                skillsOnly.getId(),
                                noConsent.getId(),
                                withdrew.getId(),
                                unrelated.getId())
                        .contains(m.candidate().profileId()))
                .toList();
        assertEquals(
                List.of(fits.getId(), skillsOnly.getId()),
                matches.stream().map(m -> m.candidate().profileId()).toList(),
                "ranked; only those who consented to rehire offers, and only those who fit");
        OpeningMatch.Reasons why = matches.get(0).reasons();
        assertEquals(List.of("java", "経理"), why.skills());
        assertTrue(why.openToKind());
        assertEquals(returning, why.returningFrom());
        assertTrue(why.formerDepartment());
        assertEquals(
                returning,
                hrAdmin.call(() -> data.profileOf(fits.getPerson().getId()).getReturningFrom()),
                "the month is on the profile HR sees");
        assertThrows(EJBAccessException.class, () -> alumnus.call(() -> board.matches(opening.getId())));
    }

    @Test
    void anOpeningReadsInTheReadersLanguageAndItsEnglishTextCountsForMatching() throws Exception {
        String dept = "OPL" + NetworkTestData.unique();
        // Creating the member creates the department too.
        AlumnusProfile kotlin = data.member(
                null,
                dept,
                EnumSet.of(ConsentPurpose.SIDE_JOB_OFFERS),
                new ProfileChange(
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of("Kotlin"),
                        EnumSet.of(Openness.SIDE_JOB),
                        true,
                        true,
                        true,
                        true,
                        false),
                "小林",
                "光");
        Opportunity opening = hrAdmin.call(() -> board.post(
                OpportunityKind.SIDE_JOB,
                "データ基盤の副業",
                "週1日、リモート可",
                " Data platform side job ",
                "One day a week; Kotlin and 𠮷野家 data welcome",
                dept,
                "東京",
                LocalDate.now().plusMonths(1)));
        Opportunity stored = em.find(Opportunity.class, opening.getId());
        assertEquals("データ基盤の副業", stored.title(java.util.Locale.JAPANESE));
        assertEquals(
                "Data platform side job", stored.title(java.util.Locale.ENGLISH), "stripped, otherwise as written");
        assertEquals("One day a week; Kotlin and 𠮷野家 data welcome", stored.description(java.util.Locale.ENGLISH));

        Opportunity japaneseOnly =
                hrAdmin.call(() -> board.post(OpportunityKind.SIDE_JOB, "経理の副業", "月末のみ", dept, null, null));
        assertEquals(
                "経理の副業",
                em.find(Opportunity.class, japaneseOnly.getId()).title(java.util.Locale.ENGLISH),
                "no English text: the Japanese one");

        String tooLong = "x".repeat(201);
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> hrAdmin.call(
                        () -> board.post(OpportunityKind.SIDE_JOB, "長い英語", "説明", tooLong, null, dept, null, null)));
        assertEquals("opportunity.english.too-long", refused.getKey());
        assertEquals(
                0L,
                em.createQuery("select count(o) from Opportunity o where o.title.ja = '長い英語'", Long.class)
                        .getSingleResult(),
                "nothing half-posted");

        OpeningMatch.Match match = hrAdmin.call(() -> board.matches(opening.getId())).stream()
                .filter(m -> m.candidate().profileId() == kotlin.getId())
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("kotlin"), match.reasons().skills(), "a skill named only in the English description");
    }

    @Test
    void theEligibilityDecisionLinksToTheExitCase() throws Exception {
        String dept = "OPE" + NetworkTestData.unique();
        var leaver = data.leaver(null, dept, java.util.Locale.JAPANESE, null, true, "退職", "者");
        transaction.begin();
        em.persist(new AlumnusProfile(
                em.find(jp.kizuna.alumni.identity.Employee.class, leaver.getId()),
                31337L,
                leaver.getLeavingDate(),
                LocalDateTime.now()));
        transaction.commit();
        RehireEligibility decision = hrAdmin.call(
                () -> rehire.decide(leaver.getEmployeeNumber(), RehireEligibility.Decision.CONDITIONAL, "別部署なら可"));
        assertEquals(31337L, decision.getExitCaseId());
        assertEquals(
                "opportunity.eligibility.reasons-required",
                assertThrows(
                                BusinessException.class,
                                () -> hrAdmin.call(() -> rehire.decide(
                                        leaver.getEmployeeNumber(), RehireEligibility.Decision.ELIGIBLE, " ")))
                        .getKey());
    }

    @Test
    void referralsStayAttributedToTheAlumnus() throws Exception {
        String dept = "OPR" + NetworkTestData.unique();
        AlumnusProfile yamada = data.member("alumni.yamada", dept, EnumSet.noneOf(ConsentPurpose.class), null);
        Opportunity opening =
                hrAdmin.call(() -> board.post(OpportunityKind.SIDE_JOB, "データ分析の副業", "週1日", null, "リモート", null));
        Referral referral = alumnus.call(() -> referrals.refer(opening.getId(), "佐々木 次郎", "jiro@example.org", "前職の同僚"));
        assertEquals(1, alumnus.call(() -> referrals.mine()).size());
        Referral listed = hrAdmin.call(() -> referrals.all()).stream()
                .filter(r -> r.getId().equals(referral.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals(yamada.getId(), listed.getReferrer().getId());
        hrAdmin.call(() -> referrals.move(referral.getId(), Referral.Status.SCREENING));
        assertEquals(
                "opportunity.referral.status-invalid",
                assertThrows(
                                BusinessException.class,
                                () -> hrAdmin.call(() -> referrals.move(referral.getId(), Referral.Status.SUBMITTED)))
                        .getKey());
        assertEquals(
                1,
                hrAdmin.call(() -> engagement.byDepartment()).stream()
                        .filter(d -> d.departmentCode().equals(dept))
                        .findFirst()
                        .orElseThrow()
                        .referrals());
    }

    @Test
    void eventSeatsAreLimitedAndACancellationMovesTheWaitingListUp() throws Exception {
        String dept = "OPV" + NetworkTestData.unique();
        data.member("alumni.yamada", dept, EnumSet.of(ConsentPurpose.NEWS_EVENTS), null);
        AlumnusProfile other = data.member(null, dept, EnumSet.of(ConsentPurpose.NEWS_EVENTS), null);
        AlumniEvent party = hrAdmin.call(
                () -> calendar.schedule("アルムナイ交流会", null, LocalDateTime.now().plusDays(20), "東京本社", 1));
        assertEquals(
                RsvpStatus.GOING,
                alumnus.call(() -> calendar.attend(party.getId())).getStatus());
        transaction.begin();
        em.persist(new Rsvp(
                em.find(AlumniEvent.class, party.getId()),
                em.find(AlumnusProfile.class, other.getId()),
                RsvpStatus.WAITLISTED,
                LocalDateTime.now()));
        transaction.commit();
        assertEquals(1L, alumnus.call(() -> calendar.seatsTaken()).get(party.getId()));

        alumnus.run(() -> calendar.cancelAttendance(party.getId()));
        List<Rsvp> attendees = hrAdmin.call(() -> calendar.attendees(party.getId()));
        assertEquals(1, attendees.size());
        assertEquals(other.getId(), attendees.get(0).getAlumnus().getId());
        assertEquals(RsvpStatus.GOING, attendees.get(0).getStatus());

        assertEquals(
                RsvpStatus.WAITLISTED,
                alumnus.call(() -> calendar.attend(party.getId())).getStatus(),
                "the seat went to the waiting list; coming back means waiting");
        Map<Long, RsvpStatus> mine = alumnus.call(() -> calendar.myAnswers());
        assertEquals(RsvpStatus.WAITLISTED, mine.get(party.getId()));
    }
}
