package jp.kizuna.alumni.offboarding.questionnaire;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kizuna.alumni.shared.LocalizedText;

/**
 * A question as the designer edits it and as the survey page shows it: a detached, changeable copy.
 * The key is empty for a question HR has just added; the service gives it one when the draft is saved.
 */
public class QuestionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The exit survey questions the analytics and the fixed columns of exit_survey_response read:
     * HR may reword and move them but not remove them or change how they are answered.
     */
    public static final Set<String> EXIT_SURVEY_CORE =
            Set.of("EXPERIENCE_SCORE", "OFFBOARDING_SCORE", "WOULD_RETURN", "COMMENT");

    private String key;
    private QuestionKind kind = QuestionKind.TEXT;
    private String textJa;
    private String textEn;
    private boolean required;
    private Integer scaleMin = 1;
    private Integer scaleMax = 5;
    private final List<ChoiceDraft> choices = new ArrayList<>();

    public QuestionDraft() {}

    public QuestionDraft(
            String key,
            QuestionKind kind,
            String textJa,
            String textEn,
            boolean required,
            Integer scaleMin,
            Integer scaleMax) {
        this.key = key;
        this.kind = kind;
        this.textJa = textJa;
        this.textEn = textEn;
        this.required = required;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
    }

    /** A choice question with its choices, for tests and seeds. */
    public static QuestionDraft choice(
            QuestionKind kind, String textJa, String textEn, boolean required, String... jaEnPairs) {
        QuestionDraft draft = new QuestionDraft(null, kind, textJa, textEn, required, null, null);
        for (int i = 0; i + 1 < jaEnPairs.length; i += 2) {
            draft.choices.add(new ChoiceDraft(jaEnPairs[i], jaEnPairs[i + 1]));
        }
        return draft;
    }

    public boolean isCore() {
        return key != null && EXIT_SURVEY_CORE.contains(key);
    }

    public String text(Locale locale) {
        return LocalizedText.in(locale, textJa, textEn);
    }

    /** The whole numbers a scale question offers. */
    public List<Integer> getScaleValues() {
        List<Integer> values = new ArrayList<>();
        if (scaleMin != null && scaleMax != null) {
            for (int v = scaleMin; v <= scaleMax; v++) {
                values.add(v);
            }
        }
        return values;
    }

    public void addChoice() {
        choices.add(new ChoiceDraft(null, null));
    }

    public void removeChoice(int index) {
        if (index >= 0 && index < choices.size()) {
            choices.remove(index);
        }
    }

    public String getKey() {
        return key;
    }

    void setKey(String key) {
        this.key = key;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getTextJa() {
        return textJa;
    }

    public void setTextJa(String textJa) {
        this.textJa = textJa;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getScaleMin() {
        return scaleMin;
    }

    public void setScaleMin(Integer scaleMin) {
        this.scaleMin = scaleMin;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public void setScaleMax(Integer scaleMax) {
        this.scaleMax = scaleMax;
    }

    public List<ChoiceDraft> getChoices() {
        return choices;
    }

    /** One choice as edited. */
    public static class ChoiceDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        private String textJa;
        private String textEn;

        public ChoiceDraft(String textJa, String textEn) {
            this.textJa = textJa;
            this.textEn = textEn;
        }

        public String text(Locale locale) {
            return LocalizedText.in(locale, textJa, textEn);
        }

        public String getTextJa() {
            return textJa;
        }

        public void setTextJa(String textJa) {
            this.textJa = textJa;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }
    }
}
