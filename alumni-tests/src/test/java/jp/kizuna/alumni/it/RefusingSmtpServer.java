package jp.kizuna.alumni.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server (RFC 5321 commands a relay needs) that refuses some recipients the way real
 * relays do: {@code bounce-*} addresses get "550 5.1.1 User unknown", {@code busy-*} addresses
 * "450 4.2.1 try again later"; everything else is accepted and counted. GreenMail accepts every
 * recipient, so the refusal path needs this. Binds where {@link TestMailbox} would, with the same
 * system properties pointing the application at it.
 */
public final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;
    public final AtomicInteger accepted = new AtomicInteger();

    public RefusingSmtpServer() throws IOException {
        int port = 2525 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        socket = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(this::serve, "refusing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
        System.setProperty("alumni.smtp.host", "127.0.0.1");
        System.setProperty("alumni.smtp.port", String.valueOf(port));
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException closedOrBroken) {
                // Closed by close(), or the client hung up: wait for the next one.
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
        reply(out, "220 refusing-smtp ESMTP");
        boolean recipient = false;
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO")) {
                reply(out, "250-refusing-smtp\r\n250 8BITMIME");
            } else if (command.startsWith("HELO")) {
                reply(out, "250 refusing-smtp");
            } else if (command.startsWith("MAIL FROM")) {
                recipient = false;
                reply(out, "250 2.1.0 Ok");
            } else if (command.startsWith("RCPT TO")) {
                String address = line.substring(line.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT);
                if (address.startsWith("<bounce-")) {
                    reply(out, "550 5.1.1 " + address + ": Recipient address rejected: User unknown");
                } else if (address.startsWith("<busy-")) {
                    reply(out, "450 4.2.1 " + address + ": Mailbox busy, try again later");
                } else {
                    recipient = true;
                    reply(out, "250 2.1.5 Ok");
                }
            } else if (command.equals("DATA")) {
                if (!recipient) {
                    reply(out, "554 5.5.1 No valid recipients");
                    continue;
                }
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    // The message itself does not matter here.
                }
                accepted.incrementAndGet();
                reply(out, "250 2.0.0 Ok: queued");
            } else if (command.equals("QUIT")) {
                reply(out, "221 2.0.0 Bye");
                return;
            } else {
                // RSET, NOOP and anything else a client may say between mails.
                reply(out, "250 2.0.0 Ok");
            }
        }
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        System.clearProperty("alumni.smtp.host");
        System.clearProperty("alumni.smtp.port");
        socket.close();
    }
}
