package jp.kizuna.alumni.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How moments read on screens ({@code #{display.time(x)}}): to the minute, in the server's zone
 * (Asia/Tokyo by default), the same for both languages since ISO dates read naturally in Japanese
 * and English alike. Plain EL would print {@code 2026-11-26T00:10:27.731386}.
 */
@Named("display")
@ApplicationScoped
public class DisplayFormats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String time(LocalDateTime moment) {
        return moment == null ? "" : moment.format(MINUTES);
    }
}
