package jp.kizuna.alumni.shared;

/**
 * What server.log may say about a mail that was not sent: the kind of failure and its chain of
 * causes by class, never their messages, which carry the recipient's address (JavaMail's "Invalid
 * Addresses", the refusal texts of {@link OutgoingMail}'s callers). The log names people by id.
 */
public final class MailFailure {

    private MailFailure() {}

    /** ": BusinessException <- SendFailedException <- ConnectException" */
    public static String withoutAddress(Throwable failure) {
        StringBuilder text = new StringBuilder(": ");
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            text.append(cause == failure ? "" : " <- ").append(cause.getClass().getSimpleName());
            if (cause instanceof BusinessException refused) {
                text.append(" (").append(refused.getKey()).append(')');
            }
        }
        return text.toString();
    }
}
