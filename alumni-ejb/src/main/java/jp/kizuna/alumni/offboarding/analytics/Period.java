package jp.kizuna.alumni.offboarding.analytics;

/** How the analytics cut time: calendar months, quarters or years, as a bucket number yyyy*100+n. */
public enum Period {
    MONTH("EXTRACT(MONTH FROM %s)"),
    QUARTER("FLOOR((EXTRACT(MONTH FROM %s) + 2) / 3)"),
    YEAR("0");

    private final String within;

    Period(String within) {
        this.within = within;
    }

    /** SQL giving the bucket of a date column, the same on PostgreSQL and H2. */
    String bucket(String column) {
        return "(EXTRACT(YEAR FROM " + column + ") * 100 + " + within.formatted(column) + ")";
    }

    /** The label of a bucket: 2026-03, 2026-Q1 or 2026. */
    String label(int bucket) {
        int year = bucket / 100;
        int n = bucket % 100;
        return switch (this) {
            case MONTH -> String.format("%04d-%02d", year, n);
            case QUARTER -> String.format("%04d-Q%d", year, n);
            case YEAR -> String.format("%04d", year);
        };
    }
}
