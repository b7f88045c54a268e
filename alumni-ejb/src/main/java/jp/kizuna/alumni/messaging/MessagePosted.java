package jp.kizuna.alumni.messaging;

/** A message was written; after commit {@link MessageMailer} tells the other side. */
public record MessagePosted(long threadId, long messageId) {}
