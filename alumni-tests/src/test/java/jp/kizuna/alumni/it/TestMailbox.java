package jp.kizuna.alumni.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) inside the test server's JVM, on 2525 plus this server's port
 * offset so parallel test servers do not collide. The application's mail code is pointed at it through
 * the {@code alumni.smtp.*} system properties it honours.
 */
public final class TestMailbox implements AutoCloseable {

    public final GreenMail server;

    public TestMailbox() {
        int port = 2525 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        System.setProperty("alumni.smtp.host", "127.0.0.1");
        System.setProperty("alumni.smtp.port", String.valueOf(port));
    }

    /** The test WAR needs GreenMail's jar beside the test classes. */
    public static org.jboss.shrinkwrap.api.spec.EnterpriseArchive addedTo(
            org.jboss.shrinkwrap.api.spec.EnterpriseArchive ear) {
        java.io.File greenmail = new java.io.File(GreenMail.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
        ear.getAsType(org.jboss.shrinkwrap.api.spec.WebArchive.class, "alumni-test.war")
                .addClass(TestMailbox.class)
                .addAsLibrary(greenmail);
        return ear;
    }

    @Override
    public void close() {
        System.clearProperty("alumni.smtp.host");
        System.clearProperty("alumni.smtp.port");
        server.stop();
    }
}
