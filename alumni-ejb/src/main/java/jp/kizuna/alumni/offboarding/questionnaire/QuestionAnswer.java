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
import jp.kizuna.alumni.offboarding.ExitSurveyResponse;
import jp.kizuna.alumni.shared.BaseEntity;

/** The answer to a question that has no fixed column in exit_survey_response (every question HR added). */
@Entity
@Table(name = "questionnaire_answer")
public class QuestionAnswer extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    private ExitSurveyResponse response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "number_value")
    private Integer numberValue;

    @Column(name = "text_value")
    private String textValue;

    @ManyToMany
    @JoinTable(name = "questionnaire_answer_choice", joinColumns = @JoinColumn(name = "answer_id"),
            inverseJoinColumns = @JoinColumn(name = "choice_id"))
    private Set<QuestionChoice> choices = new LinkedHashSet<>();

    protected QuestionAnswer() {
    }

    public QuestionAnswer(ExitSurveyResponse response, Question question, Integer numberValue, String textValue,
                          Set<QuestionChoice> choices) {
        this.response = response;
        this.question = question;
        this.numberValue = numberValue;
        this.textValue = textValue;
        this.choices = new LinkedHashSet<>(choices);
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
