package jp.kizuna.alumni.web.space;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.space.ReportedPost;
import jp.kizuna.alumni.space.Space;
import jp.kizuna.alumni.space.SpaceBan;
import jp.kizuna.alumni.space.SpaceSummary;

/**
 * /inbox/spaces: HR and the networks' administrators read and write in the spaces they oversee,
 * settle what members reported (hide with a reason, or keep), ban and readmit members, and HR opens
 * topic spaces.
 */
@Named
@ViewScoped
public class SpaceModerationView extends SpaceBoard {

    private static final long serialVersionUID = 1L;

    private List<ReportedPost> reports = List.of();
    private List<SpaceBan> bans = List.of();
    private String topicNetwork;
    private String topicJa;
    private String topicEn;

    @Override
    protected void loadMore() {
        try {
            reports = service.openReports();
            bans = getView() != null && getView().moderator() ? service.bans(getSpaceId()) : List.of();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public String hide(long postId) {
        String why = getReason();
        return step(() -> service.hide(postId, why), "spaces.hidden");
    }

    public String keep(long postId) {
        return step(() -> service.keep(postId), "spaces.kept");
    }

    public String ban(long profileId) {
        String why = getReason();
        long space = getSpaceId();
        return step(() -> service.ban(space, profileId, why), "spaces.banned");
    }

    public String lift(long profileId) {
        long space = getSpaceId();
        return step(() -> service.lift(space, profileId), "spaces.lifted");
    }

    public String openTopic() {
        try {
            setSpaceId(service.openTopic(topicNetwork, topicJa, topicEn).id());
            setThreadId(null);
            topicJa = null;
            topicEn = null;
            messages.info("engage", "spaces.topic.opened");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    /** Opens the space and thread of a reported post. */
    public String show(ReportedPost reported) {
        setSpaceId(reported.space().id());
        return openThread(reported.post().threadId());
    }

    /** The networks' own spaces: the networks a topic space can be opened in. */
    public List<SpaceSummary> getNetworkSpaces() {
        return getSpaces() == null
                ? List.of()
                : getSpaces().stream()
                        .filter(s -> s.kind() == Space.Kind.NETWORK)
                        .toList();
    }

    public List<ReportedPost> getReports() {
        return reports;
    }

    public List<SpaceBan> getBans() {
        return bans;
    }

    public String getTopicNetwork() {
        return topicNetwork;
    }

    public void setTopicNetwork(String topicNetwork) {
        this.topicNetwork = topicNetwork;
    }

    public String getTopicJa() {
        return topicJa;
    }

    public void setTopicJa(String topicJa) {
        this.topicJa = topicJa;
    }

    public String getTopicEn() {
        return topicEn;
    }

    public void setTopicEn(String topicEn) {
        this.topicEn = topicEn;
    }
}
