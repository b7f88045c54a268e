package jp.kizuna.alumni.web.offboarding;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import jp.kizuna.alumni.offboarding.ChecklistItem;
import jp.kizuna.alumni.offboarding.Checklists;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * /offboarding/tasks: every leaving task past its due date across the open cases the reader may
 * see (HR: all; a manager: their reports'), oldest first, so nothing waits unnoticed in a case
 * nobody opened this week.
 */
@Named
@ViewScoped
public class OverdueTasksView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 500;

    @Inject
    private Checklists checklists;

    @Inject
    private UserMessages messages;
    /** Through Instance: the produced Clock is not serializable, Instance is (the view moves between nodes). */
    @Inject
    private Instance<Clock> clock;

    private List<ChecklistItem> tasks;

    @PostConstruct
    void load() {
        tasks = checklists.overdue(SHOWN);
    }

    public void complete(long itemId) {
        try {
            checklists.complete(itemId);
            messages.info("offboarding", "checklist.completed");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
    }

    public long daysOverdue(ChecklistItem item) {
        return ChronoUnit.DAYS.between(item.getDueDate(), LocalDate.now(clock.get()));
    }

    public List<ChecklistItem> getTasks() {
        return tasks;
    }
}
