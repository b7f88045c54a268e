package jp.kizuna.alumni.web.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import jp.kizuna.alumni.event.AlumniEvent;
import jp.kizuna.alumni.event.EventCalendar;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/** /network/event-change?id=: HR moves an upcoming event or calls it off; registrants' calendars follow. */
@Named
@ViewScoped
public class EventChangeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventCalendar calendar;

    @Inject
    private UserMessages messages;

    private Long id;
    private AlumniEvent event;
    private LocalDateTime startsAt;
    private String location;
    private String onlineUrl;

    public void load() {
        event = id == null
                ? null
                : calendar.upcoming().stream()
                        .filter(e -> e.getId().equals(id))
                        .findFirst()
                        .orElse(null);
        if (event != null) {
            startsAt = event.getStartsAt();
            location = event.getLocation();
            onlineUrl = event.getOnlineUrl();
        }
    }

    public String move() {
        try {
            calendar.move(id, startsAt, location, onlineUrl);
            messages.info("engage", "event.moved");
            load();
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        return null;
    }

    public String cancel() {
        try {
            calendar.cancel(id);
            messages.info("engage", "event.called-off");
            return "/network/outreach?faces-redirect=true";
        } catch (BusinessException refused) {
            messages.refused(refused);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AlumniEvent getEvent() {
        return event;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
