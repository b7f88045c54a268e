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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kizuna.alumni.shared.BaseEntity;

/**
 * One numbered version of a questionnaire. Only a DRAFT can change; publishing freezes it, so an
 * answer given under it can always be read with exactly the questions that were asked.
 */
@Entity
@Table(name = "questionnaire_version")
public class QuestionnaireVersion extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionStatus status;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @OneToMany(mappedBy = "questionnaireVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected QuestionnaireVersion() {}

    QuestionnaireVersion(Questionnaire questionnaire, int number) {
        this.questionnaire = questionnaire;
        this.number = number;
        this.status = VersionStatus.DRAFT;
    }

    /** Removes every question of the draft; a published or retired version refuses. */
    void clearQuestions() {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("Version " + number + " is " + status + " and cannot change");
        }
        questions.clear();
    }

    /**
     * Adds the questions after {@link #clearQuestions} has been flushed (the provider would insert the
     * new rows before deleting the old ones, and the key is unique per version).
     */
    void addQuestions(List<QuestionDraft> drafts) {
        clearQuestions();
        int position = 1;
        for (QuestionDraft draft : drafts) {
            questions.add(new Question(this, position++, draft));
        }
    }

    /** Refuses the answers if any question cannot take its answer (a required one missing, a value out of range). */
    public void check(java.util.Map<String, GivenAnswer> answers) {
        for (Question question : questions) {
            question.check(answers.getOrDefault(question.getKey(), new GivenAnswer()));
        }
    }

    void publish(LocalDateTime now, String login) {
        status = VersionStatus.PUBLISHED;
        publishedAt = now;
        publishedBy = login;
    }

    void retire() {
        status = VersionStatus.RETIRED;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public List<Question> getQuestions() {
        return questions;
    }
}
