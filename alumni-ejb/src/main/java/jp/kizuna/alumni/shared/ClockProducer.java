package jp.kizuna.alumni.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The one source of "now". Business dates (last day, follow-up interviews, due dates) are in the
 * company's time zone, Asia/Tokyo unless ALUMNI_TIME_ZONE says otherwise.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    Settings settings;

    @Produces
    Clock clock() {
        return Clock.system(settings.timeZone());
    }
}
