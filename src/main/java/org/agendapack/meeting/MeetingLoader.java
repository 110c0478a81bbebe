package org.agendapack.meeting;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agendapack.problem.Problem;
import org.agendapack.profile.Profiles;
import org.agendapack.source.FieldRules;
import org.agendapack.source.PlainText;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads meeting.json and checks it: structure, required fields, agenda papers (each document exists, is
 * Markdown or PDF and stays inside the meeting folder) and report names. Every problem is collected.
 */
public class MeetingLoader {

    public static final String FILE = "meeting.json";

    /** The largest meeting.json read: the sample's is 10 KB; data belongs in the dataset files. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Set<String> MEETING_FIELDS = Set.of("committee", "date", "time", "venue", "organisations",
            "members", "substitutes", "contact", "items", "reports", "profile");
    private static final Set<String> ITEM_FIELDS = Set.of("title", "description", "document", "report", "appendices", "exempt",
            "cover", "appendixLabels");
    private static final Set<String> PAPER_FIELDS = Set.of("title", "document", "report", "section", "label");
    private static final Set<String> COVER_FIELDS = Set.of("reportFrom", "reportTo", "wards", "decision",
            "backgroundPapers", "contacts");
    private static final Set<String> CONTACT_FIELDS = Set.of("name", "title", "phone", "email");

    private final Set<String> knownReports;

    public MeetingLoader(Set<String> knownReports) {
        this.knownReports = knownReports;
    }

    public record Result(Meeting meeting, List<Problem> problems) {

        /** Where in meeting.json an error leaves the datasets checkable: no dataset rule reads these. */
        private static final List<String> OUTSIDE_DATASET_RULES = List.of("$.items", "$.logo", "$.profile");

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        /**
         * Whether the datasets can still be checked against this meeting, so that one run reports every problem:
         * it was read, and each error is in the agenda's items, the logo or the council profile, none in what the
         * datasets' rules read (the date, the organisations, the reports' settings, the folder's name).
         */
        public boolean datasetsCheckable() {
            return meeting != null && problems.stream().filter(Problem::isError).allMatch(Result::outsideDatasetRules);
        }

