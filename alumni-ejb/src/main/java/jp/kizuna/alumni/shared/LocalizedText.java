package jp.kizuna.alumni.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text written in Japanese and English: the one place that decides which of the two a reader gets.
 * Japanese readers get the Japanese text, everyone else the English one; when only one was written the
 * reader gets that one rather than nothing. Entities embed it over their own two columns
 * ({@code @AttributeOverride}); read models that carry the two texts as fields ask {@link #in(Locale, String, String)}.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "text_ja")
    private String ja;

    @Column(name = "text_en")
    private String en;

    protected LocalizedText() {}

    public LocalizedText(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /** Japanese and English both required (names of departments, reasons, tasks). */
    public static LocalizedText both(String ja, String en) {
        return new LocalizedText(Objects.requireNonNull(ja, "ja"), Objects.requireNonNull(en, "en"));
    }

    /** The text for this reader; a reader without a known language reads Japanese, the company's language. */
    public String in(Locale reader) {
        return in(reader, ja, en);
    }

    /** The same choice for a read model that holds the two texts itself. */
    public static String in(Locale reader, String ja, String en) {
        boolean japanese = japanese(reader);
        String own = japanese ? ja : en;
        return own != null ? own : japanese ? en : ja;
    }

    /** Whether this reader reads the Japanese version of texts, dates and names. */
    public static boolean japanese(Locale reader) {
        return reader == null || "ja".equals(reader.getLanguage());
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText text && Objects.equals(ja, text.ja) && Objects.equals(en, text.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ja, en);
    }

    @Override
    public String toString() {
        return ja + " / " + en;
    }
}
