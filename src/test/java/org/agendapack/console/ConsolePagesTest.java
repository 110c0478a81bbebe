package org.agendapack.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.agendapack.archive.ArchiveFolders;
import org.agendapack.archive.Manifest;
import org.agendapack.job.MeetingLock;
import org.agendapack.pack.AssemblePackTasklet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every page of the console for every role, through Spring Security: who gets what, CSRF, traversal, the sign-in
 * limit, uploads checked before they replace anything, the per-meeting lock shared with the command line, and a
 * build recorded with who started it.
 */
@SpringBootTest(classes = ConsoleApplication.class, properties = { ConsoleApplication.WEB, ConsoleApplication.OWN_EXCLUSIONS })
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolePagesTest {

    static final ConsoleFixture FIXTURE = new ConsoleFixture("pages");
    static final String M = "/meetings/" + ConsoleFixture.MEETING;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingEngine engine;

    static RequestPostProcessor viewer() {
        return user(ConsoleFixture.VIEWER).roles("VIEWER");
    }

    static RequestPostProcessor clerk() {
        return user(ConsoleFixture.CLERK).roles("CLERK");
    }

    static RequestPostProcessor admin() {
        return user(ConsoleFixture.ADMIN).roles("ADMIN");
    }

    @Test
    @Order(1)
    void everyPageAsksASignedOutVisitorToSignIn() throws Exception {
        for (String page : List.of("/", M, M + "/upload", M + "/history", M + "/archive", "/history", "/admin/users")) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
    }

    @Test
    @Order(2)
    void everyRoleReadsTheMeetingsHistoryAndArchive() throws Exception {
        for (RequestPostProcessor who : List.of(viewer(), clerk(), admin())) {
            String meetings = body(mvc.perform(get("/").with(who)).andExpect(status().isOk()).andReturn());
            assertThat(meetings).contains("Joint Committee of Brent and Lewisham").contains("Publication deadline")
                    .contains("Monday 8 March 2027").containsPattern("working days? left|Overdue|Meeting held");
            String meeting = body(mvc.perform(get(M).with(who)).andExpect(status().isOk()).andReturn());
            assertThat(meeting).contains("kpi-months.csv").contains("Update report").contains("Performance Pack");
            assertThat(meeting).containsPattern("kpi-months</td>\\s*<td[^>]*>kpi-months.csv</td>\\s*<td[^>]*>8</td>");
            mvc.perform(get("/history").with(who)).andExpect(status().isOk());
            mvc.perform(get(M + "/history").with(who)).andExpect(status().isOk());
            mvc.perform(get(M + "/archive").with(who)).andExpect(status().isOk());
        }
    }

    @Test
    @Order(3)
    void aViewerCannotChangeAnythingNorSeeExemptItems() throws Exception {
        String page = body(mvc.perform(get(M).with(viewer())).andExpect(status().isOk()).andReturn());
        assertThat(page).doesNotContain(ConsoleFixture.EXEMPT_TITLE).doesNotContain("contract-award.md")
                .doesNotContain("Build the pack").doesNotContain("Upload").contains("1 exempt item(s) not shown");
        assertThat(body(mvc.perform(get(M).with(clerk())).andReturn())).contains(ConsoleFixture.EXEMPT_TITLE)
                .contains("Build the pack").contains("Force a rebuild").contains("Validate the inputs");
        mvc.perform(post(M + "/build").with(viewer()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(M + "/build").param("force", "true").with(viewer()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(M + "/validate").with(viewer()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(M + "/upload").with(viewer())).andExpect(status().isForbidden());
        mvc.perform(multipart(M + "/upload").file(csv("kpi-months.csv", "x")).param("target", "dataset:kpi-months")
                .with(viewer()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(viewer())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(clerk())).andExpect(status().isForbidden());
        assertThat(body(mvc.perform(get("/admin/users").with(admin())).andExpect(status().isOk()).andReturn()))
                .contains(ConsoleFixture.CLERK).contains("clerk").doesNotContain("$2a$");
    }

    @Test
    @Order(4)
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post(M + "/build").with(clerk())).andExpect(status().isForbidden());
        mvc.perform(post(M + "/validate").with(clerk())).andExpect(status().isForbidden());
        mvc.perform(post(M + "/build").with(clerk()).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        mvc.perform(multipart(M + "/upload").file(csv("kpi-months.csv", "x")).param("target", "dataset:kpi-months")
                .with(clerk())).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(viewer())).andExpect(status().isForbidden());
        // The pages' forms carry the token.
        assertThat(body(mvc.perform(get(M).with(clerk())).andReturn())).contains("name=\"_csrf\"");
    }

    @Test
    @Order(5)
    void noPathFromTheRequestReachesTheFileSystem() throws Exception {
        for (String path : List.of(M + "/files/..%2F..%2Fconsole-users", M + "/files/%2e%2e%2fmeeting.json",
                M + "/files/..%252F..%252Fconsole-users", "/meetings/..%2Finput/files/meeting.json",
                M + "/files/meeting.json", M + "/files/.%2e", M + "/archive/..%2F..%2F", "/meetings/" + "..",
                "/meetings/%2e%2e/files/x", M + "/files/agenda-pack.pdf%00.txt", "/assets/", "/assets/../application.yml",
                "/assets/%2e%2e/console.properties", "/meetings/unknown-meeting")) {
            int status = mvc.perform(get(path).with(admin())).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isEqualTo(404);
        }
        String notFound = body(mvc.perform(get("/meetings/unknown-meeting").with(admin())).andReturn());
        assertThat(notFound).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @Order(6)
    void aBadUploadChangesNothingAndNamesTheLineAGoodOneIsWrittenWhole() throws Exception {
        Path kpi = FIXTURE.meeting().resolve("kpi-months.csv");
        String before = Files.readString(kpi);
        String bad = before.replace("2018-07,Brent,p1_incidents,7", "2018-07,Brent,p1_incidents,seven");
        String page = body(mvc.perform(multipart(M + "/upload").file(csv("kpi-months.csv", bad))
                .param("target", "dataset:kpi-months").with(clerk()).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(page).contains("The upload was refused").contains("Nothing was changed").contains("line 6")
                .contains("seven").contains("kpi-months.csv").doesNotContain("Exception");
        assertThat(Files.readString(kpi)).isEqualTo(before);

        String wrongType = body(mvc.perform(multipart(M + "/upload").file(csv("notes.txt", "hello"))
                .param("target", "dataset:kpi-months").with(clerk()).with(csrf())).andReturn());
        assertThat(wrongType).contains("is not one of .csv, .json");

        String good = before.replace("2018-07,Brent,p1_incidents,7", "2018-07,Brent,p1_incidents,8");
        String ok = body(mvc.perform(multipart(M + "/upload").file(csv("my kpis.csv", good))
                .param("target", "dataset:kpi-months").with(clerk()).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(ok).contains("kpi-months.csv was checked and saved");
        assertThat(Files.readString(kpi)).isEqualTo(good);
        try (var files = Files.list(FIXTURE.meeting())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".upload"));
        }
        Files.writeString(kpi, before);
        assertThat(body(mvc.perform(get("/history").with(viewer())).andReturn())).contains("upload refused")
                .contains("upload accepted").contains(ConsoleFixture.CLERK);
    }

    @Test
    @Order(7)
    void validationShowsEveryProblemAsTheCommandLineNamesIt() throws Exception {
        Path kpi = FIXTURE.meeting().resolve("kpi-months.csv");
        String before = Files.readString(kpi);
        Files.writeString(kpi, before.replace("2018-06,Lewisham,sla_p1,92.86", "2018-06,Lewisham,sla_p1,1e309"));
        try {
            mvc.perform(post(M + "/validate").with(clerk()).with(csrf())).andExpect(status().is3xxRedirection());
            String page = body(mvc.perform(get(M).with(clerk())).andReturn());
            assertThat(page).contains("Not valid").contains("line 5").contains("1e309").contains("is too large");
        } finally {
            Files.writeString(kpi, before);
        }
    }

    @Test
    @Order(8)
    void aBuildRunningOnTheCommandLineIsShownAndNotStartedAgain() throws Exception {
        try (MeetingLock cli = MeetingLock.acquire(FIXTURE.output, ConsoleFixture.MEETING)) {
            var result = mvc.perform(post(M + "/build").with(clerk()).with(csrf())).andExpect(redirectedUrl(M)).andReturn();
            Object notice = result.getFlashMap().get("notice");
            assertThat(notice).asString().contains("is running, started by the command line or the scheduler")
                    .contains("process " + ProcessHandle.current().pid());
            assertThat(engine.task(ConsoleFixture.MEETING)).isNull();
        }
    }

    @Test
    @Order(9)
    void aConsoleBuildRecordsWhoStartedItAndViewersGetOnlyThePublicPack() throws Exception {
        mvc.perform(post(M + "/build").with(clerk()).with(csrf())).andExpect(redirectedUrl(M + "/build"));
        // The command line cannot build the meeting meanwhile: the console holds its lock.
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (!engine.task(ConsoleFixture.MEETING).done() && Instant.now().isBefore(until)) {
            String progress = body(mvc.perform(get(M + "/build").with(clerk())).andExpect(status().isOk()).andReturn());
            // Running before and after the page was made, so it was made while running (the build may end between).
            if (!engine.task(ConsoleFixture.MEETING).done()) {
                assertThat(progress).contains("progress.js").contains("Refresh the progress");
            }
            Thread.sleep(500);
        }
        String done = body(mvc.perform(get(M + "/build").with(clerk())).andReturn());
        assertThat(done).contains("Build finished").contains("archivePack").contains(AssemblePackTasklet.EXEMPT_PACK)
                .doesNotContain("progress.js");

        List<Path> archived = ArchiveFolders.of(FIXTURE.output.resolve("archive").resolve(ConsoleFixture.MEETING));
        assertThat(archived).hasSize(1);
        Manifest manifest = ArchiveFolders.readManifest(archived.get(0).resolve(Manifest.FILE));
        assertThat(manifest.startedBy()).isEqualTo(ConsoleFixture.CLERK);
        assertThat(body(mvc.perform(get(M + "/history").with(viewer())).andReturn())).contains(">" + ConsoleFixture.CLERK + "<")
                .contains("Built");

        String pack = M + "/files/" + AssemblePackTasklet.PACK;
        String exempt = M + "/files/" + AssemblePackTasklet.EXEMPT_PACK;
        mvc.perform(get(pack).with(viewer())).andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get(exempt).with(viewer())).andExpect(status().isForbidden());
        mvc.perform(get(M + "/files/build-report.txt").with(viewer())).andExpect(status().isForbidden());
        mvc.perform(get(exempt).with(clerk())).andExpect(status().isOk());
        mvc.perform(get(exempt).with(admin())).andExpect(status().isOk());
        assertThat(body(mvc.perform(get(M).with(viewer())).andReturn())).contains(AssemblePackTasklet.PACK)
                .doesNotContain(AssemblePackTasklet.EXEMPT_PACK);

        // The archive: verify says intact; the viewer sees no exempt file in the manifest, nor the inputs.
        String folder = archived.get(0).getFileName().toString();
        String verified = body(mvc.perform(post(M + "/archive/" + folder + "/verify").with(viewer()).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(verified).contains("Intact").contains(ConsoleFixture.CLERK).doesNotContain(AssemblePackTasklet.EXEMPT_PACK)
                .doesNotContain("contract-award.md");
        assertThat(body(mvc.perform(get(M + "/archive/" + folder).with(clerk())).andReturn()))
                .contains(AssemblePackTasklet.EXEMPT_PACK).contains("inputs/documents/contract-award.md");

        // Between builds the console holds neither the meeting's lock nor its job database.
        try (MeetingLock cli = MeetingLock.acquire(FIXTURE.output, ConsoleFixture.MEETING);
                var history = org.agendapack.history.JobHistory.open(FIXTURE.output, ConsoleFixture.MEETING)) {
            assertThat(history.runs()).hasSize(1);
            assertThat(history.runs().get(0).startedBy()).isEqualTo(ConsoleFixture.CLERK);
        }
    }

    @Test
    @Order(10)
    void signInAttemptsAreLimited() throws Exception {
        mvc.perform(formLogin("/login").user(ConsoleFixture.VIEWER).password(ConsoleFixture.PASSWORD))
                .andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(ConsoleFixture.VIEWER).password("wrong " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // Now even the right password is refused, unchecked, until the window has passed.
        mvc.perform(formLogin("/login").user(ConsoleFixture.VIEWER).password(ConsoleFixture.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(body(mvc.perform(get("/login?locked")).andReturn())).contains("Too many sign-in attempts");
        mvc.perform(formLogin("/login").user(ConsoleFixture.ADMIN).password(ConsoleFixture.PASSWORD)
                .loginProcessingUrl("/login")).andExpect(status().is3xxRedirection());
    }

    @Test
    @Order(11)
    void scheduledBuildsInsideTheConsoleRunInItsQueueAsTheScheduler() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var scheduled = new org.agendapack.schedule.ScheduledBuilds(FIXTURE.input, FIXTURE.output,
                java.time.Clock.systemUTC(), new InProcessBuilds(engine), new java.io.PrintStream(out, true,
                        StandardCharsets.UTF_8), engine.fingerprints());
        assertThat(scheduled.runOnce()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("unchanged since its last build");
        Path update = FIXTURE.meeting().resolve("documents/update.md");
        Files.writeString(update, Files.readString(update) + "\nA sentence added before the scheduled build.\n");
        out.reset();
        assertThat(scheduled.runOnce()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(ConsoleFixture.MEETING + ": built in");
        assertThat(engine.task(ConsoleFixture.MEETING).startedBy()).isEqualTo("scheduler");
        // The clerk's earlier build left the job database when this one completed: the page reads its manifest.
        assertThat(body(mvc.perform(get(M + "/history").with(viewer())).andReturn())).contains(">scheduler<")
                .contains(">" + ConsoleFixture.CLERK + "<");
        try (MeetingLock cli = MeetingLock.acquire(FIXTURE.output, ConsoleFixture.MEETING);
                var history = org.agendapack.history.JobHistory.open(FIXTURE.output, ConsoleFixture.MEETING)) {
            assertThat(history.runs()).extracting(org.agendapack.history.JobHistory.Run::startedBy)
                    .containsExactly("scheduler", ConsoleFixture.CLERK);
        }
    }

    private static MockMultipartFile csv(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(org.springframework.test.web.servlet.MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static {
        SecurityMockMvcRequestPostProcessors.class.getName();
    }
}
