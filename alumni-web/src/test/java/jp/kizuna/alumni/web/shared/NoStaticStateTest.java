package jp.kizuna.alumni.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.shared.StaticState;
import org.junit.jupiter.api.Test;

/**
 * No mutable static state in the web application (see {@link StaticState}): what one node keeps in a
 * static field the other node of a cluster does not see (sessions and views replicate; a static field
 * does not). A field allowed here says why it is not state of the application.
 */
class NoStaticStateTest {

    @Test
    void theWebModuleKeepsNoStateInStaticFields() throws Exception {
        assertEquals(List.of(), StaticState.of(CurrentUser.class, Map.of()));
    }
}
