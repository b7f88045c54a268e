package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.kizuna.alumni.offboarding.ExitSurveyResponse;
import jp.kizuna.alumni.offboarding.ExitSurveys;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/** The public exit survey behind the personal link; no sign-in, so it works after the last day. */
@Named
@ViewScoped
public class ExitSurveyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExitSurveys surveys;

    @Inject
    private UserMessages messages;

    private String token;
    private ExitSurveys.SurveyInvitation invitation;
    private boolean submitted;

    private Integer experienceScore;
    private Integer offboardingScore;
    private boolean wouldReturn;
    private String comment;
    private boolean anonymous = true;

    public void load() {
        if (invitation == null && !submitted) {
            invitation = surveys.invitation(token).orElse(null);
        }
    }

    public void submit() {
        try {
            surveys.submit(token, new ExitSurveyResponse.SurveyAnswers(experienceScore == null ? 0 : experienceScore,
                    offboardingScore == null ? 0 : offboardingScore, wouldReturn, comment, anonymous));
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

    public boolean isSubmitted() {
        return submitted;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Integer getExperienceScore() {
        return experienceScore;
    }

    public void setExperienceScore(Integer experienceScore) {
        this.experienceScore = experienceScore;
    }

    public Integer getOffboardingScore() {
        return offboardingScore;
    }

    public void setOffboardingScore(Integer offboardingScore) {
        this.offboardingScore = offboardingScore;
    }

    public boolean isWouldReturn() {
        return wouldReturn;
    }

    public void setWouldReturn(boolean wouldReturn) {
        this.wouldReturn = wouldReturn;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }
}
