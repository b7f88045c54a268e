package jp.kizuna.alumni.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The settings of this installation (see {@link Setting} for the list, README for their meaning),
 * checked once when the application starts: an invalid value, or a missing secret outside demo mode,
 * stops the deployment with a message that names the setting; the values in force are logged, secrets
 * as "(set)". Afterwards each value is read on use, so a system property changed with jboss-cli
 * applies at once.
 */
@ApplicationScoped
public class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    /** Thrown at startup; the deployment fails with this message. */
    public static class InvalidSettings extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidSettings(String message) {
            super(message);
        }
    }

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.info(() -> "Settings in force: " + String.join(", ", check(System::getProperty, System::getenv)));
    }

    /**
     * Every setting as "key=value" (secrets as "(set)", or "(demo)" when the demo secret stands in);
     * throws {@link InvalidSettings} naming each invalid value and missing secret.
     */
    static List<String> check(Function<String, String> properties, Function<String, String> environment) {
        List<String> inForce = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean demo = Setting.demo(properties);
        boolean provisioning = !"off"
                .equalsIgnoreCase(String.valueOf(Setting.KEYCLOAK_PROVISIONING.configured(properties, environment)));
        for (Setting setting : Setting.values()) {
            String configured = setting.configured(properties, environment);
            String problem = configured == null ? null : setting.problem(configured);
            if (problem != null) {
                problems.add(setting.key() + " '" + configured + "' " + problem);
            }
            if (setting.secret()) {
                boolean needed = setting != Setting.PROVISIONING_CLIENT_SECRET || provisioning;
                if (configured == null && needed && !demo) {
                    problems.add(setting.key() + " is not set (" + setting.meaning()
                            + "); only demo mode (alumni.demo-mode=true) uses the demo realm's secret");
                }
                inForce.add(setting.key() + "=" + (configured != null ? "(set)" : demo ? "(demo)" : "(not set)"));
            } else {
                inForce.add(setting.key() + "=" + setting.value(properties, environment));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettings("Alumni cannot start, settings to correct: " + String.join("; ", problems));
        }
        return inForce;
    }

    public ZoneId timeZone() {
        return ZoneId.of(Setting.TIME_ZONE.value());
    }

    public boolean demoData() {
        return Setting.DEMO_DATA.on();
    }

    /** Where people reach the web application, without a trailing slash. */
    public String publicUrl() {
        return withoutSlash(Setting.PUBLIC_URL.value());
    }

    /** The relay host of this node when it differs from the mail session's, else null. */
    public String smtpHost() {
        return blankAsNull(Setting.SMTP_HOST.value());
    }

    /** The relay port of this node when it differs from the mail session's, else null. */
    public String smtpPort() {
        return blankAsNull(Setting.SMTP_PORT.value());
    }

    public boolean keycloakProvisioning() {
        return Setting.KEYCLOAK_PROVISIONING.on();
    }

    /** The realm whose accounts are provisioned: alumni.keycloak.realm-url, else the sign-in realm. */
    public String keycloakRealmUrl() {
        return Setting.keycloakRealmUrl();
    }

    public String provisioningClient() {
        return Setting.PROVISIONING_CLIENT.value();
    }

    /** Null only outside demo mode with provisioning off (the startup check refuses it otherwise). */
    public String provisioningClientSecret() {
        return Setting.PROVISIONING_CLIENT_SECRET.value();
    }

    public int followUpMonths() {
        return Setting.FOLLOW_UP_MONTHS.positive();
    }

    public int minGroupSize() {
        return Setting.MIN_GROUP_SIZE.positive();
    }

    public int surveyValidDays() {
        return Setting.SURVEY_VALID_DAYS.positive();
    }

    public long importMaxFileBytes() {
        return Setting.IMPORT_MAX_FILE_MB.positive() * 1024L * 1024L;
    }

    public int retentionMonths() {
        return Setting.RETENTION_MONTHS.positive();
    }

    public int messageRetentionMonths() {
        return Setting.MESSAGE_RETENTION_MONTHS.positive();
    }

    public int provisionRecordYears() {
        return Setting.PROVISION_RECORD_YEARS.positive();
    }

    /** The company running the mail relay when it is another party, else null (the company's own relay). */
    public String externalMailRelay() {
        return blankAsNull(Setting.EXTERNAL_MAIL_RELAY.value());
    }

    public String nodeName() {
        return Setting.NODE_NAME.value();
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
