package jp.kizuna.alumni.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * Mail to people in their language through the server's mail session {@code java:jboss/mail/Alumni}
 * (SMTP relay from ALUMNI_SMTP_HOST / ALUMNI_SMTP_PORT). The system properties
 * {@code alumni.smtp.host} / {@code alumni.smtp.port} override the relay without a server
 * reconfiguration, for a site whose relay differs per node or for parallel test servers.
 */
@Stateless
@PermitAll
public class OutgoingMail {

    @Resource(lookup = "java:jboss/mail/Alumni")
    private Session configured;

    @Inject
    private Settings settings;

    @Inject
    private Metrics metrics;

    @Inject
    private jakarta.enterprise.event.Event<MailRefused> refused;

    /**
     * Texts from the capability's {@code jp/kizuna/alumni/<capability>/mail*.properties}:
     * {@code <template>.subject} and {@code <template>.body}.
     */
    public void send(String capability, String to, Locale locale, String template, Object... arguments)
            throws MessagingException {
        ResourceBundle texts = texts(capability, locale);
        sendText(
                to,
                format(texts.getString(template + ".subject"), locale, arguments),
                format(texts.getString(template + ".body"), locale, arguments));
    }

    public void sendText(String to, String subject, String body) throws MessagingException {
        MimeMessage message = message(to, subject);
        message.setText(body, StandardCharsets.UTF_8.name());
        deliver(message);
    }

    /**
     * A templated mail with a calendar invite: the text, and the .ics both as the
     * {@code text/calendar; method=...} part calendar programs act on and as a named attachment.
     */
    public void sendWithInvite(
            String capability,
            String to,
            Locale locale,
            String template,
            String ics,
            String method,
            String fileName,
            Object... arguments)
            throws MessagingException {
        ResourceBundle texts = texts(capability, locale);
        MimeMessage message = message(to, format(texts.getString(template + ".subject"), locale, arguments));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(format(texts.getString(template + ".body"), locale, arguments), StandardCharsets.UTF_8.name());
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setContent(ics, "text/calendar; charset=UTF-8; method=" + method);
        calendar.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + method);
        calendar.setFileName(fileName);
        calendar.setHeader("Content-Transfer-Encoding", "base64");
        message.setContent(new MimeMultipart("mixed", text, calendar));
        deliver(message);
    }

    /**
     * Hands the mail to the relay. Recipients the relay refuses (RCPT TO answered with an error) are
     * announced as {@link MailRefused}, so HR learns who is unreachable; the failure still reaches the caller.
     */
    private void deliver(MimeMessage message) throws MessagingException {
        try {
            metrics.mailed(() -> Transport.send(message));
        } catch (SendFailedException failed) {
            Address[] invalid = failed.getInvalidAddresses();
            if (invalid != null) {
                String reply = replyOf(failed);
                for (Address address : invalid) {
                    refused.fire(new MailRefused(address.toString(), reply, reply.startsWith("5")));
                }
            }
            throw failed;
        }
    }

    /** The relay's reply to the refused recipient ("550 5.1.1 ..."), from the innermost exception that has one. */
    private static String replyOf(MessagingException failed) {
        String reply = "";
        for (Exception cause = failed;
                cause != null;
                cause = cause instanceof MessagingException m ? m.getNextException() : null) {
            String text = cause.getMessage() == null ? "" : cause.getMessage().strip();
            if (text.matches("(?s)[245]\\d\\d\\b.*")) {
                reply = text;
            }
        }
        return reply.lines().findFirst().orElse("");
    }

    private MimeMessage message(String to, String subject) throws MessagingException {
        Session session = session();
        MimeMessage message = new MimeMessage(session);
        String from = session.getProperty("mail.from");
        if (from != null) {
            message.setFrom(new InternetAddress(from));
        } else {
            message.setFrom();
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        return message;
    }

    private static ResourceBundle texts(String capability, Locale locale) {
        return ResourceBundle.getBundle(
                "jp.kizuna.alumni." + capability + ".mail",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The address mail comes from (mail.from of the session), e.g. as a calendar invite's organizer. */
    public String senderAddress() {
        String from = configured.getProperty("mail.from");
        return from != null ? from : "alumni-noreply@localhost";
    }

    private Session session() {
        String host = settings.smtpHost();
        String port = settings.smtpPort();
        if (host == null && port == null) {
            return configured;
        }
        Properties properties = new Properties();
        properties.putAll(configured.getProperties());
        if (host != null) {
            properties.setProperty("mail.smtp.host", host);
        }
        if (port != null) {
            properties.setProperty("mail.smtp.port", port);
        }
        return Session.getInstance(properties);
    }

    private static String format(String pattern, Locale locale, Object[] arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
