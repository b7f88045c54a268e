package jp.kizuna.alumni.network;

/** What an alumnus says they are open to hearing about. */
public enum Openness {
    REHIRE,
    SIDE_JOB,
    COLLABORATION,
    MENTORING,
    SPEAKING,
    REFERRALS
}
