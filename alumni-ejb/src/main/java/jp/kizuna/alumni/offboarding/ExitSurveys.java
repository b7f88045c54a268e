package jp.kizuna.alumni.offboarding;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.offboarding.questionnaire.AnsweredQuestion;
import jp.kizuna.alumni.offboarding.questionnaire.GivenAnswer;
import jp.kizuna.alumni.offboarding.questionnaire.Question;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionAnswer;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionDraft;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnairePurpose;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnaireVersion;
import jp.kizuna.alumni.offboarding.questionnaire.Questionnaires;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.MailFailure;
import jp.kizuna.alumni.shared.OutgoingMail;
import jp.kizuna.alumni.shared.Roles;

/**
 * The exit survey behind a personal link. The link is the credential because the leaver may
 * have no account any more after the last day; it is long, random, single-use and expires.
 */
@Stateless
public class ExitSurveys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(ExitSurveys.class.getName());
    private static final int BATCH = 200;
    private static final String EXPERIENCE_SCORE = "EXPERIENCE_SCORE";
    private static final String OFFBOARDING_SCORE = "OFFBOARDING_SCORE";
    private static final String WOULD_RETURN = "WOULD_RETURN";
    private static final String COMMENT = "COMMENT";

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OffboardingSettings settings;

    @Inject
    private OutgoingMail mail;

    @Inject
    private CaseAccess access;

    @Inject
    private ExitSurveys self;

    @Inject
    private Questionnaires questionnaires;

    /** Called by {@link OffboardingCases#openCase}; the link is valid until some weeks after the last day. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public String issueFor(OffboardingCase offboarding) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        offboarding.issueSurvey(token, offboarding.getLastDay().plusDays(settings.surveyValidDays()));
        return token;
    }

    /**
     * The personal link to the survey page, built from the configured public URL (the address the leaver
     * can reach, not the one HR's browser used). HR sees it on the case page to pass it on by hand; the
     * token in it is the leaver's credential.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public String linkOf(OffboardingCase offboarding) {
        return offboarding.getSurveyToken() == null ? null : linkFor(offboarding);
    }

    private String linkFor(OffboardingCase offboarding) {
        return settings.publicUrl() + "/survey/index.xhtml?token=" + offboarding.getSurveyToken();
    }

    /**
     * Mails the link now, to the personal address if there is one (the work address closes on the
     * last day), in the leaver's language. Refused when the survey is answered, expired or the case
     * withdrawn, or when there is no address at all.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public LocalDateTime mailLink(long caseId) {
        OffboardingCase offboarding = access.visibleCase(caseId);
        if (!offboarding.surveyOpen(LocalDate.now(clock))) {
            throw new BusinessException("offboarding.survey.notOpen");
        }
        send(offboarding);
        return offboarding.getSurveyMailedAt();
    }

    /**
     * The daily mailing: every leaver whose last day has come gets the link once, when people speak
     * most freely. Each case is claimed by a conditional update first, so two servers never both mail it.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int mailDueLinks() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Long caseId : em.createQuery("""
                        select c.id from OffboardingCase c join c.employee e
                        where c.surveyMailedAt is null and c.surveyToken is not null and c.surveyCompleted = false
                          and (e.personalEmail is not null or e.workEmail is not null)
                          and c.lastDay <= :today and c.surveyExpiresOn >= :today
                          and c.status <> jp.kizuna.alumni.offboarding.CaseStatus.WITHDRAWN""", Long.class)
                .setParameter("today", today)
                .setMaxResults(BATCH)
                .getResultList()) {
            try {
                if (self.mailIfNotYet(caseId)) {
                    sent++;
                }
            } catch (EJBException | BusinessException failed) {
                // Left unclaimed: tried again tomorrow.
                LOG.warning("Exit survey link for case " + caseId + " not mailed" + MailFailure.withoutAddress(failed));
            }
        }
        return sent;
    }

    /** One case of the daily mailing, in its own transaction. */
    @RolesAllowed(Roles.HR_ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean mailIfNotYet(long caseId) {
        int claimed = em.createQuery("update OffboardingCase c set c.surveyMailedAt = :now"
                        + " where c.id = :id and c.surveyMailedAt is null")
                .setParameter("now", LocalDateTime.now(clock))
                .setParameter("id", caseId)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        OffboardingCase offboarding = em.find(OffboardingCase.class, caseId);
        em.refresh(offboarding);
        send(offboarding);
        return true;
    }

    private void send(OffboardingCase offboarding) {
        Employee leaver = offboarding.getEmployee();
        String address = leaver.mailAddress();
        if (address == null) {
            throw new BusinessException("offboarding.survey.noAddress", leaver.getEmployeeNumber());
        }
        Locale language = leaver.getPreferredLocale();
        try {
            mail.send(
                    "offboarding",
                    address,
                    language,
                    "survey",
                    leaver.getGivenName(),
                    linkFor(offboarding),
                    offboarding.getSurveyExpiresOn().toString());
        } catch (MessagingException failed) {
            throw new BusinessException("offboarding.survey.mailFailed", address);
        }
        offboarding.surveyMailed(LocalDateTime.now(clock));
        em.persist(new CaseEvent(
                offboarding, LocalDateTime.now(clock), access.callerLogin(), CaseEvent.Kind.SURVEY_MAILED, null));
    }

    /** What the survey page needs to greet the leaver; empty for an unknown, used or expired link. */
    @PermitAll // the token is the credential; it reveals only the first name and the language
    public Optional<SurveyInvitation> invitation(String token) {
        return open(token)
                .map(c -> new SurveyInvitation(
                        c.getEmployee().getGivenName(),
                        c.getEmployee().getPreferredLocale().getLanguage(),
                        c.getSurveyExpiresOn()));
    }

    /** The version-1 shaped answers (the core questions only), as tests and the demo data give them. */
    @PermitAll // the token is the credential
    public void submit(String token, ExitSurveyResponse.SurveyAnswers answers) {
        answers.validate();
        Map<String, GivenAnswer> given = new HashMap<>();
        given.put(EXPERIENCE_SCORE, GivenAnswer.number(answers.experienceScore()));
        given.put(OFFBOARDING_SCORE, GivenAnswer.number(answers.offboardingScore()));
        given.put(WOULD_RETURN, GivenAnswer.yes(answers.wouldReturn()));
        given.put(COMMENT, GivenAnswer.text(answers.comment()));
        submit(token, given, answers.anonymous());
    }

    /**
     * Stores the answers under the version published now, keyed by question key. The core questions
     * go to the fixed columns the analytics read; every other question to its own answer row.
     */
    @PermitAll // the token is the credential
    public void submit(String token, Map<String, GivenAnswer> answers, boolean anonymous) {
        OffboardingCase offboarding =
                open(token).orElseThrow(() -> new BusinessException("offboarding.survey.linkInvalid"));
        em.lock(offboarding, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        QuestionnaireVersion version = questionnaires.published(QuestionnairePurpose.EXIT_SURVEY);
        version.check(answers);
        GivenAnswer experience = answers.getOrDefault(EXPERIENCE_SCORE, new GivenAnswer());
        GivenAnswer score = answers.getOrDefault(OFFBOARDING_SCORE, new GivenAnswer());
        LocalDate today = LocalDate.now(clock);
        ExitSurveyResponse response = new ExitSurveyResponse(
                offboarding,
                version,
                new ExitSurveyResponse.SurveyAnswers(
                        experience.getNumber() == null ? 0 : experience.getNumber(),
                        score.getNumber() == null ? 0 : score.getNumber(),
                        answers.getOrDefault(WOULD_RETURN, new GivenAnswer()).isYes(),
                        answers.getOrDefault(COMMENT, new GivenAnswer()).getText(),
                        anonymous),
                today);
        for (Question question : version.getQuestions()) {
            if (!QuestionDraft.EXIT_SURVEY_CORE.contains(question.getKey())) {
                response.addAnswer(
                        question.answer(response, answers.getOrDefault(question.getKey(), new GivenAnswer())));
            }
        }
        em.persist(response);
        offboarding.surveyCompleted();
        // The timeline shows that it was answered, not when, so an anonymous answer cannot be matched by time.
        em.persist(new CaseEvent(
                offboarding,
                LocalDateTime.now(clock).withHour(0).withMinute(0).withSecond(0).withNano(0),
                "leaver",
                CaseEvent.Kind.SURVEY_COMPLETED,
                anonymous ? "anonymous" : null));
    }

    /**
     * The latest answers, newest first, each read with the questions of the version it was given
     * under. No name, department or manager: HR reads what was said, the analytics show who in aggregate.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<AnsweredSurvey> latestAnswers(int limit) {
        List<ExitSurveyResponse> responses = em.createQuery(
                        "select s from ExitSurveyResponse s" + " order by s.id desc",
                        ExitSurveyResponse.class) // ids grow as answers come in
                .setHint("eclipselink.batch", "s.answers")
                .setHint("eclipselink.batch", "s.questionnaireVersion")
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultList();
        List<AnsweredSurvey> read = new ArrayList<>();
        for (ExitSurveyResponse response : responses) {
            QuestionnaireVersion version = response.getQuestionnaireVersion();
            Map<Long, QuestionAnswer> byQuestion = new HashMap<>();
            response.getAnswers().forEach(a -> byQuestion.put(a.getQuestion().getId(), a));
            List<AnsweredQuestion> lines = new ArrayList<>();
            for (Question question : version.getQuestions()) {
                lines.add(line(response, question, byQuestion.get(question.getId())));
            }
            read.add(new AnsweredSurvey(
                    response.getId(),
                    response.getSubmittedMonth(),
                    response.isAnonymous(),
                    version.getNumber(),
                    lines));
        }
        return read;
    }

    private static AnsweredQuestion line(ExitSurveyResponse response, Question question, QuestionAnswer answer) {
        QuestionDraft asked = question.toDraft();
        return switch (question.getKey()) {
            case EXPERIENCE_SCORE -> AnsweredQuestion.of(asked, GivenAnswer.number(response.getExperienceScore()));
            case OFFBOARDING_SCORE -> AnsweredQuestion.of(asked, GivenAnswer.number(response.getOffboardingScore()));
            case WOULD_RETURN -> AnsweredQuestion.of(asked, GivenAnswer.yes(response.isWouldReturn()));
            case COMMENT -> AnsweredQuestion.of(asked, GivenAnswer.text(response.getComment()));
            default -> AnsweredQuestion.of(asked, answer == null ? null : answer.given());
        };
    }

    private Optional<OffboardingCase> open(String token) {
        if (token == null || token.length() < 20) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createQuery(
                        "select c from OffboardingCase c join fetch c.employee where c.surveyToken = :token",
                        OffboardingCase.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst()
                .filter(c -> !c.isSurveyCompleted()
                        && c.getStatus() != CaseStatus.WITHDRAWN
                        && !today.isAfter(c.getSurveyExpiresOn()));
    }

    /** One answered survey as HR reads it. */
    public record AnsweredSurvey(
            long id, LocalDate month, boolean anonymous, int versionNumber, List<AnsweredQuestion> answers)
            implements Serializable {}

    /** The greeting data of a valid survey link. */
    public record SurveyInvitation(String givenName, String language, LocalDate expiresOn) implements Serializable {}
}
