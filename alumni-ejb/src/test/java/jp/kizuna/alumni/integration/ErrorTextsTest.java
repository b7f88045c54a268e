package jp.kizuna.alumni.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every refusal an HR system or HR administrator can get is explained in both languages. */
class ErrorTextsTest {

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ErrorTextsTest.class.getResourceAsStream("/jp/kizuna/alumni/integration/" + name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void englishAndJapaneseHaveTheSameKeys() throws IOException {
        assertEquals(
                load("errors.properties").keySet(), load("errors_ja.properties").keySet());
    }
}
