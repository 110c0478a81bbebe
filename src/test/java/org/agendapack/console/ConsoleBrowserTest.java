package org.agendapack.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.pack.AssemblePackTasklet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console in a real browser: Debian's Chromium, driven through chromedriver (packages chromium and
 * chromium-driver; .ci/setup-browser installs them). A clerk uploads a KPI file with a bad line and sees the line
 * named, uploads the fixed file, builds, watches the build finish and downloads the pack; a viewer then sees no
 * exempt item. Every page is photographed into target/console-screenshots/ and checked with axe-core: no serious or
 * critical accessibility violation.
 */
@SpringBootTest(classes = ConsoleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { ConsoleApplication.WEB, ConsoleApplication.OWN_EXCLUSIONS })
class ConsoleBrowserTest {

    static final ConsoleFixture FIXTURE = new ConsoleFixture("browser");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "console-screenshots");
    /** The test meeting's public pack: front sheet and agenda, then the minutes, the update report and its appendices. */
    static final int PACK_PAGES = 13;

    static ChromeDriver driver;
    static Path profile;
    static Path downloads;
    static final List<String> axeReport = new ArrayList<>();
    static int shot;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FIXTURE.register(registry);
    }

    @BeforeAll
    static void browser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser test needs Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ". Install them with: sudo apt-get install -y chromium chromium-driver (or run .ci/setup-browser, "
                    + "which .ci/run does before mvn -B verify)");
        }
        profile = Files.createTempDirectory("agendapack-chromium-profile");
        downloads = Files.createTempDirectory("agendapack-downloads");
        FileSystemUtils.deleteRecursively(SHOTS);
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void close() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (!axeReport.isEmpty()) {
            Files.write(SHOTS.resolve("axe-report.txt"), axeReport, StandardCharsets.UTF_8);
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aClerkFixesABadUploadBuildsAndDownloadsAViewerSeesNoExemptItem() throws Exception {
        String meeting = "/meetings/" + ConsoleFixture.MEETING;
        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        look("sign-in");
        signIn(ConsoleFixture.CLERK);

        Cookie session = driver.manage().getCookieNamed("AGENDAPACK_SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isSecure()).isTrue();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Meetings");
        assertThat(text()).contains("Joint Committee of Brent and Lewisham").containsPattern("\\d+ working days left");
        look("meetings");

        press(By.linkText("Joint Committee of Brent and Lewisham"));
        assertThat(text()).contains(ConsoleFixture.EXEMPT_TITLE).contains("kpi-months.csv");
        look("meeting-clerk");

        // A KPI file with one bad line: refused, the line named, nothing changed.
        Path kpi = FIXTURE.meeting().resolve("kpi-months.csv");
        String good = Files.readString(kpi);
        Path bad = Files.createTempFile(downloads.getParent(), "kpi-months", ".csv");
        Files.writeString(bad, good.replace("2018-07,Lewisham,p1_incidents,5", "2018-07,Lewisham,p1_incidents,five"));
        press(By.linkText("Upload a dataset or paper"));
        look("upload");
        upload("dataset:kpi-months", bad);
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("The upload was refused")
                .contains("kpi-months.csv line 8").contains("five");
        assertThat(text()).doesNotContain("Exception");
        assertThat(Files.readString(kpi)).isEqualTo(good);
        look("upload-refused");

        // The fixed file is accepted.
        Path fixed = Files.createTempFile(downloads.getParent(), "kpi-months", ".csv");
        Files.writeString(fixed, good.replace("2018-07,Lewisham,p1_incidents,5", "2018-07,Lewisham,p1_incidents,6"));
        upload("dataset:kpi-months", fixed);
        assertThat(text()).as("the page after the fixed upload").contains("was checked and saved");
        assertThat(driver.findElement(By.className("govuk-notification-banner--success")).getText())
                .contains("kpi-months.csv was checked and saved");
        assertThat(Files.readString(kpi)).contains("2018-07,Lewisham,p1_incidents,6");
        look("upload-accepted");

        // Build, and watch it finish (the page refreshes itself, no script).
        driver.get(url(meeting));
        press(By.xpath("//button[normalize-space()='Build the pack']"));
        assertThat(driver.getCurrentUrl()).endsWith(meeting + "/build");
        look("build-running");
        new WebDriverWait(driver, Duration.ofMinutes(4)).pollingEvery(Duration.ofSeconds(1))
                .until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Build "));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Build finished");
        assertThat(text()).contains("loadMeeting").contains("ingestKpiMonths").contains("archivePack")
                .contains("Started by " + ConsoleFixture.CLERK);
        look("build-finished");

        driver.findElement(By.linkText(AssemblePackTasklet.PACK)).click();
        Path pdf = downloads.resolve(AssemblePackTasklet.PACK);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Files.isRegularFile(pdf)
                && !Files.exists(downloads.resolve(AssemblePackTasklet.PACK + ".crdownload")));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(PACK_PAGES);
        }
        assertThat(Files.readAllBytes(pdf))
                .isEqualTo(Files.readAllBytes(FIXTURE.output.resolve(ConsoleFixture.MEETING).resolve(AssemblePackTasklet.PACK)));

        driver.get(url("/history"));
        assertThat(text()).contains(ConsoleFixture.CLERK).contains("Built").contains("upload accepted");
        look("history");
        driver.get(url(meeting + "/archive"));
        look("archive");
        press(By.cssSelector("table a.govuk-link"));
        press(By.xpath("//button[normalize-space()='Verify against the manifest']"));
        assertThat(text()).contains("Intact: all").contains(ConsoleFixture.CLERK);
        look("archive-verified");

        driver.get(url("/meetings/no-such-meeting"));
        assertThat(text()).contains("Page not found").doesNotContain("Exception");
        look("not-found");

        // A viewer: no exempt item, no exempt pack, no buttons.
        press(By.xpath("//button[normalize-space()='Sign out']"));
        assertThat(driver.getCurrentUrl()).contains("/login");
        signIn(ConsoleFixture.VIEWER);
        driver.get(url(meeting));
        assertThat(text()).doesNotContain(ConsoleFixture.EXEMPT_TITLE).doesNotContain(AssemblePackTasklet.EXEMPT_PACK)
                .doesNotContain("Build the pack").contains(AssemblePackTasklet.PACK).contains("exempt item(s) not shown");
        look("meeting-viewer");

        HttpResponse<String> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url(meeting + "/files/" + AssemblePackTasklet.EXEMPT_PACK)))
                .header("Cookie", "AGENDAPACK_SESSION=" + driver.manage().getCookieNamed("AGENDAPACK_SESSION").getValue())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(403);

        assertThat(axeReport.stream().filter(l -> l.startsWith("SERIOUS") || l.startsWith("CRITICAL")))
                .as("serious or critical accessibility violations (see " + SHOTS.resolve("axe-report.txt") + ")").isEmpty();
    }

    /** Clicks a button that submits a form or follows a link, and waits for the next page. */
    private void press(By what) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(what).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.stalenessOf(page));
        // The next page loaded whole, not just begun: a sign-in typed into the login page while it still loaded
        // once lost its button to the finished document ("Node with given id does not belong to the document").
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void signIn(String user) {
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(ConsoleFixture.PASSWORD);
        press(By.xpath("//button[normalize-space()='Sign in']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Meetings");
    }

    private void upload(String target, Path file) {
        new Select(driver.findElement(By.id("target"))).selectByValue(target);
        WebElement input = driver.findElement(By.id("file"));
        input.sendKeys(file.toAbsolutePath().toString());
        press(By.xpath("//button[normalize-space()='Check and upload']"));
    }

    private String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** A screenshot of the whole page, and axe-core's violations of it. */
    private void look(String name) throws IOException {
        JavascriptExecutor js = driver;
        long height = ((Number) js.executeScript("return Math.max(document.body.scrollHeight, 600)")).longValue();
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 140, 6000)));
        File png = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(String.format("%02d-%s.png", ++shot, name)),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(before);

        String axe = Files.readString(Path.of("src/test/resources/console/axe.min.js"));
        js.executeScript(axe);
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('ERROR ' + e); });");
        String json = String.valueOf(result);
        assertThat(json).as("axe-core ran on " + name).doesNotStartWith("ERROR");
        JsonNode violations = JsonMapper.builder().build().readTree(json);
        axeReport.add("# " + name + " (" + driver.getCurrentUrl() + "): " + violations.size() + " violation(s)");
        for (JsonNode v : violations) {
            axeReport.add(v.path("impact").asString().toUpperCase() + " " + v.path("id").asString() + ": "
                    + v.path("help").asString() + " (" + v.path("nodes").size() + " element(s)) "
                    + v.path("nodes").path(0).path("target").toString());
        }
    }
}
