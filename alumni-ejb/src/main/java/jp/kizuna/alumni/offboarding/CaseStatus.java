package jp.kizuna.alumni.offboarding;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an offboarding case stands. The path is fixed (notice, interviews, handover, last day,
 * follow-up, closed) because each step depends on the previous one being done; a case can be
 * withdrawn while the person is still employed, i.e. until the last day has been processed.
 */
public enum CaseStatus {
    NOTICE_RECEIVED,
    INTERVIEWS,
    HANDOVER,
    LAST_DAY,
    FOLLOW_UP,
    CLOSED,
    WITHDRAWN;

    /** The states this one may move to. */
    public Set<CaseStatus> successors() {
        return switch (this) {
            case NOTICE_RECEIVED -> EnumSet.of(INTERVIEWS, WITHDRAWN);
            case INTERVIEWS -> EnumSet.of(HANDOVER, WITHDRAWN);
            case HANDOVER -> EnumSet.of(LAST_DAY, WITHDRAWN);
            case LAST_DAY -> EnumSet.of(FOLLOW_UP, WITHDRAWN);
            case FOLLOW_UP -> EnumSet.of(CLOSED);
            case CLOSED, WITHDRAWN -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return successors().contains(target);
    }

    /** Open cases block a second case for the same employee. */
    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN;
    }

    /** The next step on the normal path, or null at the end. */
    public CaseStatus next() {
        return switch (this) {
            case NOTICE_RECEIVED -> INTERVIEWS;
            case INTERVIEWS -> HANDOVER;
            case HANDOVER -> LAST_DAY;
            case LAST_DAY -> FOLLOW_UP;
            case FOLLOW_UP -> CLOSED;
            case CLOSED, WITHDRAWN -> null;
        };
    }

    /** Open statuses, for queries. */
    public static Set<CaseStatus> open() {
        return EnumSet.of(NOTICE_RECEIVED, INTERVIEWS, HANDOVER, LAST_DAY, FOLLOW_UP);
    }
}
