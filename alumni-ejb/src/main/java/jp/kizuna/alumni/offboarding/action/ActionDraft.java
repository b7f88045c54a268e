package jp.kizuna.alumni.offboarding.action;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What HR enters for a new action: the pattern (reason category code, department code or null for the
 * whole company, the period it was seen in), the action in Japanese and English, its owner and due date.
 */
public record ActionDraft(
        String reasonCode,
        String departmentCode,
        LocalDate patternFrom,
        LocalDate patternTo,
        String titleJa,
        String titleEn,
        String descriptionJa,
        String descriptionEn,
        String owner,
        LocalDate dueDate)
        implements Serializable {}
