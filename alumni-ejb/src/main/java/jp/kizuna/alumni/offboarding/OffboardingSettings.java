package jp.kizuna.alumni.offboarding;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tunable rules, set per installation as system properties in the server configuration
 * (standalone.xml or {@code -D}); read on each use so an administrator's CLI change applies
 * without a redeployment.
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

    public int followUpMonths() {
        return positive(FOLLOW_UP_MONTHS, 1);
    }

    public int minGroupSize() {
        return positive(MIN_GROUP_SIZE, 5);
    }

    /** Where people reach the web application, for links in mails: {@code alumni.public-url}. */
    public String publicUrl() {
        String url = System.getProperty(PUBLIC_URL, "http://localhost:8080/alumni");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public int surveyValidDays() {
        return positive(SURVEY_VALID_DAYS, 60);
    }

    private static int positive(String property, int fallback) {
        try {
            int value = Integer.parseInt(System.getProperty(property, String.valueOf(fallback)).strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
