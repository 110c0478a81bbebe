package org.agendapack.run;

import java.io.IOException;
import java.net.InetAddress;

/** The machine a build runs on, as a lock holder and an archive's manifest name it. */
public final class BuildHost {

    private BuildHost() {
    }

    public static String name() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }
}
