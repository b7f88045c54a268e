package jp.kizuna.alumni.offboarding.questionnaire;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.LocalizedText;

/** One question of a version. Its key stays the same in every later version that keeps the question. */
@Entity
@Table(name = "questionnaire_question")
public class Question extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_version_id")
    private QuestionnaireVersion questionnaireVersion;

    @Column(nullable = false)
    private int position;

    @Column(name = "question_key", nullable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @Column(name = "text_ja", nullable = false)
    private String textJa;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "scale_min")
    private Integer scaleMin;

    @Column(name = "scale_max")
    private Integer scaleMax;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionChoice> choices = new ArrayList<>();

    protected Question() {}

    Question(QuestionnaireVersion questionnaireVersion, int position, QuestionDraft draft) {
        this.questionnaireVersion = questionnaireVersion;
        this.position = position;
        this.key = draft.getKey();
        this.kind = draft.getKind();
        this.textJa = draft.getTextJa() == null ? "" : draft.getTextJa().strip();
        this.textEn = draft.getTextEn() == null ? "" : draft.getTextEn().strip();
        this.required = draft.isRequired() && kind != QuestionKind.YES_NO;
        this.scaleMin = kind == QuestionKind.SCALE ? draft.getScaleMin() : null;
        this.scaleMax = kind == QuestionKind.SCALE ? draft.getScaleMax() : null;
        if (kind.hasChoices()) {
            int choicePosition = 1;
            for (QuestionDraft.ChoiceDraft choice : draft.getChoices()) {
                choices.add(new QuestionChoice(this, choicePosition++, choice.getTextJa(), choice.getTextEn()));
            }
        }
    }

    /** Refuses an answer this question cannot take; the number in the message is the question's position. */
    public void check(GivenAnswer answer) {
        if (!answer.isGiven(kind)) {
            if (required) {
                throw new BusinessException("offboarding.questionnaire.answerRequired", position);
            }
            return;
        }
        boolean fits = switch (kind) {
            case SCALE -> answer.getNumber() >= scaleMin && answer.getNumber() <= scaleMax;
            case CHOICE -> answer.getChoice() >= 1 && answer.getChoice() <= choices.size();
            case MULTI_CHOICE ->
                java.util.Arrays.stream(answer.getChoices()).allMatch(c -> c != null && c >= 1 && c <= choices.size());
            case TEXT -> answer.getText().length() <= 4000;
            case YES_NO -> true;
        };
        if (!fits) {
            throw new BusinessException(
                    kind == QuestionKind.TEXT ? "offboarding.text.tooLong" : "offboarding.questionnaire.answerInvalid",
                    kind == QuestionKind.TEXT ? 4000 : position);
        }
    }

    /** The stored form of a checked answer to a question without a fixed column; null when nothing was answered. */
    public QuestionAnswer answer(jp.kizuna.alumni.offboarding.ExitSurveyResponse response, GivenAnswer answer) {
        return stored(answer) ? new QuestionAnswer(response, this, number(answer), text(answer), chosen(answer)) : null;
    }

    /** The stored form of a checked answer given in a follow-up interview; null when nothing was answered. */
    public QuestionAnswer answer(jp.kizuna.alumni.offboarding.ExitInterview interview, GivenAnswer answer) {
        return stored(answer)
                ? new QuestionAnswer(interview, this, number(answer), text(answer), chosen(answer))
                : null;
    }

    /** The stored form of a checked answer given in a stay interview; null when nothing was answered. */
    public QuestionAnswer answer(jp.kizuna.alumni.offboarding.stay.StayInterview interview, GivenAnswer answer) {
        return stored(answer)
                ? new QuestionAnswer(interview, this, number(answer), text(answer), chosen(answer))
                : null;
    }

    private boolean stored(GivenAnswer answer) {
        return kind == QuestionKind.YES_NO || answer.isGiven(kind);
    }

    private Set<QuestionChoice> chosen(GivenAnswer answer) {
        Set<QuestionChoice> chosen = new LinkedHashSet<>();
        if (kind == QuestionKind.CHOICE) {
            chosen.add(choices.get(answer.getChoice() - 1));
        } else if (kind == QuestionKind.MULTI_CHOICE) {
            for (Integer c : answer.getChoices()) {
                chosen.add(choices.get(c - 1));
            }
        }
        return chosen;
    }

    private Integer number(GivenAnswer answer) {
        return kind == QuestionKind.SCALE
                ? answer.getNumber()
                : kind == QuestionKind.YES_NO ? (answer.isYes() ? 1 : 0) : null;
    }

    private String text(GivenAnswer answer) {
        return kind == QuestionKind.TEXT ? answer.getText().strip() : null;
    }

    public QuestionDraft toDraft() {
        QuestionDraft draft = new QuestionDraft(key, kind, textJa, textEn, required, scaleMin, scaleMax);
        choices.forEach(c -> draft.getChoices().add(new QuestionDraft.ChoiceDraft(c.getTextJa(), c.getTextEn())));
        return draft;
    }

    public String text(Locale locale) {
        return LocalizedText.in(locale, textJa, textEn);
    }

    public QuestionnaireVersion getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public int getPosition() {
        return position;
    }

    public String getKey() {
        return key;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getTextJa() {
        return textJa;
    }

    public String getTextEn() {
        return textEn;
    }

    public boolean isRequired() {
        return required;
    }

    public Integer getScaleMin() {
        return scaleMin;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public List<QuestionChoice> getChoices() {
        return choices;
    }
}
