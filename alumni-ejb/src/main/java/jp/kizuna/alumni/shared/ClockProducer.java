package jp.kizuna.alumni.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "now". Business dates (last day, follow-up interviews, due dates) are in the
 * company's time zone, Asia/Tokyo unless ALUMNI_TIME_ZONE says otherwise.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        String zone = System.getenv().getOrDefault("ALUMNI_TIME_ZONE", "Asia/Tokyo");
        return Clock.system(ZoneId.of(zone));
    }
}
