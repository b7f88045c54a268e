package jp.kizuna.alumni.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The release this build is (the Maven project version, see CHANGELOG.md), read from this library's release.properties; #{release.version} in pages. */
@Named("release")
@ApplicationScoped
public class ReleaseVersion {

    private final String version;

    public ReleaseVersion() {
        Properties release = new Properties();
        try (InputStream in = ReleaseVersion.class.getResourceAsStream("release.properties")) {
            release.load(in);
        } catch (IOException | NullPointerException missing) {
            throw new UncheckedIOException(
                    "release.properties missing from the build",
                    missing instanceof IOException io ? io : new IOException(missing));
        }
        version = release.getProperty("version");
    }

    public String getVersion() {
        return version;
    }

    public String version() {
        return version;
    }
}
