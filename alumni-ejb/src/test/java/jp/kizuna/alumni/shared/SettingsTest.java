package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the startup check of {@link Settings} lets through, refuses and logs. */
class SettingsTest {

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    private List<String> check() {
        return Settings.check(properties::get, environment::get);
    }

    @Test
    void aProductionServerWithoutItsSecretsDoesNotStartAndIsToldWhichAreMissing() {
        Settings.InvalidSettings refused = assertThrows(Settings.InvalidSettings.class, this::check);
        assertTrue(refused.getMessage().contains("ALUMNI_PROVISIONING_CLIENT_SECRET is not set"), refused.getMessage());
        assertTrue(refused.getMessage().contains("ALUMNI_WEB_CLIENT_SECRET is not set"), refused.getMessage());
        assertTrue(refused.getMessage().contains("ALUMNI_WS_CLIENT_SECRET is not set"), refused.getMessage());
    }

    @Test
    void withProvisioningOffTheProvisioningSecretIsNotNeeded() {
        properties.put("alumni.keycloak.provisioning", "off");
        environment.put("ALUMNI_WEB_CLIENT_SECRET", "s3cr3t-web");
        environment.put("ALUMNI_WS_CLIENT_SECRET", "s3cr3t-ws");
        List<String> inForce = check();
        assertTrue(inForce.contains("ALUMNI_PROVISIONING_CLIENT_SECRET=(not set)"), inForce.toString());
    }

    @Test
    void secretsAreLoggedAsSetNeverTheirValue() {
        environment.put("ALUMNI_PROVISIONING_CLIENT_SECRET", "s3cr3t-provisioning");
        environment.put("ALUMNI_WEB_CLIENT_SECRET", "s3cr3t-web");
        environment.put("ALUMNI_WS_CLIENT_SECRET", "s3cr3t-ws");
        environment.put("ALUMNI_TIME_ZONE", "Europe/Berlin");
        List<String> inForce = check();
        assertFalse(String.join(",", inForce).contains("s3cr3t"), inForce.toString());
        assertTrue(inForce.contains("ALUMNI_WEB_CLIENT_SECRET=(set)"));
        assertTrue(inForce.contains("ALUMNI_TIME_ZONE=Europe/Berlin"));
        assertTrue(inForce.contains("alumni.offboarding.min-group-size=5"), "defaults are listed too");
        assertEquals(Setting.values().length, inForce.size(), "every setting is logged");
    }

    @Test
    void demoModeUsesTheDemoRealmsSecrets() {
        properties.put("alumni.demo-data", "true");
        assertTrue(check().contains("ALUMNI_PROVISIONING_CLIENT_SECRET=(demo)"));
        assertEquals(
                "alumni-provisioning-demo-secret",
                Setting.PROVISIONING_CLIENT_SECRET.value(properties::get, environment::get));
        properties.clear();
        assertEquals(null, Setting.PROVISIONING_CLIENT_SECRET.value(properties::get, environment::get));
    }

    @Test
    void invalidValuesStopTheStartWithTheSettingNamed() {
        properties.put("alumni.demo-mode", "true");
        properties.put("alumni.offboarding.min-group-size", "five");
        properties.put("alumni.public-url", "alumni.example.co.jp");
        environment.put("ALUMNI_TIME_ZONE", "Tokyo");
        properties.put("alumni.keycloak.provisioning", "maybe");
        String message =
                assertThrows(Settings.InvalidSettings.class, this::check).getMessage();
        assertTrue(message.contains("alumni.offboarding.min-group-size 'five' is not a whole number"), message);
        assertTrue(message.contains("alumni.public-url 'alumni.example.co.jp' is not an http(s) URL"), message);
        assertTrue(message.contains("ALUMNI_TIME_ZONE 'Tokyo' is not a time zone"), message);
        assertTrue(message.contains("alumni.keycloak.provisioning 'maybe' is not on or off"), message);
    }

    @Test
    void aValueChangedWhileRunningAppliesAndAnUnusableOneFallsBackToTheDefault() {
        properties.put("alumni.offboarding.follow-up-months", "3");
        assertEquals("3", Setting.FOLLOW_UP_MONTHS.value(properties::get, environment::get));
        properties.put("alumni.offboarding.follow-up-months", "0");
        assertEquals("1", Setting.FOLLOW_UP_MONTHS.value(properties::get, environment::get));
        properties.put("alumni.keycloak.realm-url", " ");
        assertEquals("", Setting.KEYCLOAK_REALM_URL.value(properties::get, environment::get), "blank counts as unset");
    }
}
