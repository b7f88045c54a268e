package jp.kizuna.alumni.offboarding.questionnaire;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers given to HR's questions in one interview, with the questions of the version they were
 * given under (detached): what a form pre-fills when the write-up is corrected and what a reader sees.
 * {@code given} is keyed by question key; a question without an entry was not answered.
 */
public record AnswerSheet(QuestionSet questions, Map<String, GivenAnswer> given) implements Serializable {

    public static AnswerSheet of(QuestionnaireVersion version, Collection<QuestionAnswer> answers) {
        Map<String, GivenAnswer> given = new LinkedHashMap<>();
        answers.forEach(a -> given.put(a.getQuestion().getKey(), a.given()));
        return new AnswerSheet(QuestionSet.of(version), given);
    }

    /** Every question of the version with what was answered, in order. */
    public List<AnsweredQuestion> lines() {
        return questions.questions().stream()
                .map(q -> AnsweredQuestion.of(q, given.get(q.getKey())))
                .toList();
    }

    public boolean isEmpty() {
        return questions.questions().isEmpty();
    }
}
