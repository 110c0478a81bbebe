package org.agendapack.archive;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** The running application's name and version, from META-INF/build-info.properties (written by the Maven build). */
@Component
public class ApplicationVersion {

    private final String description;

    public ApplicationVersion(ObjectProvider<BuildProperties> build) {
        BuildProperties info = build.getIfAvailable();
        this.description = info == null ? "agendapack (version unknown: no build-info)" : info.getArtifact() + " " + info.getVersion();
    }

    public String describe() {
        return description;
    }
}
