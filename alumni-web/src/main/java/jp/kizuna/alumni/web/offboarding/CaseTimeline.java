package jp.kizuna.alumni.web.offboarding;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kizuna.alumni.offboarding.CaseEvent;
import jp.kizuna.alumni.offboarding.ChecklistItem;
import jp.kizuna.alumni.offboarding.ReasonCategory;

/**
 * A timeline event's detail in the reader's language. Events store their detail as written when they
 * happened, with codes (HR, NOTICE_RECEIVED → INTERVIEWS, FOLLOW_UP, ACCEPTED), a reason's code or a
 * task's English title; this reads the codes through the offboarding bundle and the case's own
 * reasons and tasks, so old events read as well as new ones. Text a person typed (after ": ") is kept
 * as it is: only the part before it holds codes.
 */
final class CaseTimeline {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]+\\b");

    private CaseTimeline() {}

    static String detail(
            CaseEvent.Kind kind,
            String detail,
            ResourceBundle texts,
            Locale locale,
            List<ChecklistItem> tasks,
            List<ReasonCategory> reasons) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        return switch (kind) {
            case OPENED -> codes(detail, "source.", texts);
            case STATUS_CHANGED -> codes(detail, "status.", texts);
            case INTERVIEW_SCHEDULED, INTERVIEW_RECORDED -> codes(detail, "kind.", texts);
            case RETENTION_DECIDED -> codes(detail, "outcome.", texts);
            case REASONS_RECORDED ->
                reasons.stream()
                        .filter(r -> r.getCode().equals(detail))
                        .findFirst()
                        .map(r -> r.name(locale))
                        .orElse("-".equals(detail) ? "" : detail);
            case CHECKLIST_ITEM_DONE ->
                tasks.stream()
                        .filter(t -> detail.equals(t.getTitleEn()))
                        .findFirst()
                        .map(t -> t.title(locale))
                        .orElse(detail);
            case SURVEY_COMPLETED -> "anonymous".equals(detail) ? texts.getString("timeline.anonymous") : detail;
            default -> detail;
        };
    }

    /** Replaces each code before the first ": " by its text under {@code prefix}; unknown codes stay. */
    private static String codes(String detail, String prefix, ResourceBundle texts) {
        int typed = detail.indexOf(": ");
        String coded = typed < 0 ? detail : detail.substring(0, typed);
        Matcher code = CODE.matcher(coded);
        StringBuilder out = new StringBuilder();
        while (code.find()) {
            String key = prefix + code.group();
            code.appendReplacement(
                    out, Matcher.quoteReplacement(texts.containsKey(key) ? texts.getString(key) : code.group()));
        }
        code.appendTail(out);
        return typed < 0 ? out.toString() : out + detail.substring(typed);
    }
}
