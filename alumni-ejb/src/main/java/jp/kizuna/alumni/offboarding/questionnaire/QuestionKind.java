package jp.kizuna.alumni.offboarding.questionnaire;

/** How a question is answered. */
public enum QuestionKind {
    /** A whole number between the question's minimum and maximum. */
    SCALE,
    /** One of the question's choices. */
    CHOICE,
    /** Any number of the question's choices. */
    MULTI_CHOICE,
    /** Free text up to 4,000 characters. */
    TEXT,
    /** Yes or no; unanswered counts as no (the version 1 "would return" tick box). */
    YES_NO;

    public boolean hasChoices() {
        return this == CHOICE || this == MULTI_CHOICE;
    }
}
