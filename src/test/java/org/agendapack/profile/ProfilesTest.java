package org.agendapack.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.agendapack.problem.Problem;
import org.agendapack.render.Markdown;
import org.agendapack.settings.AgendapackProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles as a clerk writes them: merged over the neutral profile, checked, logos made safe. */
class ProfilesTest {

    @TempDir
    Path dir;

    Profiles profiles(Path folder) {
        return new Profiles(new AgendapackProperties(null, null, null, null, null, folder), new Markdown());
    }

    @Test
    void theNeutralProfileSpeaksForNoCouncil() {
        CouncilProfile neutral = profiles(Path.of("input", "profiles")).load(null).profile();
        assertThat(neutral.isNeutral()).isTrue();
        assertThat(neutral.council()).isNull();
        assertThat(neutral.electronicCopies()).isNull();
        assertThat(neutral.housekeeping()).isEmpty();
        assertThat(neutral.roles().council()).isEqualTo("Council");
        assertThat(neutral.roles().executiveMember()).isEqualTo("Executive Member");
        assertThat(neutral.categories()).extracting(CouncilProfile.Category::name).containsExactly("Achieved (Fully)",
                "Achieved (Late)", "Not Achieved (Progress Made)", "Not Achieved (Obstacle)",
                "Not Achieved (Insufficient Progress)", "In Progress");
        assertThat(neutral.notes()).contains("Declarations of Interest").doesNotContain("£25,000", "Brent");
    }

    @Test
    void aProfileGivesOnlyWhatDiffersAndTheRestIsNeutral() {
        CouncilProfile birmingham = profiles(Path.of("input", "profiles")).load("birmingham").profile();
        assertThat(birmingham.roles().council()).isEqualTo("City Council");
        assertThat(birmingham.roles().scrutinyOffice()).isEqualTo("Scrutiny Office");
        assertThat(birmingham.publicAttendance()).isNull();
        assertThat(birmingham.categories()).hasSize(6);
        assertThat(birmingham.notes()).contains("council's code of conduct"); // no notes.md of its own: neutral notes
        CouncilProfile brent = profiles(Path.of("input", "profiles")).load("brent").profile();
        assertThat(brent.notes()).contains("<h2>Notes for Members - Declarations of Interest:</h2>", "£25,000");
        assertThat(brent.electronicCopies().address()).isEqualTo("democracy.brent.gov.uk");
    }

    @Test
    void anUnknownProfileOrFieldIsAnErrorNamingWhatThereIs() throws IOException {
        Files.createDirectories(dir.resolve("anytown"));
        Files.writeString(dir.resolve("anytown/profile.json"), "{\"council\": \"Anytown\", \"rolez\": {}}");
        Profiles profiles = profiles(dir);
        Profiles.Loaded missing = profiles.load("nowhere");
        assertThat(missing.profile()).isNull();
        assertThat(missing.problems()).extracting(Problem::describe)
                .anyMatch(m -> m.contains("$.profile") && m.contains("nowhere") && m.contains("[anytown]"));
        Profiles.Loaded typo = profiles.load("anytown");
        assertThat(typo.problems()).extracting(Problem::describe)
                .anyMatch(m -> m.contains("profiles/anytown/profile.json") && m.contains("rolez") && m.contains("unknown field"));
    }

    @Test
    void aLogoNeedsAltTextAndAnSvgCannotCarryScriptsOrFetchAnything() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
                + "<script>alert(1)</script></svg>");
        Files.writeString(dir.resolve("a/profile.json"), "{\"logo\": {\"file\": \"logo.svg\"}}");
        assertThat(profiles(dir).load("a").problems()).extracting(Problem::describe)
                .anyMatch(m -> m.contains("$.logo.alt") && m.contains("alt text"))
                .anyMatch(m -> m.contains("may not contain <script>"));

        Files.writeString(dir.resolve("a/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg' xmlns:x='http://www.w3.org/1999/xlink'>"
                + "<image x:href='file:///etc/passwd'/></svg>");
        Files.writeString(dir.resolve("a/profile.json"), "{\"logo\": {\"file\": \"logo.svg\", \"alt\": \"A\"}}");
        assertThat(profiles(dir).load("a").problems()).extracting(Problem::describe)
                .anyMatch(m -> m.contains("may not refer to other files"));

        Files.writeString(dir.resolve("a/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
                + "<rect width='10' height='10' fill='#036'/></svg>");
        CouncilProfile ok = profiles(dir).load("a").profile();
        assertThat(ok.logo().markup()).startsWith("<svg").contains("alt=\"A\"", "<rect");

        Files.write(dir.resolve("a/logo.png"), Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        Files.writeString(dir.resolve("a/profile.json"), "{\"logo\": {\"file\": \"logo.png\", \"alt\": \"A\"}}");
        assertThat(profiles(dir).load("a").profile().logo().markup()).startsWith("data:image/png;base64,");
    }

    @Test
    void notesThatAreNotUtf8OrHoldAControlCharacterNameTheProfilesFileAndLine() throws IOException {
        Files.createDirectories(dir.resolve("anytown"));
        Files.writeString(dir.resolve("anytown/profile.json"), "{\"council\": \"Anytown\"}");
        Files.write(dir.resolve("anytown/notes.md"), "## Notes\n\nCaf\u00e9 rules\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Profiles.Loaded latin1 = profiles(dir).load("anytown");
        assertThat(latin1.profile()).isNull();
        assertThat(latin1.problems()).extracting(Problem::toString)
                .containsExactly("ERROR profiles/anytown/notes.md line 3: the file is not UTF-8 (line 3 has byte 0xE9): save it as UTF-8");

        Files.writeString(dir.resolve("anytown/notes.md"), "## Notes\n\nBell \u0007 here\n");
        Profiles.Loaded control = profiles(dir).load("anytown");
        assertThat(control.profile()).isNull();
        assertThat(control.problems()).singleElement().extracting(Problem::toString).asString()
                .startsWith("ERROR profiles/anytown/notes.md line 3: ");
    }
}
