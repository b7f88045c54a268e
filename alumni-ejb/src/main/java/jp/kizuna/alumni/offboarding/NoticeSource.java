package jp.kizuna.alumni.offboarding;

/** Who entered the resignation: the line manager or HR in the UI, or the HR system's interface. */
public enum NoticeSource {
    MANAGER,
    HR,
    HR_SYSTEM
}
