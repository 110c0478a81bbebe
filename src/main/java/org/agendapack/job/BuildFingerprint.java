package org.agendapack.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.agendapack.archive.ApplicationVersion;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.profile.Profiles;
import org.agendapack.settings.AgendapackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a build is made of, as one SHA-256: the meeting folder's files, the templates folder (the house
 * style), the council profile the meeting names (with the neutral one), and the application version. A change
 * to any of them is a new build; the same all four is "already built".
 */
@Component
public class BuildFingerprint {

    private static final Logger LOG = LoggerFactory.getLogger(BuildFingerprint.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path templates;
    private final Profiles profiles;
    private final ApplicationVersion version;

    public BuildFingerprint(AgendapackProperties properties, Profiles profiles, ApplicationVersion version) {
        this.templates = properties.templates();
        this.profiles = profiles;
        this.version = version;
    }

    public String of(MeetingFolder folder) {
        MessageDigest all = sha256();
        String inputs = folder.fingerprint();
        String profile = profileOf(folder);
        add(all, "inputs", inputs);
        for (Path f : files(templates)) {
            add(all, "templates/" + templates.relativize(f).toString().replace('\\', '/'), MeetingFolder.sha256(f));
        }
        for (Path f : profiles.files(profile)) {
            add(all, "profile/" + f.getFileName(), MeetingFolder.sha256(f));
        }
        add(all, "version", version.describe());
        String fingerprint = HexFormat.of().formatHex(all.digest());
        LOG.debug("{}: inputs {}, templates {}, profile {}, {}: build {}", folder.id(), inputs.substring(0, 8), templates,
                profile == null ? "neutral" : profile, version.describe(), fingerprint.substring(0, 8));
        return fingerprint;
    }

    /** The profile meeting.json names, read leniently: a meeting.json that cannot be read names none. */
    private static String profileOf(MeetingFolder folder) {
        try {
            JsonNode profile = JSON.readTree(Files.readString(folder.meetingJson()).replace("\uFEFF", "")).get("profile");
            return profile != null && profile.isString() ? profile.asString() : null;
        } catch (RuntimeException | IOException e) {
            return null; // loading the meeting reports what is wrong with it
        }
    }

    private static void add(MessageDigest digest, String name, String value) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read the templates folder " + dir, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
