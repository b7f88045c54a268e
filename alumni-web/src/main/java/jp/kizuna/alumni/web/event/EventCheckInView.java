package jp.kizuna.alumni.web.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.event.EventAttendance;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/** /network/event-checkin?id=: the check-in list of one event on its day, and the repeat visitors across events. */
@Named
@ViewScoped
public class EventCheckInView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventAttendance attendance;

    @Inject
    private UserMessages messages;

    private Long id;
    private List<EventAttendance.CheckInLine> lines;
    private List<EventAttendance.RepeatVisitor> regulars;

    public void load() {
        try {
            lines = id == null ? List.of() : attendance.checkInList(id);
            regulars = attendance.repeatVisitors();
        } catch (BusinessException refused) {
            lines = lines == null ? List.of() : lines;
            regulars = regulars == null ? List.of() : regulars;
            messages.refused(refused);
        }
    }

    public String checkIn(long rsvpId) {
        try {
            attendance.checkIn(rsvpId);
            messages.info("engage", "checkin.done");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public String undo(long rsvpId) {
        try {
            attendance.undoCheckIn(rsvpId);
            messages.info("engage", "checkin.undone");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public long getCheckedIn() {
        return lines == null
                ? 0
                : lines.stream().filter(l -> l.rsvp().isCheckedIn()).count();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<EventAttendance.CheckInLine> getLines() {
        return lines;
    }

    public List<EventAttendance.RepeatVisitor> getRegulars() {
        return regulars;
    }
}
