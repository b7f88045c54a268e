package jp.kizuna.alumni.offboarding.questionnaire;

/** What a questionnaire is used for; one questionnaire per purpose, each with its own versions. */
public enum QuestionnairePurpose {
    /** The survey the leaver answers behind the personal link. */
    EXIT_SURVEY,
    /** HR's questions in the follow-up interview after the last day, besides the real reasons and notes. */
    FOLLOW_UP,
    /** HR's questions in a stay interview, besides the concerns, flight risk and notes. */
    STAY_INTERVIEW;

    /**
     * Whether a version may have no questions: the interviews have their fixed fields and HR's questions
     * come in addition (their version 1 has none); the exit survey is nothing but its questions.
     */
    public boolean mayBeEmpty() {
        return this != EXIT_SURVEY;
    }
}
