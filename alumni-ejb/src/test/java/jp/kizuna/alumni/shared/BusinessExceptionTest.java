package jp.kizuna.alumni.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BusinessExceptionTest {

    @Test
    void explainsTheRefusalInTheReadersLanguage() {
        BusinessException refusal = new BusinessException("identity.employee.unknown", "E9999");
        assertEquals("社員番号 E9999 の社員は存在しません。", refusal.getMessage(Locale.JAPANESE));
        assertEquals("There is no employee with number E9999.", refusal.getMessage(Locale.ENGLISH));
        assertEquals("There is no employee with number E9999.", refusal.getMessage());
        assertEquals("identity.employee.unknown", refusal.getKey());
    }

    @Test
    void anUnknownKeyStillSaysWhatWentWrong() {
        assertEquals("nowhere.missing [42]", new BusinessException("nowhere.missing", 42).getMessage(Locale.JAPANESE));
    }
}
