package jp.kizuna.alumni.network;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) inside the test server's JVM, on 2525 plus this server's port
 * offset so parallel test servers do not collide. The alumni mail code is pointed at it through
 * the {@code alumni.smtp.*} system properties it honours.
 */
final class TestMailbox implements AutoCloseable {

    final GreenMail server;

    TestMailbox() {
        int port = 2525 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        System.setProperty("alumni.smtp.host", "127.0.0.1");
        System.setProperty("alumni.smtp.port", String.valueOf(port));
    }

    @Override
    public void close() {
        System.clearProperty("alumni.smtp.host");
        System.clearProperty("alumni.smtp.port");
        server.stop();
    }
}
