package jp.kizuna.alumni.offboarding;

/** What a handover task is about; groups the checklist on screen. */
public enum ChecklistCategory {
    EQUIPMENT_RETURN,
    KNOWLEDGE_TRANSFER,
    ACCESS_REMOVAL,
    FINAL_PAPERWORK,
    OTHER
}
