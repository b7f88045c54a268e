package jp.kizuna.alumni.web.offboarding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.kizuna.alumni.offboarding.ExitInterview;
import jp.kizuna.alumni.offboarding.ExitInterviews;
import jp.kizuna.alumni.web.shared.CurrentUser;

/**
 * The follow-up interviews HR still has to hold and write up, shown where HR starts the day (the
 * HR home and the overdue-tasks page): those due today or earlier first, then the coming ones.
 */
@Named
@RequestScoped
public class FollowUpsWaitingView {

    private static final int SHOWN = 200;

    @Inject
    private ExitInterviews interviews;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private List<ExitInterview> items;

    public List<ExitInterview> getItems() {
        if (items == null) {
            items = currentUser.isHrAdmin() ? interviews.followUpsWaiting(SHOWN) : List.of();
        }
        return items;
    }

    public boolean isDue(ExitInterview interview) {
        return !interview.getInterviewDate().isAfter(LocalDate.now(clock));
    }

    public long getDueCount() {
        return getItems().stream().filter(this::isDue).count();
    }
}
