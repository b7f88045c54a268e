package jp.kizuna.alumni.web.network;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.event.AlumniEvent;
import jp.kizuna.alumni.event.EventCalendar;
import jp.kizuna.alumni.event.RsvpStatus;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * The events section of /portal/index ({@link PortalView}): upcoming events with the member's answer and
 * the seats taken. Read when the section is first shown (members only).
 */
@Named
@ViewScoped
public class PortalEventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventCalendar calendar;

    @Inject
    private UserMessages messages;

    private List<AlumniEvent> events;
    private Map<Long, RsvpStatus> answers;
    private Map<Long, Long> seats;

    @PostConstruct
    void load() {
        events = calendar.upcoming();
        answers = calendar.myAnswers();
        seats = calendar.seatsTaken();
    }

    public String attend(long eventId) {
        try {
            RsvpStatus status = calendar.attend(eventId).getStatus();
            answers = calendar.myAnswers();
            seats = calendar.seatsTaken();
            messages.info("network", "event.answer." + status.name());
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String cancelAttendance(long eventId) {
        try {
            calendar.cancelAttendance(eventId);
            answers = calendar.myAnswers();
            seats = calendar.seatsTaken();
            messages.info("network", "event.answer.CANCELLED");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String answerTo(long eventId) {
        RsvpStatus status = answers == null ? null : answers.get(eventId);
        return status == null ? null : status.name();
    }

    public long seatsTaken(long eventId) {
        return seats == null ? 0 : seats.getOrDefault(eventId, 0L);
    }

    public List<AlumniEvent> getEvents() {
        return events;
    }
}
