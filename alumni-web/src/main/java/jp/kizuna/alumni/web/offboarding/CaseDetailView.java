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
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import jp.kizuna.alumni.offboarding.CaseEvent;
import jp.kizuna.alumni.offboarding.CaseFile;
import jp.kizuna.alumni.offboarding.CaseFiles;
import jp.kizuna.alumni.offboarding.CaseStatus;
import jp.kizuna.alumni.offboarding.ChecklistItem;
import jp.kizuna.alumni.offboarding.Checklists;
import jp.kizuna.alumni.offboarding.ExitInterviews;
import jp.kizuna.alumni.offboarding.ExitSurveys;
import jp.kizuna.alumni.offboarding.InterviewSummary;
import jp.kizuna.alumni.offboarding.InterviewWriteUp;
import jp.kizuna.alumni.offboarding.OffboardingCase;
import jp.kizuna.alumni.offboarding.OffboardingCases;
import jp.kizuna.alumni.offboarding.ReasonCategory;
import jp.kizuna.alumni.offboarding.RetentionOffer;
import jp.kizuna.alumni.offboarding.questionnaire.AnsweredQuestion;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.ActorNames;
import jp.kizuna.alumni.web.shared.DisplayFormats;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * One case: its header and next step, the timeline, the real reasons, the interviews (notes on
 * demand, so each read is audited), retention offers, the handover checklist and the survey link.
 */
