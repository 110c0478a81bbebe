package org.agendapack.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.archive.ArchiveFolders;
import org.agendapack.archive.ArchiveVerifier;
import org.agendapack.archive.Manifest;
import org.agendapack.history.JobHistory;
import org.agendapack.job.BuildOutcome;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildOptions;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's pages. A request names a meeting, a published file or an archive folder by an id the console listed;
 * each is looked up among what the console lists, never resolved as a path (anything else is 404).
 */
@Controller
public class ConsoleController {

    private final Meetings meetings;
    private final MeetingEngine engine;
    private final Uploads uploads;
    private final Validations validations;
    private final AuditLog audit;
    private final Pages pages;
    private final AgendapackProperties properties;
    private final ConsoleUsers users;
    private final List<String> identityProviders;

    public ConsoleController(Meetings meetings, MeetingEngine engine, Uploads uploads, Validations validations,
            AuditLog audit, Pages pages, AgendapackProperties properties, ConsoleUsers users,
            org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> oidc) {
        List<String> providers = new ArrayList<>();
        if (oidc.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object r : registrations) {
                providers.add(((org.springframework.security.oauth2.client.registration.ClientRegistration) r).getRegistrationId());
            }
        }
        this.identityProviders = List.copyOf(providers);
        this.meetings = meetings;
        this.engine = engine;
        this.uploads = uploads;
        this.validations = validations;
        this.audit = audit;
        this.pages = pages;
        this.properties = properties;
        this.users = users;
    }

    /** A problem as a table row, and as the command line prints it. */
    public record ProblemRow(String severity, String file, String where, String field, String value, String rule,
            String text) {
        static ProblemRow of(Problem p) {
            String where = p.line() != null ? "line " + p.line() + (p.pointer() != null ? " (" + p.pointer() + ")" : "")
                    : p.pointer() != null ? p.pointer() : "";
            return new ProblemRow(p.isError() ? "Error" : "Warning", p.file() == null ? "input" : p.file(), where,
                    p.field() == null ? "" : p.field(), p.value() == null ? "" : p.value(), p.rule(), p.toString());
        }

        static List<ProblemRow> of(List<Problem> problems) {
            return problems.stream().map(ProblemRow::of).toList();
        }
    }

    public record FileLink(String name, String href, String size, boolean restricted) {
    }

    public record RunRow(long id, String meeting, String status, String started, String duration, int warnings,
            String startedBy, String archive, String archiveHref, String failure, String late) {
    }

    @GetMapping("/login")
    public ModelAndView login(@RequestParam Map<String, String> params) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("failed", params.containsKey("error"));
        model.put("locked", params.containsKey("locked"));
        model.put("signedOut", params.containsKey("signedOut"));
        model.put("providers", identityProviders);
        return new ModelAndView(pages.view("login"), model);
    }

    @GetMapping("/")
    public ModelAndView index() {
        List<Map<String, Object>> upcoming = new ArrayList<>();
        List<Map<String, Object>> past = new ArrayList<>();
        for (Meetings.Summary s : meetings.all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("committee", s.committee());
            row.put("date", s.dateWords());
            row.put("deadline", s.deadlineWords());
            row.put("due", s.due());
            row.put("last", lastBuild(s.id()));
            (s.due().state().equals("held") ? past : upcoming).add(row);
        }
        return new ModelAndView(pages.view("meetings"), Map.of("upcoming", upcoming, "past", past));
    }

    private Map<String, String> lastBuild(String id) {
        Map<String, String> last = new LinkedHashMap<>();
        MeetingEngine.BuildTask task = engine.task(id);
        if (task != null && !task.done()) {
            last.put("status", task.state().equals("queued") ? "Waiting to build" : "Building now");
            last.put("time", Times.time(task.queued()));
            last.put("warnings", "");
            return last;
        }
        MeetingEngine.History h = engine.history(id);
        if (h.busy() != null) {
            last.put("status", "Building now (command line or scheduler)");
            last.put("time", "");
            last.put("warnings", "");
        } else if (h.runs().isEmpty()) {
            last.put("status", "Not built yet");
            last.put("time", "");
            last.put("warnings", "");
        } else {
            JobHistory.Run r = h.runs().get(0);
            last.put("status", statusWords(r));
            last.put("time", Times.time(r.started()));
            last.put("warnings", Integer.toString(r.warnings()));
        }
        return last;
    }

    static String statusWords(JobHistory.Run r) {
        return switch (r.status()) {
            case COMPLETED -> r.late() != null ? "Built (late)" : "Built";
            case FAILED -> r.failure() != null && r.failure().startsWith("The input failed validation") ? "Input rejected" : "Failed";
            case STARTED, STARTING -> "Running or interrupted";
            default -> r.status().name().charAt(0) + r.status().name().substring(1).toLowerCase();
        };
    }

    private Meetings.Summary meeting(String id) {
        return meetings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/meetings/{id}")
    public ModelAndView meeting(@PathVariable String id, Authentication auth) {
        Meetings.Summary s = meeting(id);
        boolean clerk = ConsoleSecurity.role(auth) != ConsoleUsers.Role.VIEWER;
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("m", s);
        List<Meetings.Item> items = meetings.items(s);
        model.put("items", clerk ? items : items.stream().filter(i -> !i.exempt()).toList());
        model.put("hiddenExempt", clerk ? 0 : items.stream().filter(Meetings.Item::exempt).count());
        model.put("datasets", meetings.datasets(s));
        Optional<Validations.Check> check = validations.last(id);
        model.put("check", check.orElse(null));
        model.put("checkProblems", check.map(c -> ProblemRow.of(c.problems())).orElse(List.of()));
        model.put("task", engine.task(id));
        model.put("files", files(id, clerk));
        MeetingEngine.History h = engine.history(id);
        model.put("busy", h.busy());
        model.put("runs", runRows(h.runs().stream().limit(5).toList()));
        return new ModelAndView(pages.view("meeting"), model);
    }

    private List<FileLink> files(String id, boolean clerk) {
        List<FileLink> links = new ArrayList<>();
        for (Path p : meetings.published(id)) {
            String name = p.getFileName().toString();
            boolean restricted = Meetings.restricted(name);
            if (restricted && !clerk) {
                continue;
            }
            links.add(new FileLink(name, "/meetings/" + id + "/files/" + name, size(p), restricted));
        }
        return links;
    }

    private static String size(Path p) {
        try {
            long b = Files.size(p);
            return b >= 1024 * 1024 ? String.format("%.1f MB", b / 1048576.0) : String.format("%d KB", Math.max(1, b / 1024));
        } catch (IOException e) {
            return "";
        }
    }

    /** A published file the meeting page lists: by exact name among the listed files, never as a path. */
    @GetMapping("/meetings/{id}/files/{name}")
    public ResponseEntity<FileSystemResource> download(@PathVariable String id, @PathVariable String name,
            Authentication auth) {
        Meetings.Summary s = meeting(id);
        Path file = meetings.published(s.id()).stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (Meetings.restricted(name) && ConsoleSecurity.role(auth) == ConsoleUsers.Role.VIEWER) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        MediaType type = name.endsWith(".pdf") ? MediaType.APPLICATION_PDF : MediaType.TEXT_PLAIN;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }

    @PostMapping("/meetings/{id}/validate")
    public String validate(@PathVariable String id, Authentication auth) {
        Meetings.Summary s = meeting(id);
        BuildOutcome outcome = engine.validate(s.folder(), false);
        boolean valid = outcome.exitCode() == BuildOutcome.BUILT;
        validations.save(id, new Validations.Check(Times.time(Instant.now().truncatedTo(ChronoUnit.SECONDS)), auth.getName(),
                valid, outcome.message(), outcome.problems()));
        audit.record(auth.getName(), "validate", id, outcome.message());
        return "redirect:/meetings/" + id + "#validation";
    }

    @PostMapping("/meetings/{id}/build")
    public String build(@PathVariable String id, @RequestParam(defaultValue = "false") boolean force, Authentication auth,
            RedirectAttributes redirect) {
        Meetings.Summary s = meeting(id);
        try {
            engine.build(s.folder(), id, new BuildOptions(false, force, true), auth.getName());
        } catch (MeetingEngine.BusyException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
            return "redirect:/meetings/" + id;
        }
        return "redirect:/meetings/" + id + "/build";
    }

    @GetMapping("/meetings/{id}/build")
    public ModelAndView progress(@PathVariable String id, Authentication auth) {
        Meetings.Summary s = meeting(id);
        MeetingEngine.BuildTask task = engine.task(id);
        if (task == null) {
            return new ModelAndView("redirect:/meetings/" + id);
        }
        boolean clerk = ConsoleSecurity.role(auth) != ConsoleUsers.Role.VIEWER;
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("m", s);
        model.put("task", task);
        model.put("state", task.state());
        model.put("queued", Times.time(task.queued()));
        model.put("seconds", String.format("%.1f", task.duration().toMillis() / 1000.0));
        model.put("steps", task.steps());
        BuildOutcome outcome = task.outcome();
        model.put("outcome", outcome);
        model.put("built", outcome != null && outcome.exitCode() == BuildOutcome.BUILT);
        model.put("problems", outcome == null ? List.of() : ProblemRow.of(outcome.problems()));
        model.put("files", task.done() ? files(id, clerk) : List.of());
        return new ModelAndView(pages.view("build"), model);
    }

    @GetMapping("/meetings/{id}/upload")
    public ModelAndView uploadForm(@PathVariable String id) {
        Meetings.Summary s = meeting(id);
        return new ModelAndView(pages.view("upload"), Map.of("m", s, "targets", uploads.targets(s).values()));
    }

    @PostMapping("/meetings/{id}/upload")
    public ModelAndView upload(@PathVariable String id, @RequestParam(defaultValue = "") String target,
            @RequestParam(required = false) MultipartFile file, Authentication auth) throws IOException {
        Meetings.Summary s = meeting(id);
        Map<String, Uploads.Target> targets = uploads.targets(s);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("m", s);
        model.put("targets", targets.values());
        model.put("chosen", target);
        Uploads.Target t = targets.get(target);
        List<String> errors = new ArrayList<>();
        if (t == null) {
            errors.add("Choose what the file replaces or adds");
        }
        if (file == null || file.isEmpty()) {
            errors.add("Choose a file to upload");
        }
        if (!errors.isEmpty()) {
            model.put("errors", errors);
            return pages.page("upload", model, HttpStatus.BAD_REQUEST);
        }
        Uploads.Result result = uploads.upload(s, t, file.getOriginalFilename(), file.getInputStream());
        audit.record(auth.getName(), result.accepted() ? "upload accepted" : "upload refused", id,
                result.file() + ": " + result.message());
        model.put("result", result);
        model.put("problems", ProblemRow.of(result.problems()));
        return pages.page("upload", model, result.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @GetMapping("/history")
    public ModelAndView history() {
        List<JobHistory.Run> runs = new ArrayList<>();
        List<String> busy = new ArrayList<>();
        for (Meetings.Summary s : meetings.all()) {
            MeetingEngine.History h = engine.history(s.id());
            if (h.busy() != null) {
                busy.add(s.id() + ": " + h.busy());
            }
            runs.addAll(h.runs());
        }
        runs.sort(JobHistory.NEWEST_FIRST); // by time, not by the printed date ("9 Dec" sorted after "10 Dec")
        return new ModelAndView(pages.view("history"), Map.of("runs", runRows(runs), "busy", busy, "meeting", "",
                "audit", audit.recent(null, 50)));
    }

    @GetMapping("/meetings/{id}/history")
    public ModelAndView meetingHistory(@PathVariable String id) {
        Meetings.Summary s = meeting(id);
        MeetingEngine.History h = engine.history(id);
        return new ModelAndView(pages.view("history"), Map.of("runs", runRows(h.runs()),
                "busy", h.busy() == null ? List.of() : List.of(h.busy()), "meeting", s.id(), "m", s,
                "audit", audit.recent(id, 50)));
    }

    private List<RunRow> runRows(List<JobHistory.Run> runs) {
        List<RunRow> rows = new ArrayList<>();
        for (JobHistory.Run r : runs) {
            String folder = r.archive() == null ? null : Path.of(r.archive()).getFileName().toString();
            rows.add(new RunRow(r.id(), r.meeting(), statusWords(r), Times.time(r.started()),
                    r.duration() == null ? "" : String.format("%.1f s", r.duration().toMillis() / 1000.0), r.warnings(),
                    r.startedBy() == null ? "command line" : r.startedBy(), folder,
                    folder == null ? null : "/meetings/" + r.meeting() + "/archive/" + folder,
                    r.failure() == null ? "" : r.failure(), r.late() == null ? "" : r.late()));
        }
        return rows;
    }

    private List<Path> archives(String id) {
        return new ArrayList<>(ArchiveFolders.of(properties.output().resolve(ArchiveFolders.FOLDER).resolve(id)));
    }

    @GetMapping("/meetings/{id}/archive")
    public ModelAndView archive(@PathVariable String id) {
        Meetings.Summary s = meeting(id);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Path> folders = archives(id);
        java.util.Collections.reverse(folders);
        for (Path f : folders) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", f.getFileName().toString());
            try {
                Manifest m = ArchiveFolders.readManifest(f.resolve(Manifest.FILE));
                row.put("build", Long.toString(m.jobExecutionId()));
                row.put("finished", m.finished() == null ? "" : Times.time(Instant.parse(m.finished())));
                row.put("startedBy", m.startedBy() == null ? "command line" : m.startedBy());
                row.put("files", Integer.toString(m.outputs().size() + m.inputs().size()));
            } catch (RuntimeException e) {
                row.put("build", "");
                row.put("finished", "");
                row.put("startedBy", "");
                row.put("files", "manifest unreadable");
            }
            rows.add(row);
        }
        return new ModelAndView(pages.view("archive"), Map.of("m", s, "folders", rows));
    }

    @GetMapping("/meetings/{id}/archive/{name}")
    public ModelAndView archived(@PathVariable String id, @PathVariable String name, Authentication auth) {
        return archived(id, name, auth, null);
    }

    @PostMapping("/meetings/{id}/archive/{name}/verify")
    public ModelAndView verify(@PathVariable String id, @PathVariable String name, Authentication auth) {
        Path folder = archiveFolder(id, name);
        ArchiveVerifier.Result result;
        try {
            result = ArchiveVerifier.verify(folder);
        } catch (RuntimeException e) {
            result = null;
        }
        audit.record(auth.getName(), "verify archive", id, name + ": "
                + (result == null ? "manifest unreadable" : result.intact() ? "intact" : result.differences().size() + " difference(s)"));
        return archived(id, name, auth, result == null ? new ArchiveVerifier.Result(null, 0, List.of("missing:   manifest.json (unreadable)")) : result);
    }

    private Path archiveFolder(String id, String name) {
        meeting(id);
        return archives(id).stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ModelAndView archived(String id, String name, Authentication auth, ArchiveVerifier.Result verified) {
        Meetings.Summary s = meeting(id);
        Path folder = archiveFolder(id, name);
        boolean clerk = ConsoleSecurity.role(auth) != ConsoleUsers.Role.VIEWER;
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("m", s);
        model.put("name", name);
        Manifest manifest;
        try {
            manifest = ArchiveFolders.readManifest(folder.resolve(Manifest.FILE));
        } catch (RuntimeException e) {
            manifest = null;
        }
        model.put("manifest", manifest);
        model.put("startedBy", manifest == null || manifest.startedBy() == null ? "command line" : manifest.startedBy());
        model.put("finished", manifest == null || manifest.finished() == null ? "" : Times.time(Instant.parse(manifest.finished())));
        List<Manifest.Entry> outputs = manifest == null ? List.of() : manifest.outputs().stream()
                .filter(e -> clerk || !Meetings.restricted(e.path())).toList();
        model.put("outputs", outputs);
        model.put("inputs", manifest == null || !clerk ? List.of() : manifest.inputs());
        model.put("clerk", clerk);
        model.put("verified", verified);
        return new ModelAndView(pages.view("archived"), model);
    }

    @GetMapping("/admin/users")
    public ModelAndView users() {
        return new ModelAndView(pages.view("users"), Map.of("accounts", users.accounts().values(),
                "file", users.file().toString()));
    }
}
