package org.agendapack.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.agendapack.problem.Problem;
import org.agendapack.render.Markdown;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.source.PlainText;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Council profiles: one folder per council under the profiles folder (input/profiles/&lt;council&gt;/), each a
 * profile.json and optionally notes.md (the front-sheet notes) and a logo. Whatever a profile leaves out is
 * the neutral profile's (templates/neutral-profile/), so no council's words can reach another's pack.
 */
@Component
public class Profiles {

    public static final String PROFILE_JSON = "profile.json";
    public static final String NOTES = "notes.md";
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> FIELDS = Set.of("council", "electronicCopies", "publicAttendance", "housekeeping",
            "roles", "categories", "logo");
    private static final long MAX_LOGO_BYTES = 1 << 20;
    /** How problems name the profile files: the council's, and the neutral one beneath it. */
    private static final String SHOWN_COUNCIL = "profiles/";
    private static final String SHOWN_NEUTRAL = "templates/neutral-profile/";
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path folder;
    private final Path neutral;
    private final Markdown markdown;

    public Profiles(AgendapackProperties properties, Markdown markdown) {
        this.folder = properties.profiles();
        this.neutral = properties.templates().resolve("neutral-profile");
        this.markdown = markdown;
    }

    /** A profile and what is wrong with it (a profile with errors is not used). */
    public record Loaded(CouncilProfile profile, List<Problem> problems) {
    }

    /** Whether a problem's file is a profile's, as this class names them. */
    public static boolean isProfileFile(String shown) {
        return shown != null && (shown.startsWith(SHOWN_COUNCIL) || shown.startsWith(SHOWN_NEUTRAL));
    }

    /** The folder of a named profile. */
    public Path folder(String name) {
        return folder.resolve(name);
    }

    /** The profiles there are. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> all = Files.list(folder)) {
                all.filter(p -> Files.isRegularFile(p.resolve(PROFILE_JSON)))
                        .forEach(p -> names.add(p.getFileName().toString()));
            } catch (IOException e) {
                // An unreadable profiles folder lists none; loading one then says what is wrong.
            }
        }
        return names;
    }

    /**
     * Every file a build with this profile reads, the neutral profile's included: what identifies the
     * wording a pack was built with.
     */
    public List<Path> files(String name) {
        List<Path> files = new ArrayList<>(regularFiles(neutral));
        files.addAll(councilFiles(name));
        return files;
    }

    /** The files of a council's own profile folder (none for null): what an archived build keeps of it. */
    public List<Path> councilFiles(String name) {
        return name != null && NAME.matcher(name).matches() ? regularFiles(folder(name)) : List.of();
    }

    /** The profile a meeting names, or the neutral profile for null. */
    public Loaded load(String name) {
        List<Problem> problems = new ArrayList<>();
        ObjectNode merged = readObject(neutral.resolve(PROFILE_JSON), SHOWN_NEUTRAL + PROFILE_JSON, problems);
        Path notes = neutral.resolve(NOTES);
        String shownNotes = SHOWN_NEUTRAL + NOTES;
        Path own = null;
        if (name != null) {
            if (!NAME.matcher(name).matches() || !Files.isRegularFile(folder(name).resolve(PROFILE_JSON))) {
                problems.add(Problem.in("meeting.json").at("$.profile").field("profile").value(name)
                        .error("no such council profile; a profile is a folder with a profile.json in " + folder
                                + (names().isEmpty() ? " (there are none)" : ", one of " + names())));
                return new Loaded(null, problems);
            }
            own = folder(name);
            String shown = SHOWN_COUNCIL + name + "/" + PROFILE_JSON;
            ObjectNode council = readObject(own.resolve(PROFILE_JSON), shown, problems);
            if (council != null) {
                council.propertyNames().forEach(field -> {
                    if (!FIELDS.contains(field)) {
                        problems.add(Problem.in(shown).at("$." + field).field(field)
                                .error("unknown field; known fields are " + new TreeSet<>(FIELDS)));
                    }
                });
                merge(merged, council);
            }
            if (Files.isRegularFile(own.resolve(NOTES))) {
                notes = own.resolve(NOTES);
                shownNotes = SHOWN_COUNCIL + name + "/" + NOTES;
            }
        }
        if (merged == null || problems.stream().anyMatch(Problem::isError)) {
            return new Loaded(null, problems);
        }
        String shown = name == null ? SHOWN_NEUTRAL + PROFILE_JSON : SHOWN_COUNCIL + name + "/" + PROFILE_JSON;
        CouncilProfile profile;
        try {
            profile = MAPPER.treeToValue(merged, CouncilProfile.class);
        } catch (JacksonException e) {
            problems.add(Problem.in(shown).at("$").error("not a valid profile: " + e.getOriginalMessage()));
            return new Loaded(null, problems);
        }
        profile = new CouncilProfile(name, profile.council(), profile.electronicCopies(), profile.publicAttendance(),
                profile.housekeeping(), profile.roles(), profile.categories(), profile.logo(), null);
        if (profile.categories().size() != 6) {
            problems.add(Problem.in(shown).at("$.categories").field("categories").value(String.valueOf(profile.categories().size()))
                    .error("the tracking categories are six, 1 Achieved (Fully) to 6 In Progress, each with a name and criteria"));
        }
        String text = Files.isRegularFile(notes) ? notesText(notes, shownNotes, problems) : null;
        profile = profile.withNotes(text == null ? "" : markdown.toXhtml(text, 2));
        if (profile.logo() != null) {
            profile = profile.withLogo(logo(own == null ? neutral : own, shown, profile.logo(), problems));
        }
        return new Loaded(problems.stream().anyMatch(Problem::isError) ? null : profile, problems);
    }

