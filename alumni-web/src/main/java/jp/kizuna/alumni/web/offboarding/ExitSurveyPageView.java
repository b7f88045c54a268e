package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.kizuna.alumni.offboarding.ExitSurveys;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionSet;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnairePurpose;
import jp.kizuna.alumni.offboarding.questionnaire.Questionnaires;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * The public exit survey behind the personal link; no sign-in, so it works after the last day. It
 * asks the questions of the version HR has published now; required answers are checked by the
 * service, so the message names the question by its number.
 */
@Named
@ViewScoped
public class ExitSurveyPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExitSurveys surveys;

    @Inject
    private Questionnaires questionnaires;

    @Inject
    private UserMessages messages;

    private String token;
    private ExitSurveys.SurveyInvitation invitation;
    private boolean submitted;
    private QuestionSet questions;
    private List<QuestionRow> rows = new ArrayList<>();
    private boolean anonymous = true;

    public void load() {
        if (invitation == null && !submitted) {
            invitation = surveys.invitation(token).orElse(null);
            if (invitation != null) {
                questions = questionnaires.current(QuestionnairePurpose.EXIT_SURVEY);
                rows = QuestionRow.of(questions, null);
            }
        }
    }

    public void submit() {
        try {
            surveys.submit(token, QuestionRow.answers(rows), anonymous);
            submitted = true;
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public boolean isValid() {
        return invitation != null;
    }

    public ExitSurveys.SurveyInvitation getInvitation() {
        return invitation;
    }

    public List<QuestionRow> getRows() {
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
}
