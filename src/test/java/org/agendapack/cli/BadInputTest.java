package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.run.BuildOptions;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.support.BuildTest;
import org.agendapack.support.HostilePdfs;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import picocli.CommandLine;

/**
 * The corpus of bad meetings as a table: each case is the small base meeting (src/test/resources/bad-input/base)
 * with one defect, run through the command line's own runner and printer in this JVM with the console captured.
 * For each: the exit code; the console names the file and the place (line or JSON path) and never shows an
 * exception or a stack trace; the good pack built before from the same meeting id is untouched; nothing outside
 * the output folder was written; nothing from outside the meeting folder (a link's target) got anywhere.
 */
@BuildTest
class BadInputTest {

    static final String MEETING = "committee-2018-10-16";
    static final Path BASE = Path.of("src/test/resources/bad-input/base");
    /** The text of the files outside every meeting folder that links point at. */
    static final String SECRET = "root:x:0:0:SECRET-OUTSIDE-THE-MEETING-FOLDER";

    static final PrintStream REAL_OUT = System.out;
    static final PrintStream REAL_ERR = System.err;
    static final ByteArrayOutputStream CONSOLE = new ByteArrayOutputStream();

    @TempDir
    static Path root;

    static Map<String, String> goodPack;

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    /** Before the application starts: the runner and the step printer keep the System.out they find. */
    @BeforeAll
    static void captureConsole() throws IOException {
        System.setOut(new PrintStream(new Tee(REAL_OUT), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(REAL_ERR), true, StandardCharsets.UTF_8));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
        Files.writeString(outside.resolve("secret.csv"), SECRET + "\n");
        Files.writeString(outside.resolve("secret.md"), "# " + SECRET + "\n");
    }

    @AfterAll
    static void restoreConsole() {
        System.setOut(REAL_OUT);
        System.setErr(REAL_ERR);
    }

    @BeforeEach
    void buildTheGoodPackOnce() {
        if (goodPack == null) {
            Path good = meeting("good");
            BuildOutcome built = runner.build(good, BuildOptions.DEFAULT);
            assertThat(built.exitCode()).as(built.message()).isZero();
            goodPack = PackTestSupport.snapshot(properties.output().resolve(MEETING));
            assertThat(goodPack).containsKey("agenda-pack.pdf");
        }
    }

