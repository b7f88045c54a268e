package jp.kizuna.alumni.offboarding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionAnswer;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnaireVersion;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * What a leaver answered in the exit survey. An anonymous answer keeps no link to the case and
 * only the month it came in, so nobody can match it to a person; the department stays for the
 * analytics, which never show small groups.
 */
@Entity
@Table(name = "exit_survey_response")
public class ExitSurveyResponse extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private OffboardingCase offboardingCase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    /** The leaver's line manager, a group key like the department (the analytics hide small groups). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private jp.kizuna.alumni.identity.Employee manager;

    /** First day of the month the answer came in. */
    @Column(name = "submitted_month", nullable = false)
    private LocalDate submittedMonth;

    @Column(nullable = false)
    private boolean anonymous;

    /** 1..5: how they experienced working here. */
    @Column(name = "experience_score", nullable = false)
    private int experienceScore;

    /** 1..5: how their leaving was handled. */
    @Column(name = "offboarding_score", nullable = false)
    private int offboardingScore;

    @Column(name = "would_return", nullable = false)
    private boolean wouldReturn;

    private String comment;

    /** The questions this answer was given to; version 1 is the survey as it was before HR could change it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "questionnaire_version_id")
    private QuestionnaireVersion questionnaireVersion;

    /** Answers to the questions HR added (the core ones are the columns above). */
    @OneToMany(mappedBy = "response", cascade = CascadeType.PERSIST)
    private List<QuestionAnswer> answers = new ArrayList<>();

    protected ExitSurveyResponse() {}

    ExitSurveyResponse(
            OffboardingCase offboardingCase,
            QuestionnaireVersion questionnaireVersion,
            SurveyAnswers answers,
            LocalDate today) {
        answers.validate();
        this.questionnaireVersion = questionnaireVersion;
        this.anonymous = answers.anonymous();
        this.offboardingCase = anonymous ? null : offboardingCase;
        this.department = offboardingCase.getDepartment();
        this.manager = offboardingCase.getEmployee().getManager();
        this.submittedMonth = today.withDayOfMonth(1);
        this.experienceScore = answers.experienceScore();
        this.offboardingScore = answers.offboardingScore();
        this.wouldReturn = answers.wouldReturn();
        this.comment = answers.comment() == null || answers.comment().isBlank()
                ? null
                : answers.comment().strip();
    }

    void addAnswer(QuestionAnswer answer) {
        if (answer != null) {
            answers.add(answer);
        }
    }

    public QuestionnaireVersion getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public List<QuestionAnswer> getAnswers() {
        return answers;
    }

    public OffboardingCase getOffboardingCase() {
        return offboardingCase;
    }

    public LocalDate getSubmittedMonth() {
        return submittedMonth;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public int getExperienceScore() {
        return experienceScore;
    }

    public int getOffboardingScore() {
        return offboardingScore;
    }

    public boolean isWouldReturn() {
        return wouldReturn;
    }

    public String getComment() {
        return comment;
    }

    /** The leaver's answers as the survey form sends them. */
    public record SurveyAnswers(
            int experienceScore, int offboardingScore, boolean wouldReturn, String comment, boolean anonymous) {
        void validate() {
            if (experienceScore < 1 || experienceScore > 5 || offboardingScore < 1 || offboardingScore > 5) {
                throw new BusinessException("offboarding.survey.scoreRange");
            }
            if (comment != null && comment.length() > 4000) {
                throw new BusinessException("offboarding.text.tooLong", 4000);
            }
        }
    }
}
