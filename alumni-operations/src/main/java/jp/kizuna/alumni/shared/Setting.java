package jp.kizuna.alumni.shared;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Every setting of an installation: where it comes from (a system property of the server or an
 * environment variable of its process), its default and what a valid value is. {@link Settings}
 * checks them all at startup and is how the application reads them; values are read on each use,
 * so a system property an administrator changes with jboss-cli applies without a redeployment.
 *
 * <p>Secrets have no default here: in demo mode ({@code alumni.demo-mode} or
 * {@code alumni.demo-data} true) the secrets of the committed demo realm stand in for them;
 * elsewhere a missing secret stops the deployment.
 */
public enum Setting {
    DEMO_MODE(
            Source.PROPERTY,
            "alumni.demo-mode",
            "false",
            Kind.BOOLEAN,
            "true: the demo realm's secrets stand in for missing secrets (bin/run, tests)"),
    DEMO_DATA(
            Source.PROPERTY,
            "alumni.demo-data",
            "false",
            Kind.BOOLEAN,
            "true: load the demo organisation, network and cases once into an empty database (implies demo mode)"),
    TIME_ZONE(
            Source.ENVIRONMENT,
            "ALUMNI_TIME_ZONE",
            "Asia/Tokyo",
            Kind.ZONE,
            "the company's time zone for business dates"),
    PUBLIC_URL(
            Source.PROPERTY,
            "alumni.public-url",
            "http://localhost:8080/alumni",
            Kind.URL,
            "where people reach the web application (links in mails)"),
    SMTP_HOST(
            Source.PROPERTY,
            "alumni.smtp.host",
            "",
            Kind.TEXT,
            "overrides the mail session's relay host on this node (default: ALUMNI_SMTP_HOST of the server configuration)"),
    SMTP_PORT(
            Source.PROPERTY,
            "alumni.smtp.port",
            "",
            Kind.PORT,
            "overrides the mail session's relay port on this node (default: ALUMNI_SMTP_PORT of the server configuration)"),
    KEYCLOAK_PROVISIONING(
            Source.PROPERTY,
            "alumni.keycloak.provisioning",
            "on",
            Kind.ON_OFF,
            "on: the application grants and revokes the alumni role at Keycloak; off: the changes wait for IT"),
    OIDC_PROVIDER_URL(
            Source.ENVIRONMENT,
            "ALUMNI_OIDC_PROVIDER_URL",
            "http://localhost:8180/realms/alumni",
            Kind.URL,
            "the Keycloak realm people sign in with"),
    KEYCLOAK_REALM_URL(
            Source.PROPERTY,
            "alumni.keycloak.realm-url",
            "",
            Kind.URL,
            "the realm whose accounts the application provisions (default: ALUMNI_OIDC_PROVIDER_URL)"),
    PROVISIONING_CLIENT(
            Source.PROPERTY,
            "alumni.keycloak.provisioning-client",
            "alumni-provisioning",
            Kind.TEXT,
            "the Keycloak client whose service account changes roles"),
    PROVISIONING_CLIENT_SECRET(
            Source.ENVIRONMENT,
            "ALUMNI_PROVISIONING_CLIENT_SECRET",
            null,
            Kind.SECRET,
            "secret of that client (needed while alumni.keycloak.provisioning is on)"),
    WEB_CLIENT_SECRET(
            Source.ENVIRONMENT,
            "ALUMNI_WEB_CLIENT_SECRET",
            null,
            Kind.SECRET,
            "secret of the alumni-web client (read by the server configuration, checked here)"),
    WS_CLIENT_SECRET(
            Source.ENVIRONMENT,
            "ALUMNI_WS_CLIENT_SECRET",
            null,
            Kind.SECRET,
            "secret of the alumni-ws client (read by the server configuration, checked here)"),
    FOLLOW_UP_MONTHS(
            Source.PROPERTY,
            "alumni.offboarding.follow-up-months",
            "1",
            Kind.POSITIVE,
            "months after the last day for the follow-up interview"),
    MIN_GROUP_SIZE(
            Source.PROPERTY,
            "alumni.offboarding.min-group-size",
            "5",
            Kind.POSITIVE,
            "smallest group the exit analytics show"),
    SURVEY_VALID_DAYS(
            Source.PROPERTY,
            "alumni.offboarding.survey-valid-days",
            "60",
            Kind.POSITIVE,
            "days after the last day the exit survey link stays valid"),
    IMPORT_MAX_FILE_MB(
            Source.PROPERTY,
            "alumni.imports.max-file-mb",
            "20",
            Kind.POSITIVE,
            "the largest HR file the import screen accepts, in MB"),
    RETENTION_MONTHS(
            Source.PROPERTY,
            "alumni.retention.exit-interview-months",
            "24",
            Kind.POSITIVE,
            "months after a closed case's last day its interview notes and free texts are erased (stay interview notes: months after the interview)"),
    MESSAGE_RETENTION_MONTHS(
            Source.PROPERTY,
            "alumni.retention.message-months",
            "24",
            Kind.POSITIVE,
            "months after its last message a message thread is erased"),
    PROVISION_RECORD_YEARS(
            Source.PROPERTY,
            "alumni.retention.provision-record-years",
            "3",
            Kind.POSITIVE,
            "years a third-party provision record (APPI) is kept before it is erased"),
    EXTERNAL_MAIL_RELAY(
            Source.PROPERTY,
            "alumni.mail.external-relay",
            "",
            Kind.TEXT,
            "the company running the SMTP relay when it is another party (segment mailings are then recorded as provisions); empty: the company's own"),
    NODE_NAME(
            Source.PROPERTY,
            "jboss.node.name",
            "server",
            Kind.TEXT,
            "this server's name in a cluster (WildFly's own; recorded with the jobs it claims)");

