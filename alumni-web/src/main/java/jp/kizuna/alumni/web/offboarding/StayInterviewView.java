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
import jp.kizuna.alumni.offboarding.ReasonCategories;
import jp.kizuna.alumni.offboarding.ReasonCategory;
import jp.kizuna.alumni.offboarding.stay.FlightRisk;
import jp.kizuna.alumni.offboarding.stay.StayInterviewDraft;
import jp.kizuna.alumni.offboarding.stay.StayInterviews;
import jp.kizuna.alumni.offboarding.stay.StaySummary;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/** Writing up a stay interview and the list of recent ones, notes revealed on demand (audited). */
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

    private List<StaySummary> recent = List.of();
    private List<ReasonCategory> categories = List.of();
    private final Map<Long, String> revealedNotes = new HashMap<>();

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
    }

    public void save() {
        try {
            List<String> readers = namedReaders == null ? List.of() : List.of(namedReaders.split("[,\\s]+"));
            interviews.record(new StayInterviewDraft(employeeNumber, heldOn, primaryConcern,
                    new LinkedHashSet<>(otherConcerns), risk, notes, confidentiality, readers, wideningConfirmed));
            messages.info("offboarding", "stay.saved");
            employeeNumber = null;
            primaryConcern = null;
            otherConcerns = new ArrayList<>();
            risk = null;
            notes = null;
            confidentiality = Confidentiality.HR_ONLY;
            namedReaders = null;
            wideningConfirmed = false;
            recent = interviews.recent(100);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void showNotes(long interviewId) {
        try {
            revealedNotes.put(interviewId, interviews.readNotes(interviewId));
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public String revealed(long interviewId) {
        return revealedNotes.get(interviewId);
    }

    /** A category code in the reader's language. */
    public String categoryName(String code) {
        return code == null ? "—" : categories.stream().filter(c -> c.getCode().equals(code)).findFirst()
                .map(c -> c.name(localeSelection.getLocale())).orElse(code);
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
