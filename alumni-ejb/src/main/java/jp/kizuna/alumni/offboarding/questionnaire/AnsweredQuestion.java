package jp.kizuna.alumni.offboarding.questionnaire;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.shared.LocalizedText;

/** A question of the answer's own version and what was answered, in both languages. */
public record AnsweredQuestion(String questionJa, String questionEn, String answerJa, String answerEn)
        implements Serializable {

    private static final String NONE = "—";

    /** How {@code given} reads under {@code question}; nothing given (or text erased by retention) reads as "—". */
    public static AnsweredQuestion of(QuestionDraft question, GivenAnswer given) {
        if (given == null || question.getKind() != QuestionKind.YES_NO && !given.isGiven(question.getKind())) {
            return same(question, NONE);
        }
        return switch (question.getKind()) {
            case SCALE -> same(question, String.valueOf(given.getNumber()));
            case TEXT -> same(question, given.getText());
            case YES_NO ->
                new AnsweredQuestion(
                        question.getTextJa(),
                        question.getTextEn(),
                        given.isYes() ? "はい" : "いいえ",
                        given.isYes() ? "Yes" : "No");
            case CHOICE, MULTI_CHOICE -> {
                List<String> ja = new ArrayList<>();
                List<String> en = new ArrayList<>();
                List<Integer> positions = question.getKind() == QuestionKind.CHOICE
                        ? List.of(given.getChoice())
                        : java.util.Arrays.stream(given.getChoices()).sorted().toList();
                for (Integer position : positions) {
                    if (position != null
                            && position >= 1
                            && position <= question.getChoices().size()) {
                        ja.add(question.getChoices().get(position - 1).getTextJa());
                        en.add(question.getChoices().get(position - 1).getTextEn());
                    }
                }
                yield new AnsweredQuestion(
                        question.getTextJa(), question.getTextEn(), String.join("、", ja), String.join(", ", en));
            }
        };
    }

    static AnsweredQuestion same(QuestionDraft question, String answer) {
        return new AnsweredQuestion(question.getTextJa(), question.getTextEn(), answer, answer);
    }

    public String question(Locale locale) {
        return LocalizedText.in(locale, questionJa, questionEn);
    }

    public String answer(Locale locale) {
        return LocalizedText.in(locale, answerJa, answerEn);
    }
}
