package jp.kizuna.alumni.offboarding.questionnaire;

/** DRAFT is being edited, PUBLISHED is what people answer (one at a time), RETIRED was published before. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
