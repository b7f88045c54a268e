package jp.kizuna.alumni.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.it.AsManager;
import jp.kizuna.alumni.it.Deployments;
import jp.kizuna.alumni.offboarding.analytics.ExperienceReport;
import jp.kizuna.alumni.offboarding.analytics.GroupFigure;
import jp.kizuna.alumni.offboarding.analytics.LeavingExperience;
import jp.kizuna.alumni.offboarding.questionnaire.GivenAnswer;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionDraft;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionKind;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionSet;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnairePurpose;
import jp.kizuna.alumni.offboarding.questionnaire.Questionnaires;
import jp.kizuna.alumni.offboarding.questionnaire.VersionStatus;
import jp.kizuna.alumni.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HR's own exit survey questions: publishing makes a new version, answers keep the version they were
 * given under and read with its questions, and the leaving-experience figures count answers of every
 * version because they find the score by its key. Each test ends by publishing version 1's questions
 * again, so the other tests of the run answer the survey as before.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionnairesIT {

    private static final QuestionnairePurpose EXIT = QuestionnairePurpose.EXIT_SURVEY;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(QuestionnairesIT.class, OffboardingFixture.class);
    }

    @PersistenceContext(unitName = "alumni")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @EJB
    AsHrAdmin hrAdmin;

    @EJB
    AsManager manager;

    @Inject
    OffboardingCases cases;

    @Inject
    ExitSurveys surveys;

    @Inject
    Questionnaires questionnaires;

    @Inject
    LeavingExperience experience;

    @Inject
    OffboardingSettings settings;

    @AfterEach
    void backToTheOriginalQuestions() throws Exception {
        hrAdmin.call(() -> {
            questionnaires.discardDraft(EXIT);
            long first = questionnaires.versions(EXIT).stream().filter(v -> v.number() == 1).findFirst().orElseThrow().id();
            questionnaires.draft(EXIT);
            questionnaires.saveDraft(EXIT, questionnaires.version(first).questions());
            return questionnaires.publish(EXIT);
        });
    }

    @Test
    void publishingMakesTheNextVersionAndRefusesWhatCannotBeAnswered() throws Exception {
        QuestionSet before = questionnaires.current(EXIT);
        assertEquals(VersionStatus.PUBLISHED, before.status());
        assertTrue(before.questions().stream().map(QuestionDraft::getKey).toList()
                .containsAll(List.of("EXPERIENCE_SCORE", "OFFBOARDING_SCORE", "WOULD_RETURN", "COMMENT")));

        QuestionSet draft = hrAdmin.call(() -> questionnaires.draft(EXIT));
        assertEquals(VersionStatus.DRAFT, draft.status());
        assertTrue(draft.number() > before.number());
        assertEquals(draft.versionId(), hrAdmin.call(() -> questionnaires.draft(EXIT)).versionId(), "one draft at a time");

        // A choice question without choices is saved (HR may stop half-way) but not published.
        List<QuestionDraft> questions = new ArrayList<>(draft.questions());
        questions.add(QuestionDraft.choice(QuestionKind.CHOICE, "次の職場の業種", "Industry of your next employer", true));
        hrAdmin.call(() -> questionnaires.saveDraft(EXIT, questions));
        BusinessException noChoices = assertThrows(BusinessException.class, () -> hrAdmin.call(() -> questionnaires.publish(EXIT)));
        assertEquals("offboarding.questionnaire.choicesMissing", noChoices.getKey());
        assertEquals("設問5は選択式のため、選択肢が2つ以上必要です。", noChoices.getMessage(Locale.JAPANESE));
        assertEquals("Question 5 is a choice question and needs at least two choices.", noChoices.getMessage(Locale.ENGLISH));
        assertEquals(before.number(), questionnaires.current(EXIT).number(), "nothing published");

        // Text only in one language.
        List<QuestionDraft> onlyJapanese = new ArrayList<>(draft.questions());
        onlyJapanese.add(new QuestionDraft(null, QuestionKind.TEXT, "一言どうぞ", " ", false, null, null));
        hrAdmin.call(() -> questionnaires.saveDraft(EXIT, onlyJapanese));
        assertEquals("offboarding.questionnaire.textMissing",
                assertThrows(BusinessException.class, () -> hrAdmin.call(() -> questionnaires.publish(EXIT))).getKey());

        // The score the analytics read cannot be removed, nor turned into free text.
        List<QuestionDraft> withoutScore = new ArrayList<>(draft.questions().stream()
                .filter(q -> !q.getKey().equals("OFFBOARDING_SCORE")).toList());
        hrAdmin.call(() -> questionnaires.saveDraft(EXIT, withoutScore));
        assertEquals("offboarding.questionnaire.coreMissing",
                assertThrows(BusinessException.class, () -> hrAdmin.call(() -> questionnaires.publish(EXIT))).getKey());
        List<QuestionDraft> scoreAsText = new ArrayList<>(draft.questions());
        scoreAsText.stream().filter(q -> q.getKey().equals("OFFBOARDING_SCORE")).forEach(q -> q.setKind(QuestionKind.TEXT));
        hrAdmin.call(() -> questionnaires.saveDraft(EXIT, scoreAsText));
        assertEquals("offboarding.questionnaire.coreChanged",
                assertThrows(BusinessException.class, () -> hrAdmin.call(() -> questionnaires.publish(EXIT))).getKey());

        // Fixed: reworded score, moved to the end, two choices.
        List<QuestionDraft> fixed = new ArrayList<>(hrAdmin.call(() -> questionnaires.version(before.versionId())).questions());
        QuestionDraft score = fixed.stream().filter(q -> q.getKey().equals("OFFBOARDING_SCORE")).findFirst().orElseThrow();
        score.setTextJa("退職の手続きはスムーズでしたか（1〜5）");
        fixed.remove(score);
        fixed.add(QuestionDraft.choice(QuestionKind.CHOICE, "次の職場の業種", "Industry of your next employer", false,
                "IT", "IT", "製造", "Manufacturing"));
        fixed.add(score);
        hrAdmin.call(() -> questionnaires.saveDraft(EXIT, fixed));
        QuestionSet published = hrAdmin.call(() -> questionnaires.publish(EXIT));
        assertEquals(draft.number(), published.number());
        assertEquals(published.versionId(), questionnaires.current(EXIT).versionId());
        assertEquals("退職の手続きはスムーズでしたか（1〜5）", questionnaires.current(EXIT).questions().get(4).getTextJa());
        assertEquals(VersionStatus.RETIRED, hrAdmin.call(() -> questionnaires.version(before.versionId())).status());
        assertEquals(1L, em.createQuery("select count(v) from QuestionnaireVersion v where v.questionnaire.purpose = :p"
                + " and v.status = jp.kizuna.alumni.offboarding.questionnaire.VersionStatus.PUBLISHED", Long.class)
                .setParameter("p", EXIT).getSingleResult());
        assertEquals("offboarding.questionnaire.noDraft",
                assertThrows(BusinessException.class, () -> hrAdmin.call(() -> questionnaires.publish(EXIT))).getKey());

        // Designing is HR's: a manager may not even read a draft.
        assertThrows(EJBAccessException.class, () -> manager.call(() -> questionnaires.draft(EXIT)));
        assertThrows(EJBAccessException.class, () -> manager.call(() -> surveys.latestAnswers(10)));
    }

    @Test
    void answersKeepTheirVersionAndTheFiguresCountEveryVersion() throws Exception {
        OffboardingFixture fixture = new OffboardingFixture(em, transaction);
        Employee sato = fixture.person("manager.sato", "佐藤", "健");
        Department department = fixture.department("QNR");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        int group = settings.minGroupSize();
        long olderVersion = questionnaires.current(EXIT).versionId();

        // Under the version published now: scores 1, 2, ... and every other one would return.
        List<int[]> given = new ArrayList<>();
        for (int i = 0; i < group; i++) {
            int score = 1 + i % 5;
            surveys.submit(token(fixture, sato, department, today),
                    new ExitSurveyResponse.SurveyAnswers(3, score, i % 2 == 0, "旧版 " + i, true));
            given.add(new int[] {score, i % 2 == 0 ? 1 : 0});
        }
        // A smaller department shown beside it: when other tests leave small groups hidden this month, the
        // smallest shown group is hidden too (so the small ones cannot be recovered by subtraction), not ours.
        Department companion = fixture.department("QNC");
        for (int i = 0; i < group; i++) {
            surveys.submit(token(fixture, sato, companion, today), new ExitSurveyResponse.SurveyAnswers(3, 3, false, null, true));
        }
        String oldToken = token(fixture, sato, department, today);
        surveys.submit(oldToken, new ExitSurveyResponse.SurveyAnswers(4, 4, false, "旧版の回答です", false));
        given.add(new int[] {4, 0});

        // HR adds a required multiple choice question, rewords the score and publishes.
        List<QuestionDraft> questions = new ArrayList<>(hrAdmin.call(() -> questionnaires.draft(EXIT)).questions());
        questions.stream().filter(q -> q.getKey().equals("OFFBOARDING_SCORE"))
                .forEach(q -> q.setTextEn("Did your leaving go smoothly? (1-5)"));
        QuestionDraft why = QuestionDraft.choice(QuestionKind.MULTI_CHOICE, "戻るとしたら何が決め手ですか",
                "What would bring you back?", true, "給与", "Pay", "仕事内容", "Work content", "上司", "Manager");
        questions.add(why);
        int whyNumber = questions.size();
        hrAdmin.call(() -> questionnaires.saveDraft(EXIT, questions));
        QuestionSet newer = hrAdmin.call(() -> questionnaires.publish(EXIT));
        String whyKey = newer.questions().get(whyNumber - 1).getKey();

        String token = token(fixture, sato, department, today);
        Map<String, GivenAnswer> answers = new HashMap<>();
        answers.put("EXPERIENCE_SCORE", GivenAnswer.number(5));
        answers.put("OFFBOARDING_SCORE", GivenAnswer.number(5));
        answers.put("WOULD_RETURN", GivenAnswer.yes(true));
        BusinessException missing = assertThrows(BusinessException.class, () -> surveys.submit(token, answers, false));
        assertEquals("offboarding.questionnaire.answerRequired", missing.getKey());
        assertEquals("設問" + whyNumber + "に回答してください。", missing.getMessage(Locale.JAPANESE));
        answers.put(whyKey, GivenAnswer.choices(1, 4));
        assertEquals("offboarding.questionnaire.answerInvalid",
                assertThrows(BusinessException.class, () -> surveys.submit(token, answers, false)).getKey());
        answers.put(whyKey, GivenAnswer.choices(1, 3));
        surveys.submit(token, answers, false);
        given.add(new int[] {5, 1});
        for (int i = 1; i < group; i++) {
            Map<String, GivenAnswer> more = new HashMap<>(answers);
            more.put("OFFBOARDING_SCORE", GivenAnswer.number(i % 5 + 1));
            more.put("WOULD_RETURN", GivenAnswer.yes(false));
            more.put(whyKey, GivenAnswer.choices(2));
            surveys.submit(token(fixture, sato, department, today), more, true);
            given.add(new int[] {i % 5 + 1, 0});
        }

        // Each answer reads with its own version's questions.
        List<ExitSurveys.AnsweredSurvey> read = hrAdmin.call(() -> surveys.latestAnswers(500));
        ExitSurveys.AnsweredSurvey newest = read.stream().filter(a -> a.versionNumber() == newer.number()
                && a.answers().stream().anyMatch(l -> l.answerJa().equals("給与、上司"))).findFirst().orElseThrow();
        assertTrue(newest.answers().stream().anyMatch(l -> l.questionEn().equals("What would bring you back?")
                && l.answerEn().equals("Pay, Manager")));
        assertTrue(newest.answers().stream().anyMatch(l -> l.questionEn().equals("Did your leaving go smoothly? (1-5)")
                && l.answerEn().equals("5")));
        int olderNumber = hrAdmin.call(() -> questionnaires.version(olderVersion)).number();
        ExitSurveys.AnsweredSurvey older = read.stream().filter(a -> a.answers().stream()
                .anyMatch(l -> l.answerJa().equals("旧版の回答です"))).findFirst().orElseThrow();
        assertEquals(olderNumber, older.versionNumber());
        assertFalse(older.answers().stream().anyMatch(l -> l.questionEn().equals("What would bring you back?")),
                "the older answer shows the older questions");
        assertTrue(older.answers().stream().anyMatch(l -> l.questionEn().equals("How was your leaving handled? (1-5)")
                && l.answerEn().equals("4")));
        assertFalse(older.anonymous());

        // The leaving-experience figures count both versions: the score is found by its key.
        ExperienceReport report = hrAdmin.call(() -> experience.report(today.withDayOfMonth(1), today));
        GroupFigure figure = report.byDepartment().stream().filter(f -> f.key().equals(department.getCode()))
                .findFirst().orElseThrow();
        assertEquals(given.size(), figure.count());
        assertEquals(given.stream().mapToInt(g -> g[1]).sum(), figure.part());
        double average = given.stream().mapToInt(g -> g[0]).average().orElseThrow();
        assertNotNull(figure.average());
        assertEquals(Math.round(average * 100) / 100.0, figure.average(), 0.001);
    }

    private String token(OffboardingFixture fixture, Employee boss, Department department, LocalDate today) throws Exception {
        Employee leaver = fixture.report(boss, department);
        return hrAdmin.call(() -> cases.openCase(new ResignationNotice(leaver.getEmployeeNumber(), today.minusDays(20),
                today, null, NoticeSource.HR))).getSurveyToken();
    }
}
