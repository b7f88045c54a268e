package jp.kizuna.alumni.offboarding.questionnaire;

import java.io.Serializable;

/**
 * What someone answered to one question, as the form sends it: a number (scale), the 1-based
 * position of a choice, the positions of several choices, a yes/no or a text.
 */
public class GivenAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer number;
    private Integer choice;
    private Integer[] choices = new Integer[0];
    private boolean yes;
    private String text;

    public static GivenAnswer number(Integer number) {
        GivenAnswer answer = new GivenAnswer();
        answer.number = number;
        return answer;
    }

    public static GivenAnswer choice(Integer position) {
        GivenAnswer answer = new GivenAnswer();
        answer.choice = position;
        return answer;
    }

    public static GivenAnswer choices(Integer... positions) {
        GivenAnswer answer = new GivenAnswer();
        answer.choices = positions.clone();
        return answer;
    }

    public static GivenAnswer yes(boolean yes) {
        GivenAnswer answer = new GivenAnswer();
        answer.yes = yes;
        return answer;
    }

    public static GivenAnswer text(String text) {
        GivenAnswer answer = new GivenAnswer();
        answer.text = text;
        return answer;
    }

    /** Whether anything was answered (a yes/no always is: unticked is no). */
    boolean isGiven(QuestionKind kind) {
        return switch (kind) {
            case SCALE -> number != null;
            case CHOICE -> choice != null;
            case MULTI_CHOICE -> choices != null && choices.length > 0;
            case TEXT -> text != null && !text.isBlank();
            case YES_NO -> true;
        };
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public Integer getChoice() {
        return choice;
    }

    public void setChoice(Integer choice) {
        this.choice = choice;
    }

    public Integer[] getChoices() {
        return choices == null ? new Integer[0] : choices.clone();
    }

    public void setChoices(Integer[] choices) {
        this.choices = choices == null ? new Integer[0] : choices.clone();
    }

    public boolean isYes() {
        return yes;
    }

    public void setYes(boolean yes) {
        this.yes = yes;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
