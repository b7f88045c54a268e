package jp.kizuna.alumni.opportunity;

import jp.kizuna.alumni.privacy.ConsentPurpose;

/** Rehire, side job / contract work, or business collaboration; each maps to the consent for offers of its kind. */
public enum OpportunityKind {
    REHIRE(ConsentPurpose.REHIRE_OFFERS),
    SIDE_JOB(ConsentPurpose.SIDE_JOB_OFFERS),
    COLLABORATION(ConsentPurpose.SIDE_JOB_OFFERS);

    private final ConsentPurpose offerConsent;

    OpportunityKind(ConsentPurpose offerConsent) {
        this.offerConsent = offerConsent;
    }

    /** The consent HR needs before approaching an alumnus about this kind of work. */
    public ConsentPurpose offerConsent() {
        return offerConsent;
    }
}
