package jp.kizuna.alumni.ws.soap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.kizuna.alumni.shared.BusinessException;

/** Fixed names of the HR contract, version 1. A breaking change gets a new namespace (v2), never an edit. */
public final class HrContract {

    public static final String NAMESPACE = "urn:kizuna:alumni:hr:v1";

    private HrContract() {
    }

    /**
     * Dates travel as xs:date text and are parsed here, so that a malformed one is answered with an
     * InvalidDate fault naming the field instead of a generic unmarshalling error.
     */
    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String value = text.strip();
            // xs:date may carry a time zone ("2026-03-31+09:00" or "Z"); the business date is the local part.
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException invalid) {
            throw new BusinessException("integration.date.invalid", field + "=" + text);
        }
    }
}
