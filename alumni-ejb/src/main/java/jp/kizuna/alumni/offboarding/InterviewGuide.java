package jp.kizuna.alumni.offboarding;

/**
 * The steps of a good exit conversation, in order. Interview forms show them as a checklist so
 * a manager under stress does not jump straight to a counter-offer.
 */
public enum InterviewGuide {
    /** Listen to the background before anything else. */
    LISTEN_BACKGROUND,
    /** Say clearly that the decision is respected. */
    RESPECT_DECISION,
    /** Ask once, without pressure, whether anything would change it. */
    MODERATE_RETENTION,
    /** Offer support for the transition and say they are welcome back. */
    SUPPORT_WELCOME_BACK
}
