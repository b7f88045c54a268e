package jp.kizuna.alumni.shared;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which audit lines a reader wants: days in the company's time zone (both ends included), the person
 * who acted (their sign-in name), what they did and the kind of record. Any part may be null: no limit.
 */
public record AuditQuery(LocalDate from, LocalDate to, String actor, AuditEntry.Action action, String subjectType)
        implements Serializable {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    public AuditQuery {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BusinessException("shared.audit.period", from, to);
        }
        actor = blankToNull(actor);
        subjectType = blankToNull(subjectType);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String toString() {
        return "from=" + (from == null ? "" : from) + " to=" + (to == null ? "" : to) + " actor="
                + (actor == null ? "" : actor) + " action=" + (action == null ? "" : action) + " type="
                + (subjectType == null ? "" : subjectType);
    }
}
