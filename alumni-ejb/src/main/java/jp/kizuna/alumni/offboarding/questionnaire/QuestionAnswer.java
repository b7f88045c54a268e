package jp.kizuna.alumni.offboarding.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.kizuna.alumni.offboarding.ExitInterview;
import jp.kizuna.alumni.offboarding.ExitSurveyResponse;
import jp.kizuna.alumni.offboarding.stay.StayInterview;
import jp.kizuna.alumni.shared.BaseEntity;

/**
 * The answer to one of HR's questions: in an exit survey response (every question without a fixed
 * column there), a follow-up interview or a stay interview; exactly one of the three owns it (V280).
 */
@Entity
@Table(name = "questionnaire_answer")
public class QuestionAnswer extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private ExitSurveyResponse response;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "exit_interview_id")
    private ExitInterview exitInterview;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stay_interview_id")
    private StayInterview stayInterview;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "number_value")
    private Integer numberValue;

    @Column(name = "text_value")
    private String textValue;

    @ManyToMany
    @JoinTable(
            name = "questionnaire_answer_choice",
            joinColumns = @JoinColumn(name = "answer_id"),
            inverseJoinColumns = @JoinColumn(name = "choice_id"))
    private Set<QuestionChoice> choices = new LinkedHashSet<>();

    protected QuestionAnswer() {}

    public QuestionAnswer(
            ExitSurveyResponse response,
            Question question,
            Integer numberValue,
            String textValue,
            Set<QuestionChoice> choices) {
        this(question, numberValue, textValue, choices);
        this.response = response;
    }

    QuestionAnswer(
            ExitInterview exitInterview,
            Question question,
            Integer numberValue,
            String textValue,
            Set<QuestionChoice> choices) {
        this(question, numberValue, textValue, choices);
        this.exitInterview = exitInterview;
    }

    QuestionAnswer(
            StayInterview stayInterview,
            Question question,
            Integer numberValue,
            String textValue,
            Set<QuestionChoice> choices) {
        this(question, numberValue, textValue, choices);
        this.stayInterview = stayInterview;
    }

    private QuestionAnswer(Question question, Integer numberValue, String textValue, Set<QuestionChoice> choices) {
        this.question = question;
        this.numberValue = numberValue;
        this.textValue = textValue;
        this.choices = new LinkedHashSet<>(choices);
    }

    /** The answer as a form gives it: what a correction starts from and what a reader is shown. */
    public GivenAnswer given() {
        return switch (question.getKind()) {
            case SCALE -> GivenAnswer.number(numberValue);
            case YES_NO -> GivenAnswer.yes(numberValue != null && numberValue == 1);
            case TEXT -> GivenAnswer.text(textValue);
            case CHOICE ->
                GivenAnswer.choice(choices.stream()
                        .map(QuestionChoice::getPosition)
                        .findFirst()
                        .orElse(null));
            case MULTI_CHOICE ->
                GivenAnswer.choices(choices.stream()
                        .map(QuestionChoice::getPosition)
                        .sorted()
                        .toArray(Integer[]::new));
        };
    }

    public Question getQuestion() {
        return question;
    }

    public Integer getNumberValue() {
        return numberValue;
    }

    public String getTextValue() {
        return textValue;
    }

    public Set<QuestionChoice> getChoices() {
        return choices;
    }
}
