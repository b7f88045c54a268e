package jp.kizuna.alumni.space;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Locale;
import jp.kizuna.alumni.shared.LocalizedText;

/** A space as a list shows it, read in one transaction: its names in both languages, threads and last activity. */
public record SpaceSummary(
        long id,
        Space.Kind kind,
        String networkCode,
        boolean companyWide,
        String nameJa,
        String nameEn,
        long threads,
        LocalDateTime lastActivity)
        implements Serializable {

    static SpaceSummary of(Space space, long threads, LocalDateTime lastActivity) {
        return new SpaceSummary(
                space.getId(),
                space.getKind(),
                space.getNetwork().getCode(),
                space.getNetwork().isCompanyWide(),
                space.name(Locale.JAPANESE),
                space.name(Locale.ENGLISH),
                threads,
                lastActivity);
    }

    public String name(Locale locale) {
        return LocalizedText.in(locale, nameJa, nameEn);
    }
}
