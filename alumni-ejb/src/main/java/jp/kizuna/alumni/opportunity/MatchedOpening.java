package jp.kizuna.alumni.opportunity;

import java.io.Serializable;
import java.time.LocalDate;

/** An open opening as the member it fits sees it on their portal home: what it is, how well it fits, and why. */
public record MatchedOpening(
        long opportunityId,
        OpportunityKind kind,
        String title,
        String location,
        LocalDate closesOn,
        int score,
        OpeningMatch.Reasons reasons)
        implements Serializable {

    /** The member's skills the opening names, as one line ("Java, SQL"). */
    public String skillsNamed() {
        return String.join(", ", reasons.skills());
    }
}
