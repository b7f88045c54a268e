package jp.kizuna.alumni.web.network;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.network.Openness;
import jp.kizuna.alumni.network.ProfileChange;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/** /portal/profile: the alumnus's own profile and what the directory shows of it, reached from the portal home. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AlumnusProfiles profiles;

    @Inject
    private UserMessages messages;

    private AlumnusProfile profile;
    private String employer;
    private String role;
    private String region;
    private String bio;
    private String history;
    private List<String> skills = new ArrayList<>();
    private List<String> openTo = new ArrayList<>();
    private boolean showEmployer;
    private boolean showSkills;
    private boolean showRegion;
    private boolean showOpenness;
    private boolean showEmail;
    /** "Open to returning from" as yyyy-MM, or null. */
    private String returningFrom;

    @PostConstruct
    void load() {
        profile = profiles.myProfile().orElse(null);
        if (profile == null || !profile.isMember()) {
            return;
        }
        employer = profile.getCurrentEmployer();
        role = profile.getCurrentRole();
        region = profile.getRegion();
        bio = profile.getBio();
        history = profile.getDepartmentsHistory();
        skills = new ArrayList<>(profile.getSkills());
        openTo = new ArrayList<>(profile.getOpenness().stream().map(Enum::name).toList());
        showEmployer = profile.isShowEmployer();
        showSkills = profile.isShowSkills();
        showRegion = profile.isShowRegion();
        showOpenness = profile.isShowOpenness();
        showEmail = profile.isShowEmail();
        returningFrom = profile.getReturningFrom() == null
                ? null
                : profile.getReturningFrom().toString();
    }

    public String save() {
        try {
            Set<Openness> open = EnumSet.noneOf(Openness.class);
            openTo.forEach(o -> open.add(Openness.valueOf(o)));
            profiles.update(new ProfileChange(
                    employer,
                    role,
                    region,
                    bio,
                    history,
                    skills,
                    open,
                    showEmployer,
                    showSkills,
                    showRegion,
                    showOpenness,
                    showEmail));
            profile = profiles.openToReturningFrom(
                    returningFrom == null || returningFrom.isBlank() ? null : YearMonth.parse(returningFrom));
            messages.info("network", "profile.saved");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public boolean isMember() {
        return profile != null && profile.isMember();
    }

    /** The months a member can name for returning: this month and the three years after it. */
    public List<String> getReturningMonths() {
        YearMonth month = YearMonth.now();
        List<String> months = new ArrayList<>();
        for (int i = 0; i <= 36; i++) {
            months.add(month.plusMonths(i).toString());
        }
        if (returningFrom != null && !months.contains(returningFrom)) {
            months.add(0, returningFrom); // a month said earlier that has since passed
        }
        return months;
    }

    public String getReturningFrom() {
        return returningFrom;
    }

    public void setReturningFrom(String returningFrom) {
        this.returningFrom = returningFrom;
    }

    public List<Openness> getAllOpenness() {
        return Arrays.asList(Openness.values());
    }

    public AlumnusProfile getProfile() {
        return profile;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getHistory() {
        return history;
    }

    public void setHistory(String history) {
        this.history = history;
    }

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills == null ? new ArrayList<>() : skills;
    }

    public List<String> getOpenTo() {
        return openTo;
    }

    public void setOpenTo(List<String> openTo) {
        this.openTo = openTo;
    }

    public boolean isShowEmployer() {
        return showEmployer;
    }

    public void setShowEmployer(boolean showEmployer) {
        this.showEmployer = showEmployer;
    }

    public boolean isShowSkills() {
        return showSkills;
    }

    public void setShowSkills(boolean showSkills) {
        this.showSkills = showSkills;
    }

    public boolean isShowRegion() {
        return showRegion;
    }

    public void setShowRegion(boolean showRegion) {
        this.showRegion = showRegion;
    }

    public boolean isShowOpenness() {
        return showOpenness;
    }

    public void setShowOpenness(boolean showOpenness) {
        this.showOpenness = showOpenness;
    }

    public boolean isShowEmail() {
        return showEmail;
    }

    public void setShowEmail(boolean showEmail) {
        this.showEmail = showEmail;
    }
}
