package jp.kizuna.alumni.offboarding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kizuna.alumni.offboarding.questionnaire.AnswerSheet;
import jp.kizuna.alumni.offboarding.questionnaire.GivenAnswer;
import jp.kizuna.alumni.offboarding.questionnaire.Question;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionAnswer;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnaireVersion;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * One exit conversation: scheduled first, then held and written up. The notes are the most
 * sensitive data of the capability; they are only handed out through
 * {@link ExitInterviews#readNotes}, which checks {@link Confidentiality} and audits the read. A
 * follow-up interview also holds the answers to HR's follow-up questions, under the same level and
 * with the questionnaire version they were given under.
 */
@Entity
@Table(name = "exit_interview")
public class ExitInterview extends BaseEntity {

    static final int NOTES_MAX = 8000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private OffboardingCase offboardingCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InterviewKind kind;

    @Column(name = "interview_date", nullable = false)
    private LocalDate interviewDate;

    @Column(name = "interviewer_login", nullable = false)
    private String interviewerLogin;

    @Column(name = "interviewer_name", nullable = false)
    private String interviewerName;

    @Column(nullable = false)
    private boolean held;

    /** Guide steps covered, as enum names separated by commas. */
    @Column(name = "guide_covered")
    private String guideCovered;

    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confidentiality confidentiality = Confidentiality.HR_ONLY;

    /** Logins of the HR staff who may read HR_RESTRICTED notes, comma separated. */
    @Column(name = "named_readers")
    private String namedReaders;

    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    /** The version of HR's follow-up questions the answers were given under; null until written up. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "questionnaire_version_id")
    private QuestionnaireVersion questionnaireVersion;

    @OneToMany(mappedBy = "exitInterview", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<QuestionAnswer> answers = new ArrayList<>();

    protected ExitInterview() {}

    ExitInterview(
            OffboardingCase offboardingCase,
            InterviewKind kind,
            LocalDate interviewDate,
            String interviewerLogin,
            String interviewerName) {
        if (!offboardingCase.isOpen()) {
            throw new BusinessException("offboarding.case.notOpen");
        }
        if (interviewDate == null) {
            throw new BusinessException("offboarding.interview.dateRequired");
        }
        if (kind != InterviewKind.FOLLOW_UP && interviewDate.isBefore(offboardingCase.getNoticeDate())) {
            throw new BusinessException("offboarding.interview.beforeNotice", offboardingCase.getNoticeDate());
        }
        if (kind == InterviewKind.FOLLOW_UP && !interviewDate.isAfter(offboardingCase.getLastDay())) {
            throw new BusinessException("offboarding.interview.followUpBeforeLastDay", offboardingCase.getLastDay());
        }
        if (interviewerLogin == null || interviewerLogin.isBlank()) {
            throw new BusinessException("offboarding.interview.interviewerRequired");
        }
        this.offboardingCase = offboardingCase;
        this.kind = kind;
        this.interviewDate = interviewDate;
        this.interviewerLogin = interviewerLogin.strip();
        this.interviewerName =
                interviewerName == null || interviewerName.isBlank() ? this.interviewerLogin : interviewerName.strip();
    }

    /** Writes the conversation up; can be corrected later by whoever may read it. */
    void record(
            LocalDate heldOn,
            Set<InterviewGuide> covered,
            String notes,
            Confidentiality level,
            Collection<String> readers,
            LocalDateTime now,
            String by,
            LocalDate today) {
        if (heldOn != null) {
            if (heldOn.isAfter(today)) {
                throw new BusinessException("offboarding.interview.inFuture");
            }
            this.interviewDate = heldOn;
        } else if (interviewDate.isAfter(today)) {
            throw new BusinessException("offboarding.interview.inFuture");
        }
        if (kind == InterviewKind.FOLLOW_UP && !interviewDate.isAfter(offboardingCase.getLastDay())) {
            throw new BusinessException("offboarding.interview.followUpBeforeLastDay", offboardingCase.getLastDay());
        }
        if (notes != null && notes.length() > NOTES_MAX) {
            throw new BusinessException("offboarding.text.tooLong", NOTES_MAX);
        }
        Set<String> named = readers == null
                ? Set.of()
                : readers.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        if (level == Confidentiality.HR_RESTRICTED && named.isEmpty()) {
            throw new BusinessException("offboarding.interview.readersRequired");
        }
        this.held = true;
        this.guideCovered = covered == null || covered.isEmpty()
                ? null
                : covered.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.confidentiality = level == null ? Confidentiality.defaultFor(kind, true) : level;
        this.namedReaders = this.confidentiality == Confidentiality.HR_RESTRICTED ? String.join(",", named) : null;
        this.recordedAt = now;
        this.recordedBy = by;
    }

    /**
     * Stores the answers to HR's questions under {@code version}, replacing earlier ones: the interview's
     * own version once it has one (a correction keeps the questions that were asked), else the one
     * published now. Refused when a question cannot take its answer.
     */
    void answer(QuestionnaireVersion version, Map<String, GivenAnswer> given) {
        version.check(given);
        this.questionnaireVersion = version;
        answers.clear();
        for (Question question : version.getQuestions()) {
            QuestionAnswer answer = question.answer(this, given.getOrDefault(question.getKey(), new GivenAnswer()));
            if (answer != null) {
                answers.add(answer);
            }
        }
    }

    /** The answers with their version's questions; null when no questions were put (not a written-up follow-up). */
    AnswerSheet answerSheet() {
        return questionnaireVersion == null ? null : AnswerSheet.of(questionnaireVersion, answers);
    }

    public QuestionnaireVersion getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public List<QuestionAnswer> getAnswers() {
        return answers;
    }

    /** Whether there is anything confidential to read: notes, or answers to HR's questions. */
    public boolean hasWriteUp() {
        return notes != null || !answers.isEmpty();
    }

    public boolean notesReadableBy(String reader, boolean hrAdmin, boolean lineManager) {
        if (reader != null && reader.equals(recordedBy)) {
            return true;
        }
        return confidentiality.allows(reader, hrAdmin, lineManager, interviewerLogin, getNamedReaders());
    }

    public Set<InterviewGuide> getGuideCovered() {
        if (guideCovered == null) {
            return EnumSet.noneOf(InterviewGuide.class);
        }
        return Arrays.stream(guideCovered.split(","))
                .map(InterviewGuide::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(InterviewGuide.class)));
    }

    public List<String> getNamedReaders() {
        return namedReaders == null || namedReaders.isEmpty() ? List.of() : List.of(namedReaders.split(","));
    }

    String getNotes() {
        return notes;
    }

    public boolean hasNotes() {
        return notes != null;
    }

    public OffboardingCase getOffboardingCase() {
        return offboardingCase;
    }

    public InterviewKind getKind() {
        return kind;
    }

    public LocalDate getInterviewDate() {
        return interviewDate;
    }

    public String getInterviewerLogin() {
        return interviewerLogin;
    }

    public String getInterviewerName() {
        return interviewerName;
    }

    public boolean isHeld() {
        return held;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
