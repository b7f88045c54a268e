package jp.kizuna.alumni.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ConsentRecordTest {

    private static final LocalDateTime GIVEN = LocalDateTime.of(2026, 3, 1, 12, 0);

    @Test
    void withdrawnOnceAndNeverBeforeItWasGiven() {
        ConsentRecord consent = new ConsentRecord(
                new Employee("E1", "A", "B"),
                ConsentPurpose.DIRECTORY,
                ConsentPurpose.CURRENT_TEXT_VERSION,
                "ja",
                GIVEN,
                "E1");
        assertTrue(consent.isInForce());
        assertThrows(IllegalArgumentException.class, () -> consent.withdraw(GIVEN.minusSeconds(1)));
        consent.withdraw(GIVEN.plusDays(3));
        assertFalse(consent.isInForce());
        assertEquals(GIVEN.plusDays(3), consent.getWithdrawnAt());
        assertThrows(IllegalStateException.class, () -> consent.withdraw(GIVEN.plusDays(4)));
    }

    @Test
    void errorTextsExistInBothLanguages() {
        BusinessException refusal = new BusinessException("privacy.not-yours");
        assertTrue(refusal.getMessage(java.util.Locale.JAPANESE).contains("個人データ"));
        assertTrue(refusal.getMessage(java.util.Locale.ENGLISH).contains("personal data"));
        assertTrue(new BusinessException("network.invitation.none")
                .getMessage(java.util.Locale.JAPANESE)
                .contains("招待"));
        assertTrue(new BusinessException("opportunity.offer.not-eligible")
                .getMessage(java.util.Locale.ENGLISH)
                .contains("eligible"));
        assertTrue(new BusinessException("event.unknown", 3)
                .getMessage(java.util.Locale.JAPANESE)
                .contains("イベント"));
    }
}
