package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.offboarding.ExitSurveys;
import jp.kizuna.alumni.offboarding.questionnaire.GivenAnswer;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionDraft;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionSet;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnairePurpose;
import jp.kizuna.alumni.offboarding.questionnaire.Questionnaires;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * The public exit survey behind the personal link; no sign-in, so it works after the last day. It
 * asks the questions of the version HR has published now; required answers are checked by the
 * service, so the message names the question by its number.
 */
@Named
@ViewScoped
public class ExitSurveyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExitSurveys surveys;

    @Inject
    private Questionnaires questionnaires;

    @Inject
    private UserMessages messages;

    @Inject
    private LocaleSelection localeSelection;

    private String token;
    private ExitSurveys.SurveyInvitation invitation;
    private boolean submitted;
    private QuestionSet questions;
    private final List<Row> rows = new ArrayList<>();
    private boolean anonymous = true;

    public void load() {
        if (invitation == null && !submitted) {
            invitation = surveys.invitation(token).orElse(null);
            if (invitation != null) {
                questions = questionnaires.current(QuestionnairePurpose.EXIT_SURVEY);
                rows.clear();
                int number = 1;
                for (QuestionDraft question : questions.questions()) {
                    rows.add(new Row(number++, question, new GivenAnswer()));
                }
            }
        }
    }

    public void submit() {
        try {
            Map<String, GivenAnswer> answers = new LinkedHashMap<>();
            rows.forEach(row -> answers.put(row.question().getKey(), row.answer()));
            surveys.submit(token, answers, anonymous);
            submitted = true;
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public String text(QuestionDraft question) {
        return question.text(localeSelection.getLocale());
    }

    public String text(QuestionDraft.ChoiceDraft choice) {
        return choice.text(localeSelection.getLocale());
    }

    public boolean isValid() {
        return invitation != null;
    }

    public ExitSurveys.SurveyInvitation getInvitation() {
        return invitation;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    /** One question on the form with the answer being given. */
    public record Row(int number, QuestionDraft question, GivenAnswer answer) implements Serializable {
        /** The 1-based positions the choice inputs submit. */
        public List<Integer> getChoicePositions() {
            List<Integer> positions = new ArrayList<>();
            for (int i = 1; i <= question.getChoices().size(); i++) {
                positions.add(i);
            }
            return positions;
        }
    }
}
