package jp.kizuna.alumni.shared;

/**
 * CDI event: the relay refused a recipient when {@link OutgoingMail} handed it a mail. {@code permanent}
 * for a 5xx reply (the address does not exist or takes no mail), not for a 4xx (try later).
 */
public record MailRefused(String address, String reply, boolean permanent) {}