        private static boolean outsideDatasetRules(Problem p) {
            if (FILE.equals(p.file())) {
                return p.pointer() != null && OUTSIDE_DATASET_RULES.stream().anyMatch(p.pointer()::startsWith);
            }
            return Profiles.isProfileFile(p.file());
        }
    }

    public Result load(MeetingFolder folder) {
        List<Problem> problems = new ArrayList<>();
        if (!folder.hasValidId()) {
            problems.add(Problem.in(folder.id()).field("meeting id").value(folder.id())
                    .error("a meeting folder name must be lower-case letters, digits and hyphens"));
        }
        if (!links(folder, problems)) {
            return new Result(null, problems);
        }
        Path file = folder.meetingJson();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Problem.in(FILE).error("the meeting folder " + folder.path() + " has no meeting.json"));
            return new Result(null, problems);
        }
        JsonNode root;
        Meeting meeting;
        try {
            if (!readable(file, problems)) {
                return new Result(null, problems);
            }
            root = readTree(file);
            if (!root.isObject()) {
                problems.add(Problem.in(FILE).line(1L).at("$").error("meeting.json must hold a JSON object, { … }"));
                return new Result(null, problems);
            }
            checkFields(root, "$", MEETING_FIELDS, problems);
            List<Problem> shape = JsonShape.check(FILE, root, Meeting.class, "$");
            if (!shape.isEmpty()) {
                problems.addAll(shape);
                return new Result(null, problems);
            }
            meeting = MAPPER.treeToValue(root, Meeting.class).withId(folder.id());
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(Problem.in(FILE).line(line > 0 ? line : null).at(jsonPath(e))
                    .error("meeting.json is not valid JSON: " + e.getOriginalMessage()));
            return new Result(null, problems);
        } catch (java.io.IOException e) {
            problems.add(Problem.in(FILE).error("cannot read meeting.json: " + e.getMessage()));
            return new Result(null, problems);
        }
        checkMeeting(root, meeting, folder, problems);
        return new Result(meeting, problems);
    }

    /**
     * Only the meeting's date, for a folder already built (its meeting.json was checked then): the deadline line
     * of "already built" without binding and checking the whole meeting. Read as {@link #load} reads it; empty when
     * there is no valid date.
     */
    public static Optional<LocalDate> date(MeetingFolder folder) {
        try {
            return Optional.ofNullable(MAPPER.treeToValue(readTree(folder.meetingJson()).path("date"), LocalDate.class));
        } catch (java.io.IOException | JacksonException e) {
            return Optional.empty();
        }
    }

    /** meeting.json parsed, never through a link, without a byte-order mark. */
    private static JsonNode readTree(Path file) throws java.io.IOException {
        try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
        }
    }

    /**
     * Symbolic links anywhere in the folder are refused, named with where they point, whether meeting.json
     * names them or not: nothing outside the meeting folder may be read, hashed or archived.
     */
    private static boolean links(MeetingFolder folder, List<Problem> problems) {
        List<Path> links = folder.links();
        for (Path link : links) {
            problems.add(Problem.in(folder.relative(link)).value(MeetingFolder.target(link))
                    .error("is a symbolic link (to " + MeetingFolder.target(link) + "); links are refused, so that nothing "
                            + "outside the meeting folder is ever read: put a copy of the file itself in the folder"));
        }
        return links.isEmpty();
    }

    /** meeting.json within its size limit and UTF-8, before it is parsed. */
    private static boolean readable(Path file, List<Problem> problems) throws java.io.IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            problems.add(Problem.in(FILE).error(String.format(
                    "meeting.json is %,d bytes; the limit is %,d (2 MB): data belongs in the dataset files", size, MAX_BYTES)));
            return false;
        }
        var notUtf8 = PlainText.checkUtf8(file);
        notUtf8.ifPresent(n -> problems.add(Problem.in(FILE).line(n.line()).error(n.describe())));
        return notUtf8.isEmpty();
    }

    private void checkMeeting(JsonNode root, Meeting m, MeetingFolder folder, List<Problem> problems) {
        require(m.committee(), "$.committee", problems);
        if (m.date() == null) {
            problems.add(Problem.in(FILE).at("$.date").field("date")
                    .error("the meeting date is required (YYYY-MM-DD)"));
        }
        Set<String> organisations = new HashSet<>();
        for (int i = 0; i < m.organisations().size(); i++) {
            String org = m.organisations().get(i);
            String at = "$.organisations[" + i + "]";
            if (org == null || org.isBlank()) {
                problems.add(Problem.in(FILE).at(at).field("organisations").value(org == null ? "" : org)
                        .error("an organisation needs a name, for example \"Anytown\""));
            } else if (org.length() > FieldRules.MAX_NAME) {
                problems.add(Problem.in(FILE).at(at).field("organisations").value(org)
                        .error("an organisation's name holds at most " + FieldRules.MAX_NAME + " characters, for example \"Anytown\""));
            } else if (!organisations.add(org.strip())) {
                problems.add(Problem.in(FILE).at(at).field("organisations").value(org)
                        .error("the organisation is listed twice; list each once"));
            }
        }
        if (m.items().isEmpty()) {
            problems.add(Problem.in(FILE).at("$.items").field("items").error("the agenda needs at least one item"));
        }
        for (int i = 0; i < m.items().size(); i++) {
            AgendaItem item = m.items().get(i);
            String at = "$.items[" + i + "]";
            checkFields(root.path("items").path(i), at, ITEM_FIELDS, problems);
            require(item.title(), at + ".title", problems);
            checkPaper(item.document(), item.report(), at, folder, problems);
            if (item.exempt() != null && (item.exempt().paragraph() == null
                    || item.exempt().paragraph() < 1 || item.exempt().paragraph() > 7)) {
                problems.add(Problem.in(FILE).at(at + ".exempt.paragraph").field("paragraph").value(String.valueOf(item.exempt().paragraph()))
                        .error("exempt items name a paragraph 1-7 of Part 1 of Schedule 12A to the Local Government Act 1972"));
            }
            if (item.appendixLabels() != null && !Set.of("letters", "numbers").contains(item.appendixLabels())) {
                problems.add(Problem.in(FILE).at(at + ".appendixLabels").field("appendixLabels").value(item.appendixLabels())
                        .error("appendix labels are \"letters\" (Appendix A, B, C…) or \"numbers\" (Appendix 1, 2, 3…)"));
            }
            checkCover(root.path("items").path(i).path("cover"), item, at + ".cover", problems);
            for (int a = 0; a < item.appendices().size(); a++) {
                Paper p = item.appendices().get(a);
                String pat = at + ".appendices[" + a + "]";
                checkFields(root.path("items").path(i).path("appendices").path(a), pat, PAPER_FIELDS, problems);
                if (p.section() != null) {
                    if (p.document() != null || p.report() != null) {
                        problems.add(Problem.in(FILE).at(pat)
                                .error("an appendix is a \"document\", a \"report\" or a \"section\" of the item's report, only one"));
                    }
                    continue; // the item's report checks its sections
                }
                require(p.title(), pat + ".title", problems);
                if (p.document() == null && p.report() == null) {
                    problems.add(Problem.in(FILE).at(pat).error("an appendix needs a \"document\" or a \"report\""));
                }
                checkPaper(p.document(), p.report(), pat, folder, problems);
            }
        }
        for (String key : m.reports().keySet()) {
            if (!knownReports.contains(key)) {
                problems.add(Problem.in(FILE).at("$.reports." + key).field("reports").value(key)
                        .error("unknown report; the reports are " + knownReports));
            }
        }
    }

    private static void checkCover(JsonNode node, AgendaItem item, String at, List<Problem> problems) {
        ReportCover cover = item.cover();
        if (cover == null) {
            return;
        }
        checkFields(node, at, COVER_FIELDS, problems);
        if (item.paper() == null) {
            problems.add(Problem.in(FILE).at(at).field("cover")
                    .error("a report cover goes ahead of the item's own paper: give the item a \"document\" or a \"report\""));
        }
        if (cover.decision() != null && !Set.of("key", "non-key").contains(cover.decision())) {
            problems.add(Problem.in(FILE).at(at + ".decision").field("decision").value(cover.decision())
                    .error("a decision is \"key\" or \"non-key\""));
        }
        for (int c = 0; c < cover.contacts().size(); c++) {
            checkFields(node.path("contacts").path(c), at + ".contacts[" + c + "]", CONTACT_FIELDS, problems);
            require(cover.contacts().get(c).name(), at + ".contacts[" + c + "].name", problems);
        }
    }

    private void checkPaper(String document, String report, String at, MeetingFolder folder, List<Problem> problems) {
        if (document != null && report != null) {
            problems.add(Problem.in(FILE).at(at).error("a paper is either a \"document\" or a \"report\", not both"));
        }
        if (report != null && !knownReports.contains(report)) {
            problems.add(Problem.in(FILE).at(at + ".report").field("report").value(report)
                    .error("unknown report; the reports are " + knownReports));
        }
        if (document != null) {
            try {
                Path doc = folder.document(document);
                String name = doc.getFileName().toString().toLowerCase();
                if (!name.endsWith(".md") && !name.endsWith(".pdf")) {
                    problems.add(Problem.in(FILE).at(at + ".document").field("document").value(document)
                            .error("a document must be Markdown (.md) or PDF (.pdf)"));
                } else if (!Files.isRegularFile(doc, LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(Problem.in(FILE).at(at + ".document").field("document").value(document)
                            .error("no such file in the meeting folder"));
                } else if (name.endsWith(".md")) {
                    problems.addAll(MarkdownPaper.check(doc, document));
                }
            } catch (IllegalArgumentException e) {
                problems.add(Problem.in(FILE).at(at + ".document").field("document").value(document)
                        .error(e.getMessage()));
            }
        }
    }

    private static void require(String value, String pointer, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            String field = pointer.substring(pointer.lastIndexOf('.') + 1);
            problems.add(Problem.in(FILE).at(pointer).field(field).error("required and must not be empty"));
        }
    }

    private static void checkFields(JsonNode node, String at, Set<String> known, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
            String name = it.next().getKey();
            if (!known.contains(name)) {
                problems.add(Problem.in(FILE).at(at + "." + name).field(name)
                        .error("unknown field; known fields are " + known));
            }
        }
    }

    private static String jsonPath(JacksonException e) {
        StringBuilder s = new StringBuilder("$");
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                s.append('.').append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    /**
     * Binds a report's settings for checking: null when absent or unreadable (a problem is added for the
     * latter).
     */
    public static <T> T settings(Meeting meeting, String report, Class<T> type, List<Problem> problems) {
        JsonNode node = meeting.reports().get(report);
        if (node != null) {
            List<Problem> shape = JsonShape.check(FILE, node, type, "$.reports." + report);
            if (!shape.isEmpty()) {
                problems.addAll(shape);
                return null;
            }
        }
        try {
            return settings(meeting, report, type);
        } catch (RuntimeException e) {
            problems.add(Problem.in(FILE).at("$.reports." + report)
                    .error("cannot read the settings: " + e.getMessage()));
            return null;
        }
    }

    /** As {@link #settings(Meeting, String, Class, List)}, and absent settings are a problem too. */
    public static <T> T requiredSettings(Meeting meeting, String report, Class<T> type, String description,
            List<Problem> problems) {
        int before = problems.size();
        T settings = settings(meeting, report, type, problems);
        if (settings == null && problems.size() == before) {
            problems.add(Problem.in(FILE).at("$.reports." + report).error("the agenda includes " + description
                    + " but meeting.json has no reports." + report + " settings"));
        }
        return settings;
    }

    /** Binds a report's settings from meeting.json to its settings type. */
    public static <T> T settings(Meeting meeting, String report, Class<T> type) {
        JsonNode node = meeting.reports().get(report);
        return node == null ? null : MAPPER.treeToValue(node, type);
    }
}
