package jp.kizuna.alumni.messaging;

import java.io.Serializable;

/** A thread as one side sees it in a list: which side the reader is on and how many messages they have not read. */
public record InboxEntry(MessageThread thread, MessageThread.Side side, long unread) implements Serializable {}