@Named
@ViewScoped
public class CaseDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OffboardingCases cases;

    @Inject
    private CaseFiles caseFiles;

    @Inject
    private ExitInterviews interviews;

    @Inject
    private Checklists checklists;

    @Inject
    private ExitSurveys surveys;

    @Inject
    private UserMessages messages;

    @Inject
    private Clock clock;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private DisplayFormats display;

    private Long id;
    private OffboardingCase offboarding;
    private List<CaseEvent> timeline = List.of();
    private String surveyLink;
    private ActorNames actors = ActorNames.none();
    private List<InterviewSummary> interviewList = List.of();
    private List<RetentionOffer> offers = List.of();
    private List<ChecklistItem> checklist = List.of();
    private List<ReasonCategory> categories = List.of();
    private final Map<Long, String> revealedNotes = new HashMap<>();
    private final Map<Long, List<AnsweredQuestion>> revealedAnswers = new HashMap<>();

    private String primaryReason;
    private List<String> secondaryReasons = new ArrayList<>();
    private String realReasonText;
    private String withdrawReason;
    private LocalDate newLastDay;
    private String offerText;
    private String decisionReason;

    /** f:viewAction: loads the case or reports why it cannot be shown. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            CaseFile file = caseFiles.read(id);
            offboarding = file.offboarding();
            timeline = file.timeline();
            actors = new ActorNames(file.actorNames());
            interviewList = file.interviews();
            offers = file.offers();
            checklist = file.checklist();
            categories = file.categories();
            surveyLink = file.surveyLink();
            primaryReason = offboarding.getPrimaryReason() == null
                    ? null
                    : offboarding.getPrimaryReason().getCode();
            secondaryReasons = new ArrayList<>(offboarding.getSecondaryReasons().stream()
                    .map(ReasonCategory::getCode)
                    .toList());
            realReasonText = offboarding.getRealReasonText();
            newLastDay = offboarding.getLastDay();
        } catch (BusinessException refused) {
            offboarding = null;
            messages.refused(refused);
        }
    }

    public void advance() {
        act(() -> cases.advance(id, offboarding.getStatus().next()), "case.advanced");
    }

    public void withdraw() {
        act(() -> cases.withdraw(id, withdrawReason), "case.withdrawn");
    }

    public void changeLastDay() {
        act(() -> cases.changeLastDay(id, newLastDay), "case.lastDayChanged");
    }

    public void saveReasons() {
        act(
                () -> cases.recordReasons(id, primaryReason, new LinkedHashSet<>(secondaryReasons), realReasonText),
                "case.reasonsSaved");
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

    public void offer() {
        act(() -> cases.offerRetention(id, offerText), "retention.logged");
        offerText = null;
    }

    public void decide(long offerId, String outcome) {
        act(
                () -> cases.decideRetention(offerId, RetentionOffer.Outcome.valueOf(outcome), decisionReason),
                "retention.decided");
        decisionReason = null;
    }

    public void complete(long itemId) {
        act(() -> checklists.complete(itemId), "checklist.completed");
    }

    public void mailSurvey() {
        act(() -> surveys.mailLink(offboarding.getId()), "survey.mailSent");
    }

    public void reopen(long itemId) {
        act(() -> checklists.reopen(itemId), "checklist.reopened");
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            messages.info("offboarding", successKey);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
    }

    public boolean isOverdue(ChecklistItem item) {
        return item.isOverdue(LocalDate.now(clock));
    }

    public long getOverdueCount() {
        LocalDate today = LocalDate.now(clock);
        return checklist.stream().filter(i -> i.isOverdue(today)).count();
    }

    public String notesOf(long interviewId) {
        return revealedNotes.get(interviewId);
    }

    /** The answers to HR's follow-up questions of a revealed interview (same level as its notes). */
    public List<AnsweredQuestion> answersOf(long interviewId) {
        return revealedAnswers.getOrDefault(interviewId, List.of());
    }

    public boolean isCanAdvance() {
        return offboarding != null && offboarding.getStatus().next() != null;
    }

    public boolean isCanWithdraw() {
        return offboarding != null && offboarding.getStatus().canMoveTo(CaseStatus.WITHDRAWN);
    }

    public CaseStatus getNextStatus() {
        return offboarding == null ? null : offboarding.getStatus().next();
    }

    public String getSurveyLink() {
        return surveyLink;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String id) {
        this.id = InterviewFormView.parse(id, this.id);
    }

    public OffboardingCase getCase() {
        return offboarding;
    }

    public List<CaseEvent> getTimeline() {
        return timeline;
    }

    /** One timeline line as the reader reads it: when to the minute, who by name, what and its detail in their language. */
    public record TimelineLine(String when, String who, String what, String detail) {}

    public List<TimelineLine> getTimelineLines() {
        Locale locale = localeSelection.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle("jp.kizuna.alumni.web.offboarding", locale);
        ResourceBundle common = ResourceBundle.getBundle("jp.kizuna.alumni.web.messages", locale);
        return timeline.stream()
                .map(event -> new TimelineLine(
                        display.time(event.getOccurredAt()),
                        actors.of(event.getActor(), locale, common),
                        texts.getString("event." + event.getKind()),
                        CaseTimeline.detail(event.getKind(), event.getDetail(), texts, locale, checklist, categories)))
                .toList();
    }

    /** The follow-up interview waiting to be written up, if the case is in the follow-up stage. */
    public InterviewSummary getFollowUpWaiting() {
        return offboarding == null ? null : followUpWaiting(offboarding.getStatus(), interviewList);
    }

    static InterviewSummary followUpWaiting(CaseStatus status, List<InterviewSummary> interviews) {
        if (status != CaseStatus.FOLLOW_UP || interviews == null) {
            return null;
        }
        return interviews.stream()
                .filter(i -> i.kind() == jp.kizuna.alumni.offboarding.InterviewKind.FOLLOW_UP && !i.held())
                .findFirst()
                .orElse(null);
    }

    public List<InterviewSummary> getInterviews() {
        return interviewList;
    }

    public List<RetentionOffer> getOffers() {
        return offers;
    }

    public List<ChecklistItem> getChecklist() {
        return checklist;
    }

    /** The steps a case goes through, in order, for the stage stepper (a withdrawal leaves the path). */
    public List<CaseStatus> getStages() {
        return List.of(
                CaseStatus.NOTICE_RECEIVED,
                CaseStatus.INTERVIEWS,
                CaseStatus.HANDOVER,
                CaseStatus.LAST_DAY,
                CaseStatus.FOLLOW_UP,
                CaseStatus.CLOSED);
    }

    /** done, current or to come, for the step {@code stage} of this case. */
    public String stageState(CaseStatus stage) {
        return stageState(stage, getCase().getStatus());
    }

    static String stageState(CaseStatus stage, CaseStatus now) {
        if (now == CaseStatus.WITHDRAWN) {
            return "to-come";
        }
        return stage == now ? "current" : stage.ordinal() < now.ordinal() ? "done" : "to-come";
    }

    public long getChecklistDone() {
        return checklist == null
                ? 0
                : checklist.stream().filter(ChecklistItem::isDone).count();
    }

    public int getChecklistPercent() {
        return checklist == null ? 0 : percent(getChecklistDone(), checklist.size());
    }

    /** Whole percent done, rounded down, so a list shows 100 only when every item is done. */
    static int percent(long done, int of) {
        return of == 0 ? 0 : (int) (100 * done / of);
    }

    public List<ReasonCategory> getCategories() {
        return categories;
    }

    public String getPrimaryReason() {
        return primaryReason;
    }

    public void setPrimaryReason(String primaryReason) {
        this.primaryReason = primaryReason;
    }

    public List<String> getSecondaryReasons() {
        return secondaryReasons;
    }

    public void setSecondaryReasons(List<String> secondaryReasons) {
        this.secondaryReasons = secondaryReasons;
    }

    public String getRealReasonText() {
        return realReasonText;
    }

    public void setRealReasonText(String realReasonText) {
        this.realReasonText = realReasonText;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public LocalDate getNewLastDay() {
        return newLastDay;
    }

    public void setNewLastDay(LocalDate newLastDay) {
        this.newLastDay = newLastDay;
    }

    public String getOfferText() {
        return offerText;
    }

    public void setOfferText(String offerText) {
        this.offerText = offerText;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }
}