    record Case(String name, String command, int exit, Defect defect, List<String> mentions) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Defect {
        void apply(Path meeting) throws IOException;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBadMeetingIsReportedNeverCrashedOn(Case c) throws IOException {
        Path folder = meeting(c.name());
        c.defect().apply(folder);
        Map<String, String> inputsBefore = PackTestSupport.snapshot(root);

        CONSOLE.reset();
        int exit = run(c.command(), folder);
        String console = CONSOLE.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(console).isEqualTo(c.exit());
        for (String mention : c.mentions()) {
            assertThat(console).as("names %s", mention).contains(mention);
        }
        assertThat(console).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(PackTestSupport.snapshot(properties.output().resolve(MEETING))).as("the good pack").isEqualTo(goodPack);
        assertThat(PackTestSupport.snapshot(root)).as("files outside the output folder").isEqualTo(inputsBefore);
        assertThat(console).doesNotContain(SECRET);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM input_problem WHERE val LIKE ? OR rule LIKE ?", Integer.class,
                "%SECRET-OUTSIDE%", "%SECRET-OUTSIDE%")).isZero();
        assertThat(outputFilesContaining("SECRET-OUTSIDE")).isEmpty();
    }

    @Test
    void aBuildPrintsItsFirstTwentyWarningsAndSaysWhereTheRestAre() throws IOException {
        Path folder = root.resolve("warnings").resolve("warnings-2018-10-16");
        PackTestSupport.copy(BASE, folder);
        // Months from January: no rows for five months of 2 organisations x 2 metrics (20), and 2 empty values.
        replace(folder, "meeting.json", "[\"2018-06\", \"2018-07\"]", "[\"2018-01\", \"2018-07\"]");
        replace(folder, "kpi-months.csv", "sla_p1,90.91", "sla_p1,");
        replace(folder, "kpi-months.csv", "sla_p1,92.86", "sla_p1,");

        CONSOLE.reset();
        int exit = print(runner.build(folder, BuildOptions.DEFAULT));
        String console = CONSOLE.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(console).isZero();
        Path report = properties.output().resolve("warnings-2018-10-16/build-report.txt");
        List<String> printed = console.lines().filter(l -> l.startsWith("  WARNING ")).toList();
        assertThat(printed).hasSize(20);
        assertThat(console).contains("  … and 2 more in " + report);
        assertThat(PackTestSupport.read(report)).contains("22 warnings");
        for (String line : printed) {
            assertThat(PackTestSupport.read(report)).contains(line.substring("  WARNING ".length()));
        }
    }

    @Test
    void templateAndMarkupInTheInputArePrintedAsTextNeverRun() throws IOException {
        Path folder = PackTestSupport.copy(BASE, root.resolve("injection").resolve("injection-2018-10-16"));
        replace(folder, "meeting.json", "Joint Committee of Brent and Lewisham", "Committee ${7*7} <#assign x=1> <script>alert(1)</script>");
        write(folder, "documents/update.md", "# Update\n\nTotal ${7*7} and <iframe src=\"http://example.org/\"></iframe> "
                + "[link](javascript:alert(1)) ![img](file:///etc/passwd)\n");

        CONSOLE.reset();
        int exit = print(runner.build(folder, BuildOptions.DEFAULT));

        assertThat(exit).as(CONSOLE.toString(StandardCharsets.UTF_8)).isZero();
        String pack = PackTestSupport.oneLine(PackTestSupport.text(properties.output().resolve("injection-2018-10-16/agenda-pack.pdf")));
        assertThat(pack).contains("Committee ${7*7} <#assign x=1> <script>alert(1)</script>")
                .contains("Total ${7*7} and <iframe src=\"http://example.org/\"></iframe>").doesNotContain("Committee 49")
                .doesNotContain("root:x:0:0");
    }

    @Test
    void theTableHasAtLeastSixtyCasesCoveringEveryKind() {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().map(c -> c.name().substring(0, c.name().indexOf('-'))).distinct()).contains("csv", "value",
                "json", "encoding", "control", "meeting", "path", "link", "pdf", "injection", "size", "strict", "deadline");
    }

    private int run(String command, Path folder) {
        return switch (command) {
            case "build" -> print(runner.build(folder, BuildOptions.DEFAULT));
            case "strict" -> print(runner.build(folder, new BuildOptions(true, false, true)));
            case "validate" -> print(runner.validate(folder, false));
            case "deadline" -> new CommandLine(new DeadlineCommand()).execute(folder.toString(), "--bank-holidays",
                    "input/bank-holidays.csv");
            default -> throw new IllegalArgumentException(command);
        };
    }

    private int print(BuildOutcome outcome) {
        MeetingBuilds.print(outcome, properties.output(), System.out);
        return outcome.exitCode();
    }

    /** A copy of the base meeting, under a folder of its own but always with the same meeting id. */
    private static Path meeting(String name) {
        return PackTestSupport.copy(BASE, root.resolve("cases").resolve(name).resolve(MEETING));
    }


    private List<String> outputFilesContaining(String text) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(properties.output())) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(text)) {
                    found.add(p.toString());
                }
            }
        }
        return found;
    }

    // ---- the cases ----------------------------------------------------------------------------------------

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        String kpi = "kpi-months.csv";

        // CSV structure
        c.add(bad("csv-unclosed-quote", m -> append(m, kpi, "2018-07,Brent,\"p1_incidents,3\n"), "kpi-months.csv line 10", "the quote that opens the value shown is never closed"));
        c.add(bad("csv-too-few-fields", m -> replace(m, kpi, "2018-06,Brent,sla_p1,90.91", "2018-06,Brent,sla_p1"),
                "kpi-months.csv line 3", "expected 4 fields"));
        c.add(bad("csv-too-many-fields", m -> replace(m, kpi, "2018-06,Brent,sla_p1,90.91", "2018-06,Brent,sla_p1,90,91"),
                "kpi-months.csv line 3", "expected 4 fields"));
        c.add(bad("csv-missing-column", m -> write(m, kpi, "month,organisation,metric\n2018-06,Brent,p1_incidents\n"),
                "kpi-months.csv line 1", "\"value\"", "required column is missing"));
        c.add(bad("csv-unknown-column", m -> replace(m, "projects.csv", "manager,update", "manager,update,colour"),
                "projects.csv line 1", "\"colour\"", "unknown column"));
        c.add(bad("csv-duplicated-column", m -> write(m, kpi, "month,organisation,metric,value,value\n"
                + "2018-06,Brent,p1_incidents,11,12\n"), "kpi-months.csv line 1", "\"value\"", "more than once"));
        c.add(bad("csv-empty-file", m -> write(m, kpi, ""), "kpi-months.csv line 1", "empty"));
        c.add(bad("csv-header-only", m -> write(m, kpi, "month,organisation,metric,value\n"),
                "meeting.json $.reports.performance-pack.months", "kpi-months.csv has no data"));
        c.add(bad("csv-duplicate-row", m -> append(m, kpi, "2018-06,Brent,p1_incidents,12\n"), "kpi-months.csv line 2",
                "appears 2 times"));
        c.add(bad("csv-duplicate-project-id", m -> replace(m, "projects.csv", "P-002,", "P-001,"), "projects.csv line 2",
                "P-001"));

        // JSON datasets
        c.add(bad("json-dataset-malformed", m -> jsonKpi(m, "[{\"month\": \"2018-06\", "), "kpi-months.json line 1", "malformed JSON"));
        c.add(bad("json-dataset-not-an-array", m -> jsonKpi(m, "{\"month\": \"2018-06\"}"), "kpi-months.json line 1 ($)",
                "JSON array"));
        c.add(bad("json-dataset-record-not-object", m -> jsonKpi(m, "[1]"), "kpi-months.json line 1 ($[0])", "JSON object"));
        c.add(bad("json-dataset-unknown-field", m -> jsonKpi(m, "[{\"month\": \"2018-06\", \"organisation\": \"Brent\", "
                + "\"metric\": \"p1_incidents\", \"value\": 11, \"colour\": \"red\"}]"), "kpi-months.json line 1 ($[0].colour)",
                "unknown field"));
        c.add(bad("json-dataset-missing-field", m -> jsonKpi(m, "[{\"month\": \"2018-06\", \"organisation\": \"Brent\", "
                + "\"metric\": \"p1_incidents\"}]"), "kpi-months.json line 1 ($[0])", "\"value\"", "required field is missing"));
        c.add(bad("json-dataset-field-twice", m -> jsonKpi(m, "[{\"month\": \"2018-06\", \"organisation\": \"Brent\", "
                + "\"metric\": \"p1_incidents\", \"value\": 11, \"value\": 12}]"), "kpi-months.json line 1 ($[0])", "value"));
        c.add(bad("json-dataset-huge-number", m -> jsonKpi(m, "[{\"month\": \"2018-06\", \"organisation\": \"Brent\", "
                + "\"metric\": \"p1_incidents\", \"value\": 1e309}]"), "kpi-months.json line 1 ($[0].value)", "too large"));

        // Values
        c.add(bad("value-not-a-number", m -> replace(m, kpi, "sla_p1,90.91", "sla_p1,abc"), "kpi-months.csv line 3",
                "field \"value\"", "for example 12.5"));
        c.add(bad("value-too-large", m -> replace(m, kpi, "sla_p1,90.91", "sla_p1,1e309"), "kpi-months.csv line 3",
                "field \"value\"", "value \"1e309\"", "at most 15 digits"));
        c.add(bad("value-too-many-decimals", m -> replace(m, kpi, "sla_p1,90.91", "sla_p1,1e-20"), "kpi-months.csv line 3",
                "field \"value\"", "at most 8"));
        c.add(bad("value-negative-count", m -> replace(m, kpi, "p1_incidents,11", "p1_incidents,-1"), "kpi-months.csv line 2",
                "a count must be a whole number"));
        c.add(bad("value-percent-over-100", m -> replace(m, kpi, "sla_p1,90.91", "sla_p1,190.91"), "kpi-months.csv line 3",
                "between 0 and 100"));
        c.add(bad("value-bad-month", m -> replace(m, kpi, "2018-06,Brent,sla_p1", "2018-13,Brent,sla_p1"),
                "kpi-months.csv line 3", "field \"month\"", "for example 2018-06"));
        c.add(bad("value-unknown-organisation", m -> replace(m, kpi, "2018-06,Brent,sla_p1", "2018-06,Southwark,sla_p1"),
                "kpi-months.csv line 3", "field \"organisation\""));
        c.add(bad("value-unknown-metric", m -> replace(m, kpi, "2018-06,Brent,sla_p1", "2018-06,Brent,sla_p9"),
                "kpi-months.csv line 3", "field \"metric\""));
        c.add(bad("value-bad-project-date", m -> replace(m, "projects.csv", "2018-01-01", "01/01/2018"), "projects.csv line 2",
                "field \"start\"", "for example 2018-10-16"));
        c.add(bad("value-project-percent-150", m -> replace(m, "projects.csv", "2019-03-31,60,", "2019-03-31,150,"),
                "projects.csv line 2", "field \"percent_complete\""));
        c.add(bad("value-project-bad-stage", m -> replace(m, "projects.csv", "Brent,live,amber", "Brent,alive,amber"),
                "projects.csv line 2", "field \"stage\"", "must be one of"));
        c.add(bad("value-project-update-16001", m -> replace(m, "projects.csv", "The links were upgraded in September.",
                "x".repeat(16_001)), "projects.csv line 2", "field \"update\"", "16,001 characters", "at most 16,000"));
        c.add(bad("value-project-name-2001", m -> replace(m, "projects.csv", "Data centre migration", "n".repeat(2_001)),
                "projects.csv line 2", "field \"name\"", "at most 2,000"));
        c.add(bad("value-project-id-201", m -> replace(m, "projects.csv", "P-001", "P".repeat(201)), "projects.csv line 2",
                "field \"id\"", "at most 200"));
        c.add(bad("value-procurement-negative", m -> replace(m, "procurement.csv", "250000", "-250000"),
                "procurement.csv line 2", "field \"value_gbp\""));
        c.add(bad("value-procurement-huge", m -> replace(m, "procurement.csv", "250000", "99999999999999999999"),
                "procurement.csv line 2", "field \"value_gbp\"", "too large"));
        c.add(bad("value-recommendation-assessment-9", m -> replace(m, "recommendations.csv", "\"November 2015\",1,",
                "\"November 2015\",9,"), "recommendations.csv line 2", "field \"assessment\""));
        c.add(bad("value-recommendation-32001", m -> replace(m, "recommendations.csv", "A new mission statement was agreed.",
                "y".repeat(32_001)), "recommendations.csv line 2", "field \"evidence\"", "at most 32,000"));
        c.add(bad("value-field-40000-in-kpi", m -> replace(m, kpi, "2018-06,Brent,sla_p1", "2018-06," + "B".repeat(40_000) + ",sla_p1"),
                "kpi-months.csv line 3", "field \"organisation\"", "at most 32,000"));

        // Encodings
        c.add(bad("encoding-latin1-csv", m -> bytes(m, kpi, PackTestSupport.read(m.resolve(kpi))
                .replace("2018-06,Brent,sla_p1", "2018-06,Br\u00e9nt,sla_p1").getBytes(StandardCharsets.ISO_8859_1)),
                "kpi-months.csv line 3", "not UTF-8 (line 3 has byte 0xE9): save it as UTF-8"));
        c.add(bad("encoding-utf16-bom-csv", m -> bytes(m, kpi, utf16(PackTestSupport.read(m.resolve(kpi)), true)),
                "kpi-months.csv line 1", "UTF-16, not UTF-8"));
        c.add(bad("encoding-utf16-no-bom-csv", m -> bytes(m, "projects.csv", utf16(PackTestSupport.read(m.resolve("projects.csv")), false)),
                "projects.csv line 1", "UTF-16"));
        c.add(bad("encoding-latin1-meeting-json", m -> bytes(m, "meeting.json", PackTestSupport.read(m.resolve("meeting.json"))
                .replace("Brent Civic Centre", "Br\u00e9nt Civic Centre").getBytes(StandardCharsets.ISO_8859_1)),
                "meeting.json line 5", "not UTF-8"));
        c.add(bad("encoding-latin1-markdown", m -> bytes(m, "documents/minutes.md", "# Minutes\n\nCaf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1)), "documents/minutes.md line 3", "not UTF-8 (line 3 has byte 0xE9)"));
        c.add(bad("encoding-truncated-utf8-at-end", m -> bytes(m, "recommendations.csv", concat(
                PackTestSupport.read(m.resolve("recommendations.csv")).getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xE2, (byte) 0x80 })),
                "recommendations.csv line 4", "not UTF-8"));
        c.add(good("encoding-utf8-bom-accepted", "validate", m -> bytes(m, kpi, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                PackTestSupport.read(m.resolve(kpi)).getBytes(StandardCharsets.UTF_8))), "are valid"));

        // Control characters
        c.add(bad("control-nul-in-csv-field", m -> replace(m, "projects.csv", "upgraded in", "upgraded\u0000in"),
                "projects.csv line 2", "field \"update\"", "U+0000"));
        c.add(bad("control-bell-in-kpi-organisation", m -> replace(m, kpi, "2018-06,Brent,sla_p1", "2018-06,Bre\u0007nt,sla_p1"),
                "kpi-months.csv line 3", "field \"organisation\"", "U+0007"));
        c.add(bad("control-in-csv-header", m -> replace(m, "procurement.csv", "reference,title", "refer\u0001ence,title"),
                "procurement.csv line 1", "U+0001"));
        c.add(bad("control-c1-in-procurement", m -> replace(m, "procurement.csv", "End user devices", "End user\u0085devices"),
                "procurement.csv line 2", "field \"title\"", "U+0085"));
        c.add(bad("control-escape-in-recommendation", m -> replace(m, "recommendations.csv", "is renewed", "is\u001b[31m renewed"),
                "recommendations.csv line 2", "field \"recommendation\"", "U+001B"));
        c.add(bad("control-escaped-in-meeting-json", m -> replace(m, "meeting.json", "Joint Committee of Brent and Lewisham",
                "Joint Committee\\u0007 of Brent"), "meeting.json $.committee", "U+0007"));
        c.add(bad("control-in-report-settings", m -> replace(m, "meeting.json", "\"Project Status\" }", "\"Project\\u0000Status\" }"),
                "meeting.json $.reports.project-status.title", "U+0000"));
        c.add(bad("control-in-markdown", m -> write(m, "documents/update.md", "# Update\n\nFine.\nBad \u000b here.\n"),
                "documents/update.md line 4", "U+000B"));
        c.add(bad("control-raw-in-meeting-json", m -> replace(m, "meeting.json", "Engineers Way", "Engineers\u0001Way"),
                "meeting.json line 5", "not valid JSON"));

        // meeting.json: wrong JSON types, in an officer's words
        c.add(bad("json-date-as-number", m -> replace(m, "meeting.json", "\"2018-10-16\"", "20181016"), "meeting.json $.date",
                "a date must be \"YYYY-MM-DD\" in quotes, for example \"2018-10-16\" (found a number)"));
        c.add(bad("json-date-uk-order", m -> replace(m, "meeting.json", "\"2018-10-16\"", "\"16/10/2018\""), "meeting.json $.date",
                "value \"16/10/2018\"", "for example \"2018-10-16\""));
        c.add(bad("json-date-impossible", m -> replace(m, "meeting.json", "\"2018-10-16\"", "\"2018-02-30\""), "meeting.json $.date",
                "value \"2018-02-30\""));
        c.add(bad("json-time-words", m -> replace(m, "meeting.json", "\"18:30\"", "\"6.30pm\""), "meeting.json $.time",
                "for example \"18:30\""));
        c.add(bad("json-organisations-as-text", m -> replace(m, "meeting.json", "[\"Brent\", \"Lewisham\"]", "\"Brent, Lewisham\""),
                "meeting.json $.organisations", "must be a list"));
        c.add(bad("json-items-as-text", m -> replaceItems(m, "\"items\": \"see the agenda\","), "meeting.json $.items",
                "must be a list"));
        c.add(bad("json-title-as-number", m -> replace(m, "meeting.json", "{ \"title\": \"Apologies for Absence\" }", "{ \"title\": 1 }"),
                "meeting.json $.items[0].title", "must be text"));
        c.add(bad("json-appendices-as-object", m -> replace(m, "meeting.json", "{ \"title\": \"Apologies for Absence\" }",
                "{ \"title\": \"Apologies\", \"appendices\": { \"title\": \"A\" } }"), "meeting.json $.items[0].appendices", "must be a list"));
        c.add(bad("json-exempt-paragraph-as-text", m -> replace(m, "meeting.json", "{ \"title\": \"Apologies for Absence\" }",
                "{ \"title\": \"Apologies\", \"exempt\": { \"paragraph\": \"three\" } }"), "meeting.json $.items[0].exempt.paragraph",
                "whole number"));
        c.add(bad("json-target-with-percent-sign", m -> replace(m, "meeting.json", "\"target\": 95", "\"target\": \"95%\""),
                "meeting.json $.reports.performance-pack.metrics[1].target", "must be a number"));
        c.add(bad("json-target-too-large", m -> replace(m, "meeting.json", "\"target\": 95", "\"target\": 1e400"),
                "meeting.json $.reports.performance-pack.metrics[1].target", "too large"));
        c.add(bad("json-months-as-text", m -> replace(m, "meeting.json", "[\"2018-06\", \"2018-07\"]", "\"2018-06 to 2018-07\""),
                "meeting.json $.reports.performance-pack.months", "must be a list"));
        c.add(bad("json-approved-date-wrong", m -> replace(m, "meeting.json", "\"2015-06-09\"", "\"9 June 2015\""),
                "meeting.json $.reports.progress-report.approved", "YYYY-MM-DD"));
        c.add(bad("json-contact-as-text", m -> replace(m, "meeting.json", "\"contact\": {", "\"contact\": \"James\", \"x\": {"),
                "meeting.json $.contact", "must be an object"));
        c.add(bad("json-trailing-comma", m -> replace(m, "meeting.json", "\"substitutes\": [],", "\"substitutes\": [,],"),
                "meeting.json line 11", "not valid JSON"));
        c.add(bad("json-not-an-object", m -> write(m, "meeting.json", "[]"), "meeting.json line 1", "JSON object"));
        c.add(bad("json-duplicate-field", m -> replace(m, "meeting.json", "\"time\": \"18:30\",", "\"time\": \"18:30\", \"date\": \"2018-10-17\","),
                "meeting.json line 4", "\"date\""));

        // Meeting-level fields
        c.add(bad("meeting-no-meeting-json", m -> Files.delete(m.resolve("meeting.json")), "meeting.json", "has no meeting.json"));
        c.add(bad("meeting-empty-committee", m -> replace(m, "meeting.json", "Joint Committee of Brent and Lewisham", " "),
                "meeting.json $.committee", "required"));
        c.add(bad("meeting-no-items", m -> replaceItems(m, "\"items\": [],"), "meeting.json $.items", "at least one item"));
        c.add(bad("meeting-unknown-field", m -> replace(m, "meeting.json", "\"time\": \"18:30\",", "\"time\": \"18:30\", \"colour\": \"red\","),
                "meeting.json $.colour", "unknown field"));
        c.add(bad("meeting-unknown-report", m -> replace(m, "meeting.json", "\"report\": \"project-status\"", "\"report\": \"project-statuses\""),
                "meeting.json $.items[2].appendices[2].report", "unknown report"));
        c.add(bad("meeting-organisation-201", m -> replace(m, "meeting.json", "\"Lewisham\"]", "\"" + "L".repeat(201) + "\"]"),
                "meeting.json $.organisations[1]", "at most 200"));
        c.add(bad("meeting-exempt-paragraph-9", m -> replace(m, "meeting.json", "{ \"title\": \"Apologies for Absence\" }",
                "{ \"title\": \"Apologies\", \"exempt\": { \"paragraph\": 9 } }"), "meeting.json $.items[0].exempt.paragraph", "1-7"));

        // Paths
        c.add(bad("path-absolute-document", m -> replace(m, "meeting.json", "documents/minutes.md", "/etc/passwd.md"),
                "meeting.json $.items[1].document", "not absolute"));
        c.add(bad("path-dot-dot-document", m -> replace(m, "meeting.json", "documents/minutes.md", "../../../outside/secret.md"),
                "meeting.json $.items[1].document", "inside the meeting folder"));
        c.add(bad("path-missing-document", m -> replace(m, "meeting.json", "documents/minutes.md", "documents/nothere.md"),
                "meeting.json $.items[1].document", "no such file"));
        c.add(bad("path-wrong-extension", m -> replace(m, "meeting.json", "documents/minutes.md", "documents/minutes.txt"),
                "meeting.json $.items[1].document", "Markdown (.md) or PDF (.pdf)"));

        // Symbolic links, referenced or not
        c.add(bad("link-unreferenced-document", m -> link(m, "documents/notes.md", "outside/secret.txt"), "documents/notes.md",
                "symbolic link"));
        c.add(bad("link-dataset", m -> {
            Files.delete(m.resolve(kpi));
            link(m, kpi, "outside/secret.csv");
        }, "kpi-months.csv", "symbolic link"));
        c.add(bad("link-referenced-document", m -> {
            Files.delete(m.resolve("documents/minutes.md"));
            link(m, "documents/minutes.md", "outside/secret.md");
        }, "documents/minutes.md", "symbolic link"));
        c.add(bad("link-folder", m -> link(m, "documents/more", "outside"), "documents/more", "symbolic link"));
        c.add(bad("link-meeting-json", m -> {
            Files.move(m.resolve("meeting.json"), m.resolve("real.json"));
            Files.createSymbolicLink(m.resolve("meeting.json"), Path.of("real.json"));
        }, "meeting.json", "symbolic link (to real.json)"));
        c.add(bad("link-hidden", m -> link(m, ".notes", "outside/secret.txt"), ".notes", "symbolic link"));
        c.add(bad("link-dangling", m -> Files.createSymbolicLink(m.resolve("documents/gone.md"), Path.of("nowhere.md")),
                "documents/gone.md", "symbolic link (to nowhere.md)"));
        c.add(bad("link-inside-the-folder", m -> Files.createSymbolicLink(m.resolve("documents/copy.md"), Path.of("minutes.md")),
                "documents/copy.md", "symbolic link"));

        // Supplied PDFs
        c.add(bad("pdf-encrypted", m -> HostilePdfs.encrypted(BASE.resolve("documents/plan.pdf"), m.resolve("documents/plan.pdf")),
                "meeting.json $.items[2].appendices[1].document", "documents/plan.pdf", "password"));
        c.add(bad("pdf-not-a-pdf", m -> write(m, "documents/plan.pdf", "This is not a PDF."),
                "meeting.json $.items[2].appendices[1].document", "not a readable PDF"));
        c.add(bad("pdf-no-pages", m -> HostilePdfs.empty(m.resolve("documents/plan.pdf")),
                "meeting.json $.items[2].appendices[1].document", "no pages"));
        c.add(good("pdf-javascript-is-a-warning", "validate", m -> HostilePdfs.withActiveContent(BASE.resolve("documents/plan.pdf"),
                m.resolve("documents/plan.pdf")), "meeting.json $.items[2].appendices[1].document", "documents/plan.pdf",
                "item 3, \"Service Improvement Plan\"", "JavaScript (3)", "embedded files (1)", "launch actions (1)"));

        // Injection: text, never code or markup
        c.add(good("injection-template-in-committee", "validate", m -> replace(m, "meeting.json", "Joint Committee of Brent and Lewisham",
                "${7*7} <#assign x=1> <script>alert(1)</script>"), "are valid"));
        c.add(bad("injection-csv-formula-and-markup", m -> replace(m, kpi, "2018-06,Brent,sla_p1", "2018-06,=cmd|'/c calc'!A0<b>,sla_p1"),
                "kpi-months.csv line 3", "field \"organisation\""));

        // Sizes
        c.add(bad("size-meeting-json-over-2mb", m -> replace(m, "meeting.json", "\"substitutes\": [],",
                "\"substitutes\": []," + " ".repeat(2_200_000)), "meeting.json", "the limit is 2,097,152 (2 MB)"));
        c.add(bad("size-markdown-over-1mb", m -> write(m, "documents/update.md", "# Update\n\n" + "word ".repeat(220_000)),
                "documents/update.md", "at most 1,048,576 (1 MB"));
        c.add(bad("size-markdown-nested-17", m -> write(m, "documents/update.md", "# Update\n\n" + "> ".repeat(17) + "deep\n"),
                "documents/update.md line 3", "nested 17 deep; at most 16"));
        c.add(bad("size-markdown-nested-10000", m -> write(m, "documents/update.md", "# Update\n\n" + "> ".repeat(10_000) + "deep\n"),
                "documents/update.md line 3", "deep; at most 16"));
        c.add(bad("size-markdown-nested-lists", m -> write(m, "documents/update.md", "# Update\n\n" + nestedList(20)),
                "documents/update.md line", "at most 16"));

        // --strict and the other commands
        c.add(new Case("strict-missing-value-is-an-error", "strict", 1, m -> replace(m, kpi, "sla_p1,90.91", "sla_p1,"),
                List.of("kpi-months.csv line 3", "missing value", "0 errors, 1 warning")));
        c.add(new Case("validate-bad-value", "validate", 1, m -> replace(m, kpi, "sla_p1,90.91", "sla_p1,abc"),
                List.of("kpi-months.csv line 3", "field \"value\"")));
        c.add(new Case("deadline-bad-date", "deadline", 1, m -> replace(m, "meeting.json", "\"2018-10-16\"", "\"16 October\""),
                List.of("meeting.json $.date", "for example \"2018-10-16\"")));
        c.add(new Case("deadline-link", "deadline", 1, m -> link(m, "documents/notes.md", "outside/secret.txt"),
                List.of("documents/notes.md", "symbolic link")));
        return c.stream();
    }

    private static Case bad(String name, Defect defect, String... mentions) {
        return new Case(name, "build", BuildOutcome.INVALID_INPUT, defect, List.of(mentions));
    }

    private static Case good(String name, String command, Defect defect, String... mentions) {
        return new Case(name, command, BuildOutcome.BUILT, defect, List.of(mentions));
    }

    private static void replace(Path m, String file, String from, String to) throws IOException {
        String text = Files.readString(m.resolve(file));
        assertThat(text).as("%s holds %s", file, from).contains(from);
        Files.writeString(m.resolve(file), text.replace(from, to));
    }

    private static void replaceItems(Path m, String items) throws IOException {
        String text = Files.readString(m.resolve("meeting.json"));
        int start = text.indexOf("\"items\": [");
        int end = text.indexOf("\"reports\":");
        Files.writeString(m.resolve("meeting.json"), text.substring(0, start) + items + "\n  " + text.substring(end));
    }

    private static void append(Path m, String file, String text) throws IOException {
        Files.writeString(m.resolve(file), text, java.nio.file.StandardOpenOption.APPEND);
    }

    private static void write(Path m, String file, String text) throws IOException {
        Files.writeString(m.resolve(file), text);
    }

    private static void bytes(Path m, String file, byte[] content) throws IOException {
        Files.write(m.resolve(file), content);
    }

    private static void jsonKpi(Path m, String json) throws IOException {
        Files.delete(m.resolve("kpi-months.csv"));
        Files.writeString(m.resolve("kpi-months.json"), json);
    }

    private static void link(Path m, String name, String outside) throws IOException {
        Files.createSymbolicLink(m.resolve(name), root.resolve(outside));
    }

    private static byte[] utf16(String text, boolean bom) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        return bom ? concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, body) : body;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String nestedList(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
        }
        return s.toString();
    }

    /** Writes to the real console and to the captured text. */
    private static final class Tee extends OutputStream {
        private final OutputStream real;

        Tee(OutputStream real) {
            this.real = real;
        }

        @Override
        public void write(int b) throws IOException {
            real.write(b);
            synchronized (CONSOLE) {
                CONSOLE.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            real.write(b, off, len);
            synchronized (CONSOLE) {
                CONSOLE.write(b, off, len);
            }
        }
    }
}
