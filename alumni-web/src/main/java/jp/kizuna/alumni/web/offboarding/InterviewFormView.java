package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import jp.kizuna.alumni.offboarding.CaseStatus;
import jp.kizuna.alumni.offboarding.Confidentiality;
import jp.kizuna.alumni.offboarding.ExitInterviews;
import jp.kizuna.alumni.offboarding.InterviewGuide;
import jp.kizuna.alumni.offboarding.InterviewKind;
import jp.kizuna.alumni.offboarding.InterviewRecord;
import jp.kizuna.alumni.offboarding.InterviewSummary;
import jp.kizuna.alumni.offboarding.InterviewWriteUp;
import jp.kizuna.alumni.offboarding.OffboardingCase;
import jp.kizuna.alumni.offboarding.OffboardingCases;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnairePurpose;
import jp.kizuna.alumni.offboarding.questionnaire.Questionnaires;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.CurrentUser;
import jp.kizuna.alumni.web.shared.PersonPick;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * The interview form: schedule a conversation, or write one up (a new one that already took
 * place, or a scheduled one given by {@code interview}), with the guide steps as a checklist. In
 * the follow-up stage the form writes up the scheduled follow-up (kind pre-selected) and asks HR's
 * follow-up questions (the version published now, or when correcting, the version first answered). The level of
 * confidentiality starts at the default for the kind and the writer and never widens by itself:
 * changing the kind only narrows it, and a wider level needs the writer's explicit confirmation.
 */
