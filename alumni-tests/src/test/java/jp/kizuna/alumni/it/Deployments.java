package jp.kizuna.alumni.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * In-container tests run inside the real application: the EAR as built (its EJB module, libraries
 * and deployment descriptors), with its two WARs swapped for a small test WAR holding the test
 * class and the {@link Caller}s that act as the demo users. The real WARs are exercised by the
 * browser, SOAP and REST tests against the full deployment.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The whole application exactly as built, for tests that act from outside (browser, SOAP, REST). */
    public static EnterpriseArchive fullApplication() {
        File builtEar = new File(System.getProperty("alumni.ear", "../alumni-ear/target/alumni.ear"));
        return ShrinkWrap.create(ZipImporter.class, "alumni.ear").importFrom(builtEar).as(EnterpriseArchive.class);
    }

    public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
        EnterpriseArchive ear = fullApplication();
        ear.delete("alumni-web.war");
        ear.delete("alumni-ws.war");
        // Without application.xml the server finds the modules by their file names.
        ear.delete("META-INF/application.xml");
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "alumni-test.war")
                .addClasses(Deployments.class, Caller.class, Caller.Work.class, AsHrAdmin.class, AsManager.class,
                        AsEmployee.class, AsAlumnus.class, AsHrSystem.class, AsScheduledJob.class)
                .addClasses(testClasses)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return ear.addAsModule(tests);
    }
}
