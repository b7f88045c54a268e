package jp.kizuna.alumni.space;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A post members reported that no moderator has settled yet, with every open report's reason. */
public record ReportedPost(SpaceSummary space, PostView post, List<String> reasons, LocalDateTime firstReportedAt)
        implements Serializable {}
