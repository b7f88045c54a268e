package jp.kizuna.alumni.offboarding.stay;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.offboarding.Confidentiality;
import jp.kizuna.alumni.offboarding.ReasonCategory;
import jp.kizuna.alumni.offboarding.questionnaire.AnswerSheet;
import jp.kizuna.alumni.offboarding.questionnaire.GivenAnswer;
import jp.kizuna.alumni.offboarding.questionnaire.Question;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionAnswer;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnaireVersion;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/**
 * A conversation with a current employee about what keeps them and what might make them go, written up
 * in the exit reasons' categories. The notes follow {@link Confidentiality}: HR only unless the writer
 * chose wider; the department and line manager of the day are kept for the analytics and for reading.
 * The answers to HR's stay-interview questions are kept with the questionnaire version they were given
 * under and read under the same level as the notes.
 */
@Entity
@Table(name = "stay_interview")
public class StayInterview extends BaseEntity {

    static final int NOTES_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "interviewer_login", nullable = false)
    private String interviewerLogin;

    @Column(name = "interviewer_name", nullable = false)
    private String interviewerName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "primary_concern_id")
    private ReasonCategory primaryConcern;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "stay_interview_concern",
            joinColumns = @JoinColumn(name = "interview_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<ReasonCategory> otherConcerns = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "flight_risk")
    private FlightRisk risk;

    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confidentiality confidentiality = Confidentiality.HR_ONLY;

    @Column(name = "named_readers")
    private String namedReaders;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "questionnaire_version_id")
    private QuestionnaireVersion questionnaireVersion;

    @OneToMany(mappedBy = "stayInterview", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<QuestionAnswer> answers = new ArrayList<>();

    protected StayInterview() {}

    public StayInterview(
            Employee employee,
            LocalDate heldOn,
            LocalDate today,
            String interviewerLogin,
            String interviewerName,
            ReasonCategory primaryConcern,
            Set<ReasonCategory> otherConcerns,
            FlightRisk risk,
            String notes,
            Confidentiality level,
            Collection<String> readers,
            LocalDateTime now) {
        this.employee = Objects.requireNonNull(employee, "employee");
        if (heldOn == null) {
            throw new BusinessException("offboarding.stay.dateRequired");
        }
        if (heldOn.isAfter(today)) {
            throw new BusinessException("offboarding.interview.inFuture");
        }
        if (notes != null && notes.codePointCount(0, notes.length()) > NOTES_MAX) {
            throw new BusinessException("offboarding.text.tooLong", NOTES_MAX);
        }
        Set<String> named = readers == null
                ? Set.of()
                : readers.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        this.confidentiality = level == null ? Confidentiality.HR_ONLY : level;
        if (this.confidentiality == Confidentiality.HR_RESTRICTED && named.isEmpty()) {
            throw new BusinessException("offboarding.interview.readersRequired");
        }
        this.namedReaders = this.confidentiality == Confidentiality.HR_RESTRICTED ? String.join(",", named) : null;
        this.department = employee.getDepartment();
        this.manager = employee.getManager();
        this.heldOn = heldOn;
        this.interviewerLogin = interviewerLogin;
        this.interviewerName = interviewerName;
        this.primaryConcern = primaryConcern;
        if (otherConcerns != null) {
            otherConcerns.stream().filter(c -> !c.equals(primaryConcern)).forEach(this.otherConcerns::add);
        }
        this.risk = risk;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.recordedAt = now;
    }

    /**
     * Stores the answers to HR's questions of {@code version}; refused when a question cannot take its
     * answer. Public like the constructor: an interview is built whole before it is persisted.
     */
    public void answer(QuestionnaireVersion version, Map<String, GivenAnswer> given) {
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

    /** The answers with their version's questions; null for an interview recorded before there were versions. */
    AnswerSheet answerSheet() {
        return questionnaireVersion == null ? null : AnswerSheet.of(questionnaireVersion, answers);
    }

    public QuestionnaireVersion getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public List<QuestionAnswer> getAnswers() {
        return answers;
    }

    /** Whether there is anything confidential to read besides concerns and risk: notes or answers. */
    public boolean hasWriteUp() {
        return notes != null || !answers.isEmpty();
    }

    /** Whether {@code reader} may read the notes, concerns and risk; the interviewer always may. */
    public boolean readableBy(String reader, boolean hrAdmin, boolean lineManager) {
        return confidentiality.allows(reader, hrAdmin, lineManager, interviewerLogin, getNamedReaders());
    }

    public List<String> getNamedReaders() {
        return namedReaders == null || namedReaders.isEmpty() ? List.of() : List.of(namedReaders.split(","));
    }

    String getNotes() {
        return notes;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Department getDepartment() {
        return department;
    }

    public Employee getManager() {
        return manager;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getInterviewerLogin() {
        return interviewerLogin;
    }

    public String getInterviewerName() {
        return interviewerName;
    }

    public ReasonCategory getPrimaryConcern() {
        return primaryConcern;
    }

    public Set<ReasonCategory> getOtherConcerns() {
        return otherConcerns;
    }

    public FlightRisk getRisk() {
        return risk;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
