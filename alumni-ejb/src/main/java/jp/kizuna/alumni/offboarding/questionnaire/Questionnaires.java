package jp.kizuna.alumni.offboarding.questionnaire;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * HR designs the questionnaires (the exit survey, the follow-up interview's and the stay interview's
 * questions, each a {@link QuestionnairePurpose} with its own versions): one draft per questionnaire at a time, copied from the published
 * version, saved as a whole and published as the next version number. Publishing retires the
 * version before it; answers given under it keep pointing at it.
 */
@Stateless
public class Questionnaires {

    static final int TEXT_MAX = 1000;
    static final int CHOICE_TEXT_MAX = 500;
    static final int QUESTIONS_MAX = 50;
    static final int CHOICES_MAX = 20;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    /** The version people answer now. */
    @PermitAll // the survey page is public behind the personal link; questions are not secret
    public QuestionSet current(QuestionnairePurpose purpose) {
        return QuestionSet.of(published(purpose));
    }

    /** The published version as an entity, for the services that store answers under it. */
    @PermitAll // called by the public exit survey; changes nothing
    public QuestionnaireVersion published(QuestionnairePurpose purpose) {
        return em.createQuery(
                        "select v from QuestionnaireVersion v where v.questionnaire.purpose = :purpose"
                                + " and v.status = jp.kizuna.alumni.offboarding.questionnaire.VersionStatus.PUBLISHED",
                        QuestionnaireVersion.class)
                .setParameter("purpose", purpose)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("offboarding.questionnaire.noPublished"));
    }

    /** Every version, newest first. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<VersionSummary> versions(QuestionnairePurpose purpose) {
        // A questionnaire has a handful of versions: reading them whole is cheaper than a second query shape.
        return em.createQuery(
                        "select v from QuestionnaireVersion v where v.questionnaire.purpose = :purpose"
                                + " order by v.number desc",
                        QuestionnaireVersion.class)
                .setParameter("purpose", purpose)
                .getResultStream()
                .map(v -> new VersionSummary(
                        v.getId(),
                        v.getNumber(),
                        v.getStatus(),
                        v.getPublishedAt(),
                        v.getPublishedBy(),
                        v.getQuestions().size()))
                .toList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public QuestionSet version(long versionId) {
        QuestionnaireVersion version = em.find(QuestionnaireVersion.class, versionId);
        if (version == null) {
            throw new BusinessException("offboarding.questionnaire.notFound");
        }
        return QuestionSet.of(version);
    }

    /** The draft HR edits; made from the published version the first time. */
    @RolesAllowed(Roles.HR_ADMIN)
    public QuestionSet draft(QuestionnairePurpose purpose) {
        return QuestionSet.of(openDraft(purpose));
    }

    /**
     * Stores the draft's questions as given (order = list order). Checks only what the database needs;
     * {@link #publish} checks that the questionnaire can be answered.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public QuestionSet saveDraft(QuestionnairePurpose purpose, List<QuestionDraft> questions) {
        QuestionnaireVersion draft = openDraft(purpose);
        if (questions.size() > QUESTIONS_MAX) {
            throw new BusinessException("offboarding.questionnaire.tooManyQuestions", QUESTIONS_MAX);
        }
        Set<String> keys = new HashSet<>();
        int number = 1;
        for (QuestionDraft question : questions) {
            if (question.getKind() == null) {
                throw new BusinessException("offboarding.questionnaire.kindMissing", number);
            }
            if (question.getKey() == null || question.getKey().isBlank()) {
                question.setKey(
                        "Q_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
            }
            if (!keys.add(question.getKey())) {
                throw new BusinessException("offboarding.questionnaire.duplicateKey", number);
            }
            if (length(question.getTextJa()) > TEXT_MAX || length(question.getTextEn()) > TEXT_MAX) {
                throw new BusinessException("offboarding.questionnaire.textTooLong", number, TEXT_MAX);
            }
            if (question.getChoices().size() > CHOICES_MAX) {
                throw new BusinessException("offboarding.questionnaire.tooManyChoices", number, CHOICES_MAX);
            }
            for (QuestionDraft.ChoiceDraft choice : question.getChoices()) {
                if (length(choice.getTextJa()) > CHOICE_TEXT_MAX || length(choice.getTextEn()) > CHOICE_TEXT_MAX) {
                    throw new BusinessException("offboarding.questionnaire.textTooLong", number, CHOICE_TEXT_MAX);
                }
            }
            number++;
        }
        draft.clearQuestions();
        em.flush();
        draft.addQuestions(questions);
        em.flush();
        return QuestionSet.of(draft);
    }

    /** Publishes the draft as the next version; the version published so far is retired. */
    @RolesAllowed(Roles.HR_ADMIN)
    public QuestionSet publish(QuestionnairePurpose purpose) {
        QuestionnaireVersion draft =
                draftOf(purpose).orElseThrow(() -> new BusinessException("offboarding.questionnaire.noDraft"));
        em.lock(draft.getQuestionnaire(), LockModeType.PESSIMISTIC_WRITE);
        checkPublishable(purpose, draft.getQuestions());
        QuestionnaireVersion current = published(purpose);
        current.retire();
        em.flush(); // at most one PUBLISHED version per questionnaire at every moment
        draft.publish(LocalDateTime.now(clock), caller.login());
        return QuestionSet.of(draft);
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public void discardDraft(QuestionnairePurpose purpose) {
        draftOf(purpose).ifPresent(em::remove);
    }

    private static void checkPublishable(QuestionnairePurpose purpose, List<Question> questions) {
        if (questions.isEmpty() && !purpose.mayBeEmpty()) {
            throw new BusinessException("offboarding.questionnaire.empty");
        }
        for (Question question : questions) {
            int number = question.getPosition();
            if (question.getTextJa().isBlank() || question.getTextEn().isBlank()) {
                throw new BusinessException("offboarding.questionnaire.textMissing", number);
            }
            if (question.getKind() == QuestionKind.SCALE) {
                Integer min = question.getScaleMin();
                Integer max = question.getScaleMax();
                if (min == null || max == null || min < 0 || max > 10 || min >= max) {
                    throw new BusinessException("offboarding.questionnaire.scaleInvalid", number);
                }
            }
            if (question.getKind().hasChoices()) {
                if (question.getChoices().size() < 2) {
                    throw new BusinessException("offboarding.questionnaire.choicesMissing", number);
                }
                for (QuestionChoice choice : question.getChoices()) {
                    if (choice.getTextJa().isBlank() || choice.getTextEn().isBlank()) {
                        throw new BusinessException("offboarding.questionnaire.choiceTextMissing", number);
                    }
                }
            }
        }
        if (purpose == QuestionnairePurpose.EXIT_SURVEY) {
            checkCore(questions, "EXPERIENCE_SCORE", QuestionKind.SCALE);
            checkCore(questions, "OFFBOARDING_SCORE", QuestionKind.SCALE);
            checkCore(questions, "WOULD_RETURN", QuestionKind.YES_NO);
            checkCore(questions, "COMMENT", QuestionKind.TEXT);
        }
    }

    /** The exit survey's analytics read these questions by key; they stay, answered as before. */
    private static void checkCore(List<Question> questions, String key, QuestionKind kind) {
        Question question = questions.stream()
                .filter(q -> key.equals(q.getKey()))
                .findFirst()
                .orElseThrow(() -> new BusinessException("offboarding.questionnaire.coreMissing", key));
        boolean scaleAsBefore = kind != QuestionKind.SCALE
                || (question.isRequired()
                        && Integer.valueOf(1).equals(question.getScaleMin())
                        && Integer.valueOf(5).equals(question.getScaleMax()));
        if (question.getKind() != kind || !scaleAsBefore) {
            throw new BusinessException("offboarding.questionnaire.coreChanged", question.getPosition());
        }
    }

    private QuestionnaireVersion openDraft(QuestionnairePurpose purpose) {
        return draftOf(purpose).orElseGet(() -> {
            QuestionnaireVersion published = published(purpose);
            em.lock(published.getQuestionnaire(), LockModeType.PESSIMISTIC_WRITE);
            int next = em.createQuery(
                                    "select max(v.number) from QuestionnaireVersion v where v.questionnaire = :q",
                                    Integer.class)
                            .setParameter("q", published.getQuestionnaire())
                            .getSingleResult()
                    + 1;
            QuestionnaireVersion draft = new QuestionnaireVersion(published.getQuestionnaire(), next);
            draft.addQuestions(
                    published.getQuestions().stream().map(Question::toDraft).toList());
            em.persist(draft);
            return draft;
        });
    }

    private Optional<QuestionnaireVersion> draftOf(QuestionnairePurpose purpose) {
        return em.createQuery(
                        "select v from QuestionnaireVersion v where v.questionnaire.purpose = :purpose"
                                + " and v.status = jp.kizuna.alumni.offboarding.questionnaire.VersionStatus.DRAFT",
                        QuestionnaireVersion.class)
                .setParameter("purpose", purpose)
                .getResultStream()
                .findFirst();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /** One line of the version list. */
    public record VersionSummary(
            long id, int number, VersionStatus status, LocalDateTime publishedAt, String publishedBy, int questions)
            implements Serializable {}
}
