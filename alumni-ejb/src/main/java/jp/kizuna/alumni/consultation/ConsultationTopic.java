package jp.kizuna.alumni.consultation;

/** What the alumnus wants to talk about. */
public enum ConsultationTopic {
    /** Coming back to the company (boomerang). */
    RETURN,
    /** A side job or contract work. */
    SIDE_JOB,
    /** Business collaboration between their present employer and the company. */
    COLLABORATION,
    OTHER
}