    /** The secrets of the committed demo realm (alumni-server/src/main/keycloak/alumni-realm.json). */
    private static final Map<Setting, String> DEMO_SECRETS = Map.of(
            PROVISIONING_CLIENT_SECRET, "alumni-provisioning-demo-secret",
            WEB_CLIENT_SECRET, "alumni-web-demo-secret",
            WS_CLIENT_SECRET, "alumni-ws-demo-secret");

    enum Source {
        PROPERTY,
        ENVIRONMENT
    }

    enum Kind {
        TEXT,
        BOOLEAN,
        ON_OFF,
        POSITIVE,
        PORT,
        URL,
        ZONE,
        SECRET
    }

    private final Source source;
    private final String key;
    private final String fallback;
    private final Kind kind;
    private final String meaning;

    Setting(Source source, String key, String fallback, Kind kind, String meaning) {
        this.source = source;
        this.key = key;
        this.fallback = fallback;
        this.kind = kind;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public String meaning() {
        return meaning;
    }

    public boolean secret() {
        return kind == Kind.SECRET;
    }

    /** The value as configured, null when not set (blank counts as not set). */
    public String configured(Function<String, String> properties, Function<String, String> environment) {
        String value = (source == Source.PROPERTY ? properties : environment).apply(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value in force: configured, else the default (a demo secret only in demo mode). */
    public String value(Function<String, String> properties, Function<String, String> environment) {
        String configured = configured(properties, environment);
        if (configured != null && problem(configured) == null) {
            return configured;
        }
        if (secret()) {
            return demo(properties) ? DEMO_SECRETS.get(this) : null;
        }
        return fallback;
    }

    /** Read from this process: the system properties and the environment. */
    public String value() {
        return value(System::getProperty, System::getenv);
    }

    /** The value in force, null when it is empty (no default). */
    public String valueOrNull() {
        String value = value();
        return value == null || value.isBlank() ? null : value;
    }

    /** The realm whose accounts are provisioned: alumni.keycloak.realm-url, else the sign-in realm. */
    public static String keycloakRealmUrl() {
        String realm = KEYCLOAK_REALM_URL.valueOrNull();
        String url = realm != null ? realm : OIDC_PROVIDER_URL.value();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public int positive() {
        return Integer.parseInt(value());
    }

    public boolean on() {
        return switch (kind) {
            case ON_OFF -> !"off".equalsIgnoreCase(value());
            default -> Boolean.parseBoolean(value());
        };
    }

    public static boolean demo(Function<String, String> properties) {
        return Boolean.parseBoolean(properties.apply(DEMO_MODE.key))
                || Boolean.parseBoolean(properties.apply(DEMO_DATA.key));
    }

    /** Why the value is not valid for this setting, or null when it is. */
    public String problem(String value) {
        switch (kind) {
            case BOOLEAN:
                return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                        ? null
                        : "is not true or false";
            case ON_OFF:
                return value.equalsIgnoreCase("on") || value.equalsIgnoreCase("off") ? null : "is not on or off";
            case POSITIVE:
            case PORT:
                try {
                    int number = Integer.parseInt(value);
                    int highest = kind == Kind.PORT ? 65535 : Integer.MAX_VALUE;
                    return number > 0 && number <= highest ? null : "is out of range";
                } catch (NumberFormatException notANumber) {
                    return "is not a whole number";
                }
            case URL:
                try {
                    URI uri = new URI(value);
                    return uri.getScheme() != null
                                    && uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")
                                    && uri.getHost() != null
                            ? null
                            : "is not an http(s) URL";
                } catch (java.net.URISyntaxException notAUri) {
                    return "is not an http(s) URL";
                }
            case ZONE:
                try {
                    ZoneId.of(value);
                    return null;
                } catch (DateTimeException unknown) {
                    return "is not a time zone (e.g. Asia/Tokyo)";
                }
            default:
                return null;
        }
    }
}
