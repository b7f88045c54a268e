package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.offboarding.Confidentiality;
import jp.kizuna.alumni.offboarding.InterviewWriteUp;
import jp.kizuna.alumni.offboarding.ReasonCategories;
import jp.kizuna.alumni.offboarding.ReasonCategory;
import jp.kizuna.alumni.offboarding.questionnaire.AnsweredQuestion;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnairePurpose;
import jp.kizuna.alumni.offboarding.questionnaire.Questionnaires;
import jp.kizuna.alumni.offboarding.stay.FlightRisk;
import jp.kizuna.alumni.offboarding.stay.StayInterviewDraft;
import jp.kizuna.alumni.offboarding.stay.StayInterviews;
import jp.kizuna.alumni.offboarding.stay.StaySummary;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * Writing up a stay interview (with HR's stay-interview questions of the version published now) and the
 * list of recent ones, notes and answers revealed on demand (audited).
 */
@Named
@ViewScoped
public class StayInterviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StayInterviews interviews;

    @Inject
    private ReasonCategories reasonCategories;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private UserMessages messages;

    @Inject
    private Clock clock;

    @Inject
    private Questionnaires questionnaires;

    private List<StaySummary> recent = List.of();
    private List<ReasonCategory> categories = List.of();
    private final Map<Long, String> revealedNotes = new HashMap<>();
    private final Map<Long, List<AnsweredQuestion>> revealedAnswers = new HashMap<>();
    private List<QuestionRow> questions = new ArrayList<>();

    private String employeeNumber;
    private LocalDate heldOn;
    private String primaryConcern;
    private List<String> otherConcerns = new ArrayList<>();
    private FlightRisk risk;
    private String notes;
    private Confidentiality confidentiality = Confidentiality.HR_ONLY;
    private String namedReaders;
    private boolean wideningConfirmed;

    public void load() {
        heldOn = heldOn == null ? LocalDate.now(clock) : heldOn;
        categories = reasonCategories.active();
        recent = interviews.recent(100);
        if (questions.isEmpty()) {
            questions = QuestionRow.of(questionnaires.current(QuestionnairePurpose.STAY_INTERVIEW), null);
        }
    }

    public void save() {
        try {
            List<String> readers = namedReaders == null ? List.of() : List.of(namedReaders.split("[,\\s]+"));
            interviews.record(new StayInterviewDraft(
                    employeeNumber,
                    heldOn,
                    primaryConcern,
                    new LinkedHashSet<>(otherConcerns),
                    risk,
                    notes,
                    confidentiality,
                    readers,
                    wideningConfirmed,
                    QuestionRow.answers(questions)));
            messages.info("offboarding", "stay.saved");
            employeeNumber = null;
            primaryConcern = null;
            otherConcerns = new ArrayList<>();
            risk = null;
            notes = null;
            confidentiality = Confidentiality.HR_ONLY;
            namedReaders = null;
            wideningConfirmed = false;
            questions = QuestionRow.of(questionnaires.current(QuestionnairePurpose.STAY_INTERVIEW), null);
            recent = interviews.recent(100);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void showNotes(long interviewId) {
        try {
            InterviewWriteUp writeUp = interviews.readWriteUp(interviewId);
            revealedNotes.put(interviewId, writeUp.notes() == null ? "" : writeUp.notes());
            revealedAnswers.put(
                    interviewId,
                    writeUp.answers() == null ? List.of() : writeUp.answers().lines());
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public String revealed(long interviewId) {
        return revealedNotes.get(interviewId);
    }

    /** The answers to HR's questions of a revealed interview (same level as its notes). */
    public List<AnsweredQuestion> answersOf(long interviewId) {
        return revealedAnswers.getOrDefault(interviewId, List.of());
    }

    /** HR's stay-interview questions on the form. */
    public List<QuestionRow> getQuestions() {
        return questions;
    }

    /** A category code in the reader's language. */
    public String categoryName(String code) {
        return code == null
                ? "—"
                : categories.stream()
                        .filter(c -> c.getCode().equals(code))
                        .findFirst()
                        .map(c -> c.name(localeSelection.getLocale()))
                        .orElse(code);
    }

    public String categoryLabel(ReasonCategory category) {
        return category.name(localeSelection.getLocale());
    }

    public List<StaySummary> getRecent() {
        return recent;
    }

    public List<ReasonCategory> getCategories() {
        return categories;
    }

    public List<FlightRisk> getRisks() {
        return List.of(FlightRisk.values());
    }

    public List<Confidentiality> getLevels() {
        return List.of(Confidentiality.values());
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPrimaryConcern() {
        return primaryConcern;
    }

    public void setPrimaryConcern(String primaryConcern) {
        this.primaryConcern = primaryConcern;
    }

    public List<String> getOtherConcerns() {
        return otherConcerns;
    }

    public void setOtherConcerns(List<String> otherConcerns) {
        this.otherConcerns = otherConcerns;
    }

    public FlightRisk getRisk() {
        return risk;
    }

    public void setRisk(FlightRisk risk) {
        this.risk = risk;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public String getNamedReaders() {
        return namedReaders;
    }

    public void setNamedReaders(String namedReaders) {
        this.namedReaders = namedReaders;
    }

    public boolean isWideningConfirmed() {
        return wideningConfirmed;
    }

    public void setWideningConfirmed(boolean wideningConfirmed) {
        this.wideningConfirmed = wideningConfirmed;
    }
}
