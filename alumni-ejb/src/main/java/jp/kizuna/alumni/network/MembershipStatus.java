package jp.kizuna.alumni.network;

/** Where a person stands with the alumni network. */
public enum MembershipStatus {
    /** Invited at resignation; no answer yet. */
    INVITED,
    /** Said yes while still employed; becomes a member after the last day. */
    ACCEPTED,
    /** Said no. HR may invite again later. */
    DECLINED,
    /** A member: left the company and joined. */
    ACTIVE,
    /** Left the network; consents withdrawn. May rejoin. */
    WITHDRAWN,
    /** Personal data erased; only the anonymous shell remains for statistics. */
    ERASED
}
