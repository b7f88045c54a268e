package jp.kizuna.alumni.offboarding.questionnaire;

/** What a questionnaire is used for; one questionnaire per purpose. */
public enum QuestionnairePurpose {
    /** The survey the leaver answers behind the personal link. */
    EXIT_SURVEY
}
