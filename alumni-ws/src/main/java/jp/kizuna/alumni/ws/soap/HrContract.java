package jp.kizuna.alumni.ws.soap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kizuna.alumni.shared.BusinessException;

/** Fixed names of the HR contract, version 1. A breaking change gets a new namespace (v2), never an edit. */
public final class HrContract {

    public static final String NAMESPACE = "urn:kizuna:alumni:hr:v1";

    /** xs:date with four-digit years (the only ones the contract's plausibility range admits). */
    private static final Pattern XS_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(Z|[+-](?:0\\d|1[0-4]):[0-5]\\d)?");

    private HrContract() {}

    /**
     * Dates travel as xs:date text and are parsed here, so that a malformed one is answered with an
     * InvalidDate fault naming the field instead of a generic unmarshalling error.
     */
    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // xs:date collapses surrounding white space and may carry a time zone ("2026-03-31+09:00" or
        // "Z"); the business date is the local part. Anything else after the date is refused, not cut off.
        Matcher date = XS_DATE.matcher(text.strip());
        if (!date.matches()) {
            throw new BusinessException("integration.date.invalid", field + "=" + text);
        }
        try {
            return LocalDate.parse(date.group(1));
        } catch (DateTimeParseException invalid) {
            throw new BusinessException("integration.date.invalid", field + "=" + text);
        }
    }
}
