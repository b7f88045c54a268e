package jp.kizuna.alumni.home;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.kizuna.alumni.opportunity.MatchedOpening;
import jp.kizuna.alumni.shared.PersonName;

/** What the portal home shows one member, in their language, read in one transaction. */
public record HomeFeed(
        List<News> news,
        List<Event> events,
        List<MatchedOpening> openings,
        List<Colleague> colleagues,
        List<ActiveSpace> spaces)
        implements Serializable {

    public HomeFeed {
        news = List.copyOf(news);
        events = List.copyOf(events);
        openings = List.copyOf(openings);
        colleagues = List.copyOf(colleagues);
        spaces = List.copyOf(spaces);
    }

    /** A news post in the reader's language (the other language when it has no text in theirs). */
    public record News(long id, String title, String body, LocalDateTime publishedAt) implements Serializable {}

    /**
     * An upcoming event in the reader's language. {@code answer} is the member's RSVP (null: none);
     * {@code onlineUrl} is only filled for a member with a seat (GOING), as in their invite.
     */
    public record Event(
            long id,
            String title,
            String description,
            LocalDateTime startsAt,
            String location,
            String answer,
            String onlineUrl)
            implements Serializable {}

    /**
     * A member from the reader's former department who joined recently and is listed in the directory.
     * {@code employer} only when they chose to show it there.
     */
    public record Colleague(long profileId, PersonName name, String department, LocalDate joinedOn, String employer)
            implements Serializable {}

    /** A space the member may read with posts since {@link PortalHome#RECENT_DAYS} days ago. */
    public record ActiveSpace(long id, String name, long threads, LocalDateTime lastActivity) implements Serializable {}
}
