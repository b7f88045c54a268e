package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.offboarding.ExitSurveys;
import jp.kizuna.alumni.offboarding.questionnaire.AnsweredQuestion;
import jp.kizuna.alumni.web.shared.LocaleSelection;

/** HR reads the latest exit survey answers, each with the questions of the version it was given under. */
@Named
@ViewScoped
public class SurveyAnswersView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A page of answers HR reads through; older ones are in the analytics. */
    private static final int SHOWN = 100;

    @Inject
    private ExitSurveys surveys;

    @Inject
    private LocaleSelection localeSelection;

    private List<ExitSurveys.AnsweredSurvey> answers;

    public List<ExitSurveys.AnsweredSurvey> getAnswers() {
        if (answers == null) {
            answers = surveys.latestAnswers(SHOWN);
        }
        return answers;
    }

    public String question(AnsweredQuestion line) {
        return line.question(localeSelection.getLocale());
    }

    public String answer(AnsweredQuestion line) {
        return line.answer(localeSelection.getLocale());
    }
}