@Named
@ViewScoped
public class InterviewFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OffboardingCases cases;

    @Inject
    private ExitInterviews interviews;

    @Inject
    private UserMessages messages;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Questionnaires questionnaires;

    private Long caseId;
    private Long interviewId;
    private OffboardingCase offboarding;
    private InterviewSummary scheduled;

    private InterviewKind kind = InterviewKind.MANAGER;
    private LocalDate date;
    private String interviewer;
    private PersonPick interviewerPerson;
    private List<String> guideCovered = new ArrayList<>();
    private String notes;
    private Confidentiality confidentiality;
    private boolean wideningConfirmed;
    private String namedReaders;
    private List<QuestionRow> questions = new ArrayList<>();
    private boolean questionsOfItsOwnVersion;

    public void load() {
        if (caseId == null) {
            return;
        }
        try {
            offboarding = cases.find(caseId);
            if (date == null) {
                date = LocalDate.now(clock);
            }
            List<InterviewSummary> ofCase = interviews.interviewsOf(caseId);
            if (interviewId == null && offboarding.getStatus() == CaseStatus.FOLLOW_UP) {
                kind = InterviewKind.FOLLOW_UP;
                ofCase.stream()
                        .filter(i -> i.kind() == InterviewKind.FOLLOW_UP && !i.held())
                        .findFirst()
                        .ifPresent(waiting -> interviewId = waiting.id());
            }
            if (interviewId != null) {
                scheduled = ofCase.stream()
                        .filter(i -> i.id() == interviewId)
                        .findFirst()
                        .orElseThrow(() -> new BusinessException("offboarding.interview.notFound", interviewId));
                kind = scheduled.kind();
                date = scheduled.date();
                if (!scheduled.held() && date.isAfter(LocalDate.now(clock))) {
                    // Written up when it took place: today, unless the writer says otherwise.
                    date = LocalDate.now(clock);
                }
                if (scheduled.held() && scheduled.notesReadable()) {
                    InterviewWriteUp writeUp = interviews.readWriteUp(interviewId);
                    notes = writeUp.notes();
                    if (writeUp.answers() != null) {
                        // A correction keeps the version first answered (also one without questions).
                        questions = QuestionRow.of(
                                writeUp.answers().questions(), writeUp.answers().given());
                        questionsOfItsOwnVersion = true;
                    }
                    guideCovered = new ArrayList<>(
                            scheduled.guideCovered().stream().map(Enum::name).toList());
                    confidentiality = scheduled.confidentiality();
                }
            }
            if (confidentiality == null) {
                confidentiality = defaultLevel();
            }
            if (!questionsOfItsOwnVersion && kind == InterviewKind.FOLLOW_UP) {
                questions = QuestionRow.of(questionnaires.current(QuestionnairePurpose.FOLLOW_UP), null);
            }
        } catch (BusinessException refused) {
            offboarding = null;
            messages.refused(refused);
        }
    }

    public String save() {
        try {
            InterviewRecord write = new InterviewRecord(
                    date,
                    guideSteps(),
                    notes,
                    confidentiality,
                    readers(),
                    wideningConfirmed,
                    isFollowUp() ? QuestionRow.answers(questions) : java.util.Map.of());
            if (interviewId != null) {
                interviews.record(interviewId, write);
            } else {
                interviews.recordHeld(caseId, kind, interviewer, write);
            }
            messages.info("offboarding", "interview.saved");
            return "/offboarding/case?faces-redirect=true&id=" + caseId;
        } catch (BusinessException refused) {
            messages.refused(refused);
            return null;
        }
    }

    public String schedule() {
        try {
            interviews.schedule(caseId, kind, date, interviewer);
            messages.info("offboarding", "interview.scheduledMessage");
            return "/offboarding/case?faces-redirect=true&id=" + caseId;
        } catch (BusinessException refused) {
            messages.refused(refused);
            return null;
        }
    }

    /** The kind changed: the level follows it only towards fewer readers. */
    public void kindChanged() {
        confidentiality = confidentiality == null ? defaultLevel() : confidentiality.narrowest(defaultLevel());
    }

    /** Whether the chosen level lets more people read than the recorded one or the default. */
    public boolean isWidening() {
        Confidentiality baseline = scheduled != null && scheduled.held() ? scheduled.confidentiality() : defaultLevel();
        return confidentiality != null && confidentiality.widerThan(baseline);
    }

    private Confidentiality defaultLevel() {
        return Confidentiality.defaultFor(kind, currentUser.isHrAdmin());
    }

    public boolean isFollowUp() {
        return kind == InterviewKind.FOLLOW_UP;
    }

    /** HR's follow-up questions on the form; shown only while the kind is the follow-up. */
    public List<QuestionRow> getQuestions() {
        return questions;
    }

    private EnumSet<InterviewGuide> guideSteps() {
        EnumSet<InterviewGuide> steps = EnumSet.noneOf(InterviewGuide.class);
        guideCovered.forEach(step -> steps.add(InterviewGuide.valueOf(step)));
        return steps;
    }

    private List<String> readers() {
        return namedReaders == null || namedReaders.isBlank()
                ? List.of()
                : Arrays.stream(namedReaders.split("[,\\s、]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
    }

    public InterviewKind[] getKinds() {
        if (kind == InterviewKind.FOLLOW_UP || offboarding != null && offboarding.getStatus() == CaseStatus.FOLLOW_UP) {
            return new InterviewKind[] {
                InterviewKind.FOLLOW_UP, InterviewKind.MANAGER, InterviewKind.HR, InterviewKind.OTHER
            };
        }
        return new InterviewKind[] {InterviewKind.MANAGER, InterviewKind.HR, InterviewKind.OTHER};
    }

    public InterviewGuide[] getGuideSteps() {
        return InterviewGuide.values();
    }

    public Confidentiality[] getLevels() {
        return Confidentiality.values();
    }

    public OffboardingCase getCase() {
        return offboarding;
    }

    public InterviewSummary getScheduled() {
        return scheduled;
    }

    // View parameters are text: an absent or empty one (on postback) must not fail conversion.
    public String getCaseId() {
        return caseId == null ? null : caseId.toString();
    }

    public void setCaseId(String caseId) {
        this.caseId = parse(caseId, this.caseId);
    }

    public String getInterviewId() {
        return interviewId == null ? null : interviewId.toString();
    }

    public void setInterviewId(String interviewId) {
        this.interviewId = parse(interviewId, this.interviewId);
    }

    static Long parse(String text, Long current) {
        if (text == null || text.isBlank()) {
            return current;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return current;
        }
    }

    public InterviewKind getKind() {
        return kind;
    }

    public void setKind(InterviewKind kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getInterviewer() {
        return interviewer;
    }

    public void setInterviewer(String interviewer) {
        this.interviewer = interviewer;
    }

    /** The interviewer as picked by name, reading or employee number; none picked: the person writing. */
    public PersonPick getInterviewerPerson() {
        return interviewerPerson;
    }

    public void setInterviewerPerson(PersonPick interviewerPerson) {
        this.interviewerPerson = interviewerPerson;
        this.interviewer = interviewerPerson == null ? null : interviewerPerson.login();
    }

    public List<String> getGuideCovered() {
        return guideCovered;
    }

    public void setGuideCovered(List<String> guideCovered) {
        this.guideCovered = guideCovered;
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

    public boolean isWideningConfirmed() {
        return wideningConfirmed;
    }

    public void setWideningConfirmed(boolean wideningConfirmed) {
        this.wideningConfirmed = wideningConfirmed;
    }

    public String getNamedReaders() {
        return namedReaders;
    }

    public void setNamedReaders(String namedReaders) {
        this.namedReaders = namedReaders;
    }
}
