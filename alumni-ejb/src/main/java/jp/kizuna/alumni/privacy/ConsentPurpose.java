package jp.kizuna.alumni.privacy;

/** What an alumnus may agree to separately. Each purpose is given and withdrawn on its own. */
public enum ConsentPurpose {
    /** Newsletters, event invitations and mailings to segments. */
    NEWS_EVENTS,
    /** HR may contact them about rehire openings. */
    REHIRE_OFFERS,
    /** HR may contact them about side jobs, contract work and business collaboration. */
    SIDE_JOB_OFFERS,
    /** Being listed in the alumni directory, within their visibility settings. */
    DIRECTORY;

    /**
     * The version of the consent text shown for every purpose. Raise it when the wording in the
     * network bundles changes, so records show which wording a person agreed to.
     */
    public static final String CURRENT_TEXT_VERSION = "2026.1";
}
