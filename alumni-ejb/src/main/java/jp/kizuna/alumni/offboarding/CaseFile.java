package jp.kizuna.alumni.offboarding;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.kizuna.alumni.shared.PersonName;

/**
 * Everything the case page shows of one case, read together by {@link CaseFiles#read}: the case, its
 * timeline with the names of the people in it, the interviews (without notes), retention offers, the
 * leaving checklist, the reason categories to choose from and the leaver's survey link (null when none
 * was issued).
 */
public record CaseFile(
        OffboardingCase offboarding,
        List<CaseEvent> timeline,
        Map<String, PersonName> actorNames,
        List<InterviewSummary> interviews,
        List<RetentionOffer> offers,
        List<ChecklistItem> checklist,
        List<ReasonCategory> categories,
        String surveyLink)
        implements Serializable {}
