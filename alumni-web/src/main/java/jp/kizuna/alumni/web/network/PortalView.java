package jp.kizuna.alumni.web.network;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import jp.kizuna.alumni.home.HomeFeed;
import jp.kizuna.alumni.home.PortalHome;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.network.NewsPost;
import jp.kizuna.alumni.network.Outreach;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.LocaleSelection;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * /portal/index: the alumnus's home: a feed of what is new for them (news, events, openings that fit
 * them, former colleagues who joined, active spaces), news, consents and leaving the network. Its
 * openings and referrals section is {@link PortalOpeningsView}, its events section {@link PortalEventsView};
 * the profile form is its own page, /portal/profile ({@link ProfileView}).
 */
@Named
@ViewScoped
public class PortalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AlumnusProfiles profiles;

    @Inject
    private Outreach outreach;

    @Inject
    private UserMessages messages;

    @Inject
    private LocaleSelection locale;

    @Inject
    private PortalHome home;

    private AlumnusProfile profile;
    /** The home feed, read once per view in the language of the reader. */
    private HomeFeed feed;

    private List<String> consents = new ArrayList<>();

    private List<NewsPost> news;

    @PostConstruct
    void load() {
        profile = profiles.myProfile().orElse(null);
        if (profile == null || !profile.isMember()) {
            return;
        }
        consents =
                new ArrayList<>(profiles.myConsents().stream().map(Enum::name).toList());
        refreshLists();
    }

    private void refreshLists() {
        feed = home.feed(locale.getLocale());
        news = outreach.latestNews(5);
    }

    public String confirmCurrent() {
        try {
            profiles.confirmCurrent();
            profile = profiles.myProfile().orElse(profile);
            messages.info("network", "profile.confirmed");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String saveConsents() {
        try {
            EnumSet<ConsentPurpose> chosen = EnumSet.noneOf(ConsentPurpose.class);
            consents.forEach(c -> chosen.add(ConsentPurpose.valueOf(c)));
            profiles.changeConsents(chosen, locale.getLocale());
            messages.info("network", "consent.saved");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String leave() {
        try {
            profiles.leaveNetwork();
            messages.info("network", "membership.left");
            return "/index?faces-redirect=true";
        } catch (BusinessException refused) {
            messages.refused(refused);
            return null;
        }
    }

    public String erase() {
        try {
            profiles.eraseMe();
            messages.info("network", "membership.erased");
            return "/index?faces-redirect=true";
        } catch (BusinessException refused) {
            messages.refused(refused);
            return null;
        }
    }

    public boolean isMember() {
        return profile != null && profile.isMember();
    }

    public boolean isConfirmationDue() {
        return profile != null && profile.needsConfirmation(LocalDateTime.now());
    }

    public List<ConsentPurpose> getAllPurposes() {
        return Arrays.asList(ConsentPurpose.values());
    }

    public AlumnusProfile getProfile() {
        return profile;
    }

    public HomeFeed getFeed() {
        return feed;
    }

    public List<String> getConsents() {
        return consents;
    }

    public void setConsents(List<String> consents) {
        this.consents = consents;
    }

    public List<NewsPost> getNews() {
        return news;
    }
}
