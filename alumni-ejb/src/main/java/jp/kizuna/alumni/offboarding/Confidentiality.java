package jp.kizuna.alumni.offboarding;

/**
 * Who may read an interview's notes. The interviewer can always read what they wrote.
 * HR_RESTRICTED is for notes about the manager or health: only HR staff named on the interview.
 */
public enum Confidentiality {
    /** HR and the leaver's line manager. */
    MANAGER_AND_HR,
    /** HR only, not the manager. */
    HR_ONLY,
    /** Only the named HR staff (and the interviewer). */
    HR_RESTRICTED;

    /**
     * The level a new write-up starts at: HR's own notes and every follow-up (the person has left;
     * what they say now is said to HR) stay with HR; a manager writing up their own conversation
     * shares it with HR. Anything wider than this is a deliberate choice of the writer.
     */
    public static Confidentiality defaultFor(InterviewKind kind, boolean writerIsHr) {
        return kind == InterviewKind.MANAGER && !writerIsHr ? MANAGER_AND_HR : HR_ONLY;
    }

    /** Whether more people may read at this level than at {@code other}. */
    public boolean widerThan(Confidentiality other) {
        return other != null && ordinal() < other.ordinal();
    }

    /** The narrower of the two. */
    public Confidentiality narrowest(Confidentiality other) {
        return other == null || ordinal() >= other.ordinal() ? this : other;
    }

    /**
     * @param reader         login of the person asking
     * @param hrAdmin        whether they have the HR role
     * @param lineManager    whether they are the leaver's line manager
     * @param interviewer    login of the interviewer
     * @param namedReaders   logins named on an HR_RESTRICTED interview
     */
    public boolean allows(
            String reader,
            boolean hrAdmin,
            boolean lineManager,
            String interviewer,
            java.util.Collection<String> namedReaders) {
        if (reader != null && reader.equals(interviewer)) {
            return true;
        }
        return switch (this) {
            case MANAGER_AND_HR -> hrAdmin || lineManager;
            case HR_ONLY -> hrAdmin;
            case HR_RESTRICTED -> hrAdmin && namedReaders.contains(reader);
        };
    }
}