    /** The notes' Markdown, held to the rules of a Markdown paper's text: UTF-8, no control characters. */
    private static String notesText(Path file, String shown, List<Problem> problems) {
        try {
            PlainText.FileText read = PlainText.readFile(file, shown);
            if (read.problem() != null) {
                problems.add(read.problem());
            }
            return read.text();
        } catch (IOException e) {
            problems.add(Problem.in(shown).error("cannot read the file: " + e.getMessage()));
            return null;
        }
    }

    private static CouncilProfile.Logo logo(Path dir, String shown, CouncilProfile.Logo logo, List<Problem> problems) {
        if (logo.alt() == null || logo.alt().isBlank()) {
            problems.add(Problem.in(shown).at("$.logo.alt").field("alt")
                    .error("a logo needs alt text, what a screen reader says for it, e.g. \"Anytown Borough Council\""));
        }
        String file = logo.file();
        String lower = file == null ? "" : file.toLowerCase();
        if (file == null || file.contains("/") || file.contains("\\") || !(lower.endsWith(".svg") || lower.endsWith(".png"))) {
            problems.add(Problem.in(shown).at("$.logo.file").field("file").value(file)
                    .error("a logo is an SVG or PNG file in the profile's own folder, e.g. \"logo.svg\""));
            return logo;
        }
        Path path = dir.resolve(file);
        try {
            if (!Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.in(shown).at("$.logo.file").field("file").value(file)
                        .error("no such file in the profile's folder"));
                return logo;
            }
            if (Files.size(path) > MAX_LOGO_BYTES) {
                problems.add(Problem.in(shown).at("$.logo.file").field("file").value(file)
                        .error("a logo may be at most 1 MB"));
                return logo;
            }
            byte[] bytes = Files.readAllBytes(path);
            if (logo.svg()) {
                String svg = SafeSvg.check(bytes, logo.alt());
                return new CouncilProfile.Logo(file, logo.alt(), svg);
            }
            if (bytes.length < 8 || (bytes[0] & 0xff) != 0x89 || bytes[1] != 'P' || bytes[2] != 'N' || bytes[3] != 'G') {
                problems.add(Problem.in(shown).at("$.logo.file").field("file").value(file).error("not a PNG image"));
                return logo;
            }
            return new CouncilProfile.Logo(file, logo.alt(), "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes));
        } catch (SafeSvg.Refused e) {
            problems.add(Problem.in(shown).at("$.logo.file").field("file").value(file).error(e.getMessage()));
        } catch (IOException e) {
            problems.add(Problem.in(shown).at("$.logo.file").field("file").value(file)
                    .error("cannot read: " + e.getMessage()));
        }
        return logo;
    }

    private static ObjectNode readObject(Path file, String shown, List<Problem> problems) {
        try {
            JsonNode node = MAPPER.readTree(Files.readString(file).replace("\uFEFF", ""));
            if (node instanceof ObjectNode o) {
                return o;
            }
            problems.add(Problem.in(shown).line(1L).at("$").error("a profile must hold a JSON object"));
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(Problem.in(shown).line(line > 0 ? line : null)
                    .error("not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(Problem.in(shown).error("cannot read: " + e.getMessage()));
        }
        return null;
    }

    /** The council's fields over the neutral ones; objects merge field by field, anything else is replaced. */
    private static void merge(ObjectNode base, ObjectNode over) {
        if (base == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : over.properties()) {
            JsonNode mine = base.get(e.getKey());
            if (mine instanceof ObjectNode m && e.getValue() instanceof ObjectNode o) {
                merge(m, o);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    private static List<Path> regularFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
