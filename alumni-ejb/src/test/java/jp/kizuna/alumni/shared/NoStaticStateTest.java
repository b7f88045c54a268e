package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No mutable static state in the EJB module (see {@link StaticState}): what one node keeps in a
 * static field the other node of a cluster does not see. A field allowed here says why it is not
 * state of the application.
 */
class NoStaticStateTest {

    static final Map<String, String> ALLOWED = Map.of(
            "RequestDigest.COMPONENTS",
            "record components per record class: the class's own reflection data, the same on every node and never changed",
            "V50__directory_search_keys.KEYS",
            "a constant table of the migration, read and never written",
            "OffboardingDemoData.NAMES",
            "constant demo names, read by index and never written",
            "OffboardingDemoData.REASONS",
            "constant demo reasons, read by index and never written");

    @Test
    void theEjbModuleKeepsNoStateInStaticFields() throws Exception {
        assertEquals(List.of(), StaticState.of(Roles.class, ALLOWED));
    }
}
