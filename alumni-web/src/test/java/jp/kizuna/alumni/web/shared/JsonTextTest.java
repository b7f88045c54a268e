package jp.kizuna.alumni.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Texts from HR data go into chart configurations inside a script element. */
class JsonTextTest {

    @Test
    void textCannotEndTheScriptOrTheString() {
        String quoted = JsonText.quote("営業部</script><script>alert(1)</script><!--");
        assertFalse(quoted.contains("<") || quoted.contains(">"), quoted);
        assertEquals("\"営業部\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!--\"", quoted);
        assertEquals("\"a\\\\\\\",alert(1),\\\"\"", JsonText.quote("a\\\",alert(1),\""));
        assertEquals("\"R\\u0026D\\u000a\\u2028\"", JsonText.quote("R&D\n\u2028"));
        assertEquals("\"\"", JsonText.quote(null));
    }
}
