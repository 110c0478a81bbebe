package org.agendapack.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.springframework.stereotype.Component;

/**
 * The running application's name and version, from META-INF/build-info.properties (written by the Maven
 * build). Read from the class path directly, so a process without a Spring context (the scheduler's test, a
 * tool) describes the same version as the build it compares with.
 */
@Component
public class ApplicationVersion {

    private final String description;

    public ApplicationVersion() {
        Properties info = new Properties();
        try (InputStream in = ApplicationVersion.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in != null) {
                info.load(in);
            }
        } catch (IOException e) {
            info.clear();
        }
        String artifact = info.getProperty("build.artifact");
        this.description = artifact == null ? "agendapack (version unknown: no build-info)"
                : artifact + " " + info.getProperty("build.version");
    }

    public String describe() {
        return description;
    }
}
