package jp.kizuna.alumni.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.kizuna.alumni.shared.Settings;

/**
 * Tunable rules of offboarding, set per installation as system properties (names below) and read
 * through {@link Settings}, which checks them at startup.
 */
@ApplicationScoped
public class OffboardingSettings {

    /** Months after the last day for the follow-up interview. */
    public static final String FOLLOW_UP_MONTHS = "alumni.offboarding.follow-up-months";
    /** Smallest group the analytics show; smaller ones could identify a leaver. */
    public static final String MIN_GROUP_SIZE = "alumni.offboarding.min-group-size";
    /** Days after the last day the exit survey link stays valid. */
    public static final String PUBLIC_URL = "alumni.public-url";

    public static final String SURVEY_VALID_DAYS = "alumni.offboarding.survey-valid-days";

    @Inject
    Settings settings;

    public int followUpMonths() {
        return settings.followUpMonths();
    }

    public int minGroupSize() {
        return settings.minGroupSize();
    }

    /** Where people reach the web application, for links in mails: {@code alumni.public-url}. */
    public String publicUrl() {
        return settings.publicUrl();
    }

    public int surveyValidDays() {
        return settings.surveyValidDays();
    }
}
