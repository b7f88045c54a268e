package jp.kizuna.alumni.offboarding.action;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Leavers in a window and how many of them gave the action's reason as their primary reason; either
 * is null where {@link jp.kizuna.alumni.offboarding.analytics.Disclosure} hides it.
 */
public record ReasonShare(LocalDate from, LocalDate to, Long leavers, Long withReason) implements Serializable {

    /** The share in percent with one decimal, or null when hidden or nobody left. */
    public Double percent() {
        return leavers == null || withReason == null || leavers == 0
                ? null
                : Math.round(withReason * 1000.0 / leavers) / 10.0;
    }
}
