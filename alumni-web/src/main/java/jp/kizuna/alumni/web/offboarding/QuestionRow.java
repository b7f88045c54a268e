package jp.kizuna.alumni.web.offboarding;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.offboarding.questionnaire.GivenAnswer;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionDraft;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionSet;

/**
 * One of HR's questions on a form with the answer being given; the rows of the exit survey, the
 * follow-up interview and the stay interview are drawn by /WEB-INF/templates/questionnaire-questions.xhtml.
 */
public record QuestionRow(int number, QuestionDraft question, GivenAnswer answer) implements Serializable {

    /** The rows of a question set, each starting from what {@code given} holds for it (nothing: empty). */
    public static List<QuestionRow> of(QuestionSet questions, Map<String, GivenAnswer> given) {
        List<QuestionRow> rows = new ArrayList<>();
        int number = 1;
        for (QuestionDraft question : questions.questions()) {
            GivenAnswer answer = given == null ? null : given.get(question.getKey());
            rows.add(new QuestionRow(number++, question, answer == null ? new GivenAnswer() : answer));
        }
        return rows;
    }

    /** What the form sends: the answers by question key. */
    public static Map<String, GivenAnswer> answers(List<QuestionRow> rows) {
        Map<String, GivenAnswer> answers = new LinkedHashMap<>();
        rows.forEach(row -> answers.put(row.question().getKey(), row.answer()));
        return answers;
    }

    /** The 1-based positions the choice inputs submit. */
    public List<Integer> getChoicePositions() {
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i <= question.getChoices().size(); i++) {
            positions.add(i);
        }
        return positions;
    }
}
