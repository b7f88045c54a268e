package jp.kizuna.alumni.offboarding.questionnaire;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** One version with its questions, detached: what the survey page renders and the designer edits. */
public record QuestionSet(
        long versionId,
        QuestionnairePurpose purpose,
        int number,
        VersionStatus status,
        LocalDateTime publishedAt,
        String publishedBy,
        List<QuestionDraft> questions)
        implements Serializable {

    static QuestionSet of(QuestionnaireVersion version) {
        return new QuestionSet(
                version.getId(),
                version.getQuestionnaire().getPurpose(),
                version.getNumber(),
                version.getStatus(),
                version.getPublishedAt(),
                version.getPublishedBy(),
                version.getQuestions().stream().map(Question::toDraft).toList());
    }
}
