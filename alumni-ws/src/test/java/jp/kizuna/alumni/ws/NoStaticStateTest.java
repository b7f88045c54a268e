package jp.kizuna.alumni.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.shared.StaticState;
import jp.kizuna.alumni.ws.rest.DirectoryResource;
import org.junit.jupiter.api.Test;

/**
 * No mutable static state in the HR integration WAR (see {@link StaticState}): what one node keeps in
 * a static field the other node of a cluster does not see. A field allowed here says why it is not
 * state of the application.
 */
class NoStaticStateTest {

    @Test
    void theIntegrationModuleKeepsNoStateInStaticFields() throws Exception {
        assertEquals(List.of(), StaticState.of(DirectoryResource.class, Map.of()));
    }
}
