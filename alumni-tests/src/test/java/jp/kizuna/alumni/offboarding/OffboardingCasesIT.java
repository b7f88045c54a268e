package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmploymentStatus;
import jp.kizuna.alumni.it.AsHrSystem;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.it.ServiceTest;
import jp.kizuna.alumni.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening, moving, withdrawing and listing cases, with the roles and the manager's scope. */
class OffboardingCasesIT extends ServiceTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(OffboardingCasesIT.class, OffboardingFixture.class, RecordedEvents.class);
    }

    @EJB
    AsHrSystem hrSystem;

    @Inject
    OffboardingCases cases;

    @Inject
    ExitInterviews interviews;

    @Inject
    Checklists checklists;

    @Inject
    CaseFiles caseFiles;

    @Inject
    jp.kizuna.alumni.shared.Settings settings;

    OffboardingFixture fixture;
    Employee sato;
    Employee otherManager;
    Department department;
    LocalDate today;

    @BeforeEach
    void data() throws Exception {
        fixture = new OffboardingFixture(em, transaction);
        sato = fixture.person("manager.sato", "佐藤", "健");
        fixture.person("hr.admin", "人事", "花子");
        otherManager = fixture.report(fixture.person("hr.admin", "人事", "花子"), null);
        department = fixture.department("OBC");
        today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    ResignationNotice notice(Employee leaver, LocalDate noticeDate, LocalDate lastDay, NoticeSource source) {
        return new ResignationNotice(leaver.getEmployeeNumber(), noticeDate, lastDay, "一身上の都合", source);
    }

    @Test
    void managerOpensACaseForTheirReportWhichBecomesLeaving() throws Exception {
        Employee leaver = fixture.report(sato, department);
        int before = RecordedEvents.RESIGNATIONS.size();
        OffboardingCase opened =
                manager.call(() -> cases.openCase(notice(leaver, today, today.plusDays(45), NoticeSource.MANAGER)));

        assertEquals(CaseStatus.NOTICE_RECEIVED, opened.getStatus());
        assertEquals(today.plusDays(45), opened.getLastDay());
        assertEquals("一身上の都合", opened.getStatedReason());
        Employee reloaded = fixture.reload(leaver);
        assertEquals(EmploymentStatus.LEAVING, reloaded.getStatus());
        assertEquals(today.plusDays(45), reloaded.getLeavingDate());
        assertTrue(
                RecordedEvents.RESIGNATIONS.subList(before, RecordedEvents.RESIGNATIONS.size()).stream()
                        .anyMatch(e -> e.caseId() == opened.getId() && e.employeeId() == leaver.getId()),
                "ResignationRecorded observed");
        assertEquals(
                opened.getId(),
                manager.call(() -> cases.latestCaseOf(leaver.getEmployeeNumber()))
                        .orElseThrow()
                        .getId());
        assertFalse(manager.call(() -> cases.timeline(opened.getId())).isEmpty());
    }

    @Test
    void theCasePageReadsEveryPartOfACaseAtOnceAndOnlyForThoseWhoMaySeeIt() throws Exception {
        Employee leaver = fixture.report(sato, department);
        OffboardingCase opened =
                manager.call(() -> cases.openCase(notice(leaver, today, today.plusDays(40), NoticeSource.MANAGER)));
        manager.call(() -> cases.offerRetention(opened.getId(), "リモート勤務を週3日に"));

        CaseFile file = manager.call(() -> caseFiles.read(opened.getId()));

        assertEquals(opened.getId(), file.offboarding().getId());
        assertEquals(
                manager.call(() -> cases.timeline(opened.getId())).size(),
                file.timeline().size());
        assertEquals("佐藤", file.actorNames().get("manager.sato").family(), "the timeline's people by name");
        assertEquals(
                List.of("リモート勤務を週3日に"),
                file.offers().stream().map(RetentionOffer::getOffer).toList());
        assertEquals(
                manager.call(() -> checklists.itemsOf(opened.getId())).stream()
                        .map(ChecklistItem::getId)
                        .toList(),
                file.checklist().stream().map(ChecklistItem::getId).toList());
        assertEquals(manager.call(() -> interviews.interviewsOf(opened.getId())), file.interviews());
        String token = em.find(OffboardingCase.class, opened.getId()).getSurveyToken();
        assertEquals(
                token == null ? null : settings.publicUrl() + "/survey/index.xhtml?token=" + token,
                file.surveyLink(),
                "the link the leaver can reach, from the configured public address");

        Employee notSatos = fixture.report(otherManager, department);
        OffboardingCase elsewhere =
                hrAdmin.call(() -> cases.openCase(notice(notSatos, today, today.plusDays(40), NoticeSource.HR)));
        assertThrows(BusinessException.class, () -> manager.call(() -> caseFiles.read(elsewhere.getId())));
        assertThrows(EJBAccessException.class, () -> employee.call(() -> caseFiles.read(opened.getId())));
    }

    @Test
    void theHrSystemUsesTheSameServiceAndASecondOpenCaseIsRefused() throws Exception {
        Employee leaver = fixture.report(sato, department);
        hrSystem.call(() -> cases.openCase(notice(leaver, today, today.plusDays(30), NoticeSource.HR_SYSTEM)));
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> hrAdmin.call(() -> cases.openCase(notice(leaver, today, today.plusDays(31), NoticeSource.HR))));
        assertEquals("offboarding.case.alreadyOpen", refused.getKey());
    }

    @Test
    void badNoticesAreRefused() throws Exception {
        Employee leaver = fixture.report(sato, department);
        assertEquals(
                "offboarding.case.unknownEmployee",
                assertThrows(
                                BusinessException.class,
                                () -> hrAdmin.call(() -> cases.openCase(new ResignationNotice(
                                        "NOPE-" + OffboardingFixture.unique(), today, today, null, NoticeSource.HR))))
                        .getKey());
        assertEquals(
                "offboarding.case.lastDayBeforeNotice",
                assertThrows(
                                BusinessException.class,
                                () -> hrAdmin.call(() ->
                                        cases.openCase(notice(leaver, today, today.minusDays(1), NoticeSource.HR))))
                        .getKey());
        Employee notSatos = fixture.report(otherManager, department);
        assertEquals(
                "offboarding.case.notYourReport",
                assertThrows(
                                BusinessException.class,
                                () -> manager.call(() -> cases.openCase(
                                        notice(notSatos, today, today.plusDays(10), NoticeSource.MANAGER))))
                        .getKey());
        assertEquals(EmploymentStatus.ACTIVE, fixture.reload(leaver).getStatus(), "nothing half-written");
    }

    @Test
    void onlyOffboardingRolesMayOpenCases() throws Exception {
        Employee leaver = fixture.report(sato, department);
        assertThrows(
                EJBAccessException.class,
                () -> employee.call(
                        () -> cases.openCase(notice(leaver, today, today.plusDays(10), NoticeSource.MANAGER))));
        assertThrows(EJBAccessException.class, () -> cases.latestCaseOf(leaver.getEmployeeNumber()));
    }

    @Test
    void aCaseWalksItsPathAndPastTheLastDayTheEmployeeHasLeft() throws Exception {
        Employee leaver = fixture.report(sato, department);
        LocalDate lastDay = today.minusDays(2);
        long id = hrAdmin.call(() -> cases.openCase(notice(leaver, lastDay.minusDays(40), lastDay, NoticeSource.HR)))
                .getId();

        assertEquals(
                "offboarding.transition.invalid",
                assertThrows(BusinessException.class, () -> manager.call(() -> cases.advance(id, CaseStatus.LAST_DAY)))
                        .getKey());
        manager.call(() -> cases.advance(id, CaseStatus.INTERVIEWS));
        manager.call(() -> cases.advance(id, CaseStatus.HANDOVER));
        manager.call(() -> cases.advance(id, CaseStatus.LAST_DAY));
        assertEquals(EmploymentStatus.LEAVING, fixture.reload(leaver).getStatus());
        assertEquals(
                "offboarding.withdraw.afterLastDay",
                assertThrows(BusinessException.class, () -> hrAdmin.call(() -> cases.withdraw(id, "too late")))
                        .getKey());

        int before = RecordedEvents.DEPARTURES.size();
        OffboardingCase followUp = hrAdmin.call(() -> cases.advance(id, CaseStatus.FOLLOW_UP));
        assertEquals(EmploymentStatus.LEFT, fixture.reload(leaver).getStatus());
        assertTrue(
                RecordedEvents.DEPARTURES.subList(before, RecordedEvents.DEPARTURES.size()).stream()
                        .anyMatch(e ->
                                e.employeeId() == leaver.getId() && e.lastDay().equals(lastDay)),
                "EmployeeLeft observed");
        assertEquals(lastDay.plusMonths(1), followUp.getFollowUpDate(), "default follow-up one month later");
        List<InterviewSummary> scheduled = hrAdmin.call(() -> interviews.interviewsOf(id));
        assertTrue(scheduled.stream()
                .anyMatch(i ->
                        i.kind() == InterviewKind.FOLLOW_UP && i.date().equals(lastDay.plusMonths(1)) && !i.held()));

        assertEquals(
                "offboarding.transition.invalid",
                assertThrows(BusinessException.class, () -> hrAdmin.call(() -> cases.withdraw(id, "stays")))
                        .getKey());
        hrAdmin.call(() -> cases.advance(id, CaseStatus.CLOSED));
        assertEquals(CaseStatus.CLOSED, hrAdmin.call(() -> cases.find(id)).getStatus());
    }

    @Test
    void anAcceptedRetentionOfferWithdrawsTheResignation() throws Exception {
        Employee leaver = fixture.report(sato, department);
        long id = manager.call(() -> cases.openCase(notice(leaver, today, today.plusDays(60), NoticeSource.MANAGER)))
                .getId();
        RetentionOffer declined = manager.call(() -> cases.offerRetention(id, "昇給 5%"));
        manager.call(() -> cases.decideRetention(declined.getId(), RetentionOffer.Outcome.DECLINED, "給与ではない"));
        RetentionOffer accepted = hrAdmin.call(() -> cases.offerRetention(id, "希望のチームへ異動"));
        hrAdmin.call(() -> cases.decideRetention(accepted.getId(), RetentionOffer.Outcome.ACCEPTED, "異動で解決"));

        OffboardingCase retained = hrAdmin.call(() -> cases.find(id));
        assertEquals(CaseStatus.WITHDRAWN, retained.getStatus());
        assertTrue(retained.isRetained());
        assertEquals(EmploymentStatus.ACTIVE, fixture.reload(leaver).getStatus());
        List<RetentionOffer> offers = hrAdmin.call(() -> cases.retentionOffers(id));
        assertEquals(
                List.of(RetentionOffer.Outcome.DECLINED, RetentionOffer.Outcome.ACCEPTED),
                offers.stream().map(RetentionOffer::getOutcome).toList());
        assertEquals("manager.sato", offers.get(0).getOfferedBy());
        assertEquals(
                "offboarding.retention.caseNotOpen",
                assertThrows(BusinessException.class, () -> hrAdmin.call(() -> cases.offerRetention(id, "more")))
                        .getKey());
        // A new resignation later opens a new case.
        hrAdmin.call(() -> cases.openCase(notice(leaver, today, today.plusDays(90), NoticeSource.HR)));
    }

    @Test
    void realReasonsUseHrCategories() throws Exception {
        Employee leaver = fixture.report(sato, department);
        long id = manager.call(() -> cases.openCase(notice(leaver, today, today.plusDays(20), NoticeSource.MANAGER)))
                .getId();
        manager.call(() -> cases.recordReasons(id, "CAREER", Set.of("PAY", "FLEXIBILITY"), "他社でリードの役割"));
        OffboardingCase loaded = hrAdmin.call(() -> {
            OffboardingCase c = cases.find(id);
            c.getSecondaryReasons();
            return c;
        });
        assertEquals("CAREER", loaded.getPrimaryReason().getCode());
        assertEquals(
                Set.of("PAY", "FLEXIBILITY"),
                hrAdmin.call(() -> cases.find(id).getSecondaryReasons().stream()
                        .map(ReasonCategory::getCode)
                        .collect(java.util.stream.Collectors.toSet())));
        assertEquals(
                "offboarding.reason.unknown",
                assertThrows(
                                BusinessException.class,
                                () -> manager.call(() -> cases.recordReasons(id, "NO_SUCH", Set.of(), null)))
                        .getKey());
    }

    @Test
    void managersSeeOnlyTheirReportsCasesAndTheListPagesInTheDatabase() throws Exception {
        Department listed = fixture.department("OBL");
        for (int i = 0; i < 3; i++) {
            Employee mine = fixture.report(sato, listed);
            manager.call(() -> cases.openCase(notice(mine, today, today.plusDays(10), NoticeSource.MANAGER)));
        }
        Employee notMine = fixture.report(otherManager, listed);
        long foreign = hrAdmin.call(() -> cases.openCase(notice(notMine, today, today.plusDays(10), NoticeSource.HR)))
                .getId();

        CaseFilter inDepartment = new CaseFilter(null, null, listed.getCode(), null, null, true);
        assertEquals(4L, hrAdmin.call(() -> cases.count(inDepartment)));
        assertEquals(3L, manager.call(() -> cases.count(inDepartment)));
        assertEquals(
                2,
                manager.call(() -> cases.search(inDepartment, 0, 2, "lastDay", true))
                        .size());
        assertEquals(
                1,
                manager.call(() -> cases.search(inDepartment, 2, 2, "lastDay", true))
                        .size());
        assertTrue(manager.call(() -> cases.search(inDepartment, 0, 10, "name", true)).stream()
                .allMatch(c -> c.getEmployee().getManager().getLoginName().equals("manager.sato")));
        assertEquals(
                "offboarding.case.notYours",
                assertThrows(BusinessException.class, () -> manager.call(() -> cases.find(foreign)))
                        .getKey());
        assertEquals(
                1L,
                hrAdmin.call(() -> cases.count(
                        new CaseFilter(notMine.getEmployeeNumber().toLowerCase(), null, null, null, null, false))));
    }

    @Test
    void aChecklistIsInstantiatedFromTheBestTemplate() throws Exception {
        Department withTemplate = fixture.department("OBT");
        long general = hrAdmin.call(() -> checklists.saveTemplate(
                        null, "部署テンプレート", "Department template", withTemplate.getCode(), null, true))
                .getId();
        hrAdmin.call(() -> checklists.addTemplateItem(
                general, "PC返却", "Return laptop", ChecklistCategory.EQUIPMENT_RETURN, TaskOwner.LEAVER, 0));
        hrAdmin.call(() -> checklists.addTemplateItem(
                general,
                "引継書の作成",
                "Write the handover document",
                ChecklistCategory.KNOWLEDGE_TRANSFER,
                TaskOwner.MANAGER,
                -10));
        Employee leaver = fixture.report(sato, withTemplate);
        long id = manager.call(() ->
                        cases.openCase(notice(leaver, today.minusDays(20), today.plusDays(5), NoticeSource.MANAGER)))
                .getId();

        List<ChecklistItem> items = manager.call(() -> checklists.itemsOf(id));
        assertEquals(2, items.size());
        ChecklistItem handover = items.get(0);
        assertEquals("Write the handover document", handover.getTitleEn());
        assertEquals(today.minusDays(5), handover.getDueDate());
        assertEquals("佐藤 健", handover.getOwnerName());
        assertTrue(manager.call(() -> checklists.overdue(500)).stream()
                .anyMatch(i -> i.getId().equals(handover.getId())));
        manager.call(() -> checklists.complete(handover.getId()));
        assertFalse(manager.call(() -> checklists.overdue(500)).stream()
                .anyMatch(i -> i.getId().equals(handover.getId())));

        hrAdmin.call(() -> cases.changeLastDay(id, today.plusDays(15)));
        assertEquals(
                today.plusDays(15),
                manager.call(() -> checklists.itemsOf(id)).stream()
                        .filter(i -> i.getOwner() == TaskOwner.LEAVER)
                        .findFirst()
                        .orElseThrow()
                        .getDueDate());
    }
}
