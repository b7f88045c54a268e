package jp.kizuna.alumni.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * In-container tests run inside the real application: the EAR as built (its EJB module, libraries
 * and deployment descriptors), with its two WARs swapped for a small test WAR holding the test
 * class and the {@link Caller}s that act as the demo users. The real WARs are exercised by the
 * browser, SOAP and REST tests against the full deployment.
 */
public final class Deployments {

    private Deployments() {}

    /** The whole application exactly as built, for tests that act from outside (browser, SOAP, REST). */
    public static EnterpriseArchive fullApplication() {
        File builtEar = new File(System.getProperty("alumni.ear", "../alumni-ear/target/alumni.ear"));
        return ShrinkWrap.create(ZipImporter.class, "alumni.ear")
                .importFrom(builtEar)
                .as(EnterpriseArchive.class);
    }

    /**
     * The whole application with more modules beside its own (test seeders an outside test calls),
     * each given as its {@code <module>} element of application.xml; the caller adds the archives.
     */
    public static EnterpriseArchive fullApplicationWithModules(String... moduleElements) {
        EnterpriseArchive ear = fullApplication();
        String application = text(ear, "META-INF/application.xml");
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(
                application.replace("</application>", String.join("\n", moduleElements) + "\n</application>")));
        return ear;
    }

    public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
        EnterpriseArchive ear = fullApplication();
        ear.delete("alumni-web.war");
        ear.delete("alumni-ws.war");
        // Without application.xml the server finds the modules by their file names.
        ear.delete("META-INF/application.xml");
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "alumni-test.war")
                .addClasses(
                        Deployments.class,
                        ServiceTest.class,
                        Caller.class,
                        Caller.Work.class,
                        Poll.class,
                        AsHrAdmin.class,
                        AsManager.class,
                        AsEmployee.class,
                        AsAlumnus.class,
                        AsHrSystem.class,
                        AsScheduledJob.class)
                .addClasses(testClasses)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return ear.addAsModule(tests);
    }

    /**
     * A second, test-only application beside {@link #fullApplication()}, on the same database, that
     * prepares the data an outside test needs: one EAR cannot hold the real WARs and Arquillian's
     * test WAR together.
     */
    public static EnterpriseArchive setupApplicationWith(String sessionName, Class<?>... testClasses) {
        EnterpriseArchive setup =
                ShrinkWrap.create(EnterpriseArchive.class, "alumni-setup.ear").merge(applicationWith(testClasses));
        // EclipseLink names its session after the persistence unit; two applications with the same
        // unit would share one session (and the first one's classes). Give this one its own.
        JavaArchive ejb = ShrinkWrap.create(JavaArchive.class, "alumni-ejb.jar")
                .merge(setup.getAsType(JavaArchive.class, "alumni-ejb.jar"));
        String persistence = text(ejb, "META-INF/persistence.xml");
        ejb.delete("META-INF/persistence.xml");
        ejb.addAsManifestResource(
                new StringAsset(persistence.replace(
                        "<properties>",
                        "<properties><property name=\"eclipselink.session-name\" value=\"" + sessionName + "\"/>")),
                "persistence.xml");
        setup.delete("alumni-ejb.jar");
        return setup.addAsModule(ejb);
    }

    private static String text(Archive<?> archive, String path) {
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
