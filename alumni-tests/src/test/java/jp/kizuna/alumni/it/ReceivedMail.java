package jp.kizuna.alumni.it;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/** What the test SMTP server received, read as a person's mail program would: by recipient, with its calendar invite. */
public final class ReceivedMail {

    private ReceivedMail() {}

    /** Waits (polling the server, up to 30 s) until {@code count} mails to {@code to} match, and returns them in arrival order. */
    public static List<MimeMessage> awaitTo(TestMailbox mailbox, String to, int count, Predicate<MimeMessage> matching)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<MimeMessage> found = Arrays.stream(mailbox.server.getReceivedMessages())
                    .filter(m -> addressedTo(m, to))
                    .filter(matching)
                    .toList();
            if (found.size() >= count) {
                return found;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " mail(s) to " + to + ", got " + found.size());
            }
            mailbox.server.waitForIncomingEmail(500, mailbox.server.getReceivedMessages().length + 1);
        }
    }

    public static List<MimeMessage> awaitTo(TestMailbox mailbox, String to, int count) throws Exception {
        return awaitTo(mailbox, to, count, m -> true);
    }

    private static boolean addressedTo(MimeMessage message, String to) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(to));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/calendar part, parsed; null when the mail carries none. */
    public static Calendar calendarOf(MimeMessage message) throws Exception {
        if (!(message.getContent() instanceof Multipart multipart)) {
            return null;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    return new CalendarBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        return null;
    }

    /** {@link #calendarOf} for filters: null instead of an exception. */
    public static Calendar calendarOrNull(MimeMessage message) {
        try {
            return calendarOf(message);
        } catch (Exception unreadable) {
            return null;
        }
    }

    /** The METHOD parameter of the calendar part's Content-Type, which mail programs act on. */
    public static String calendarContentType(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart
                    .getBodyPart(i)
                    .getContentType()
                    .toLowerCase(java.util.Locale.ROOT)
                    .startsWith("text/calendar")) {
                return multipart.getBodyPart(i).getContentType();
            }
        }
        return null;
    }

    /** The plain text of a mail, whether it is a single part or the first part of a multipart. */
    public static String textOf(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            return String.valueOf(multipart.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }
}
