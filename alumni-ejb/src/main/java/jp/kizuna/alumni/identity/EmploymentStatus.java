package jp.kizuna.alumni.identity;

/** Where a person stands with the company. One record follows them from hire to alumnus. */
public enum EmploymentStatus {
    /** Employed, no resignation known. */
    ACTIVE,
    /** Resignation received; still employed until the last day. */
    LEAVING,
    /** Past the last day. Becomes an alumnus only by joining the network (consent). */
    LEFT
}
