package org.agendapack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.run.BuildContext;
import org.agendapack.job.MeetingChecks;
import org.agendapack.run.BuildOptions;
import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.problem.Problem;
import org.agendapack.support.BuildTest;
import org.agendapack.support.Conformance;
import org.agendapack.support.PackTestSupport;
import org.agendapack.support.TaggedPdf;
import org.agendapack.support.TaggedPdf.Element;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.xmpbox.XMPMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every PDF agendapack makes is PDF/A-2a and PDF/UA-1 by veraPDF: the reports, the Markdown documents, the
 * front sheet and agenda, the padding page and the packs of both sample meetings. The tags are the real
 * structure (tables with header cells, headings in order), the pack's metadata says what it is, and a supplied
 * PDF that is not PDF/A or not tagged takes that claim away, or with --require-conformance stops the build.
 */
@BuildTest
class PdfConformanceTest {

    private static final String JOINT = "joint-ict-2018-10-16";

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    @Autowired
    MeetingChecks contexts;

    @Autowired
    DocumentRenderer documents;

    @Autowired
    PackAssembler assembler;

    @TempDir
    Path dir;

    @Test
    void everyPdfOfTheSampleMeetingsIsPdfA2aAndPdfUa1() throws IOException {
        Map<Path, List<String>> failures = new LinkedHashMap<>();
        for (String meeting : List.of(JOINT, "joint-ict-2018-10-16-json", "service-birmingham-progress-2016",
                "northbridge-audit-2027-01-26")) {
            build(Path.of("input", meeting), BuildOptions.DEFAULT);
            validate(pdfs(properties.output().resolve(meeting)), failures);
        }
        // The exempt pack, and the public pack beside it without the exempt item.
        Path exempt = PackTestSupport.copyMeeting(JOINT, dir.resolve("exempt"));
        Path json = exempt.resolve("meeting.json");
        Files.writeString(json, Files.readString(json).replace("\"document\": \"documents/discussion-paper.md\"",
                "\"document\": \"documents/discussion-paper.md\", \"exempt\": {\"paragraph\": 3}"));
        build(exempt, BuildOptions.DEFAULT);
        List<Path> packs = pdfs(properties.output().resolve(JOINT));
        assertThat(packs).contains(properties.output().resolve(JOINT).resolve(AssemblePackTasklet.EXEMPT_PACK));
        validate(packs, failures);
        // The papers as rendered before assembly: each Markdown document, the front sheet, the padding page.
        validate(papersBeforeAssembly(), failures);

        assertThat(failures).withFailMessage(() -> "Not PDF/A-2a and PDF/UA-1:\n" + describe(failures)).isEmpty();
    }

    @Test
    void aCouncilsLogoIsAFigureWithItsAltTextAndTheFrontSheetStaysConforming() throws IOException {
        Path profiles = Files.createDirectories(dir.resolve("profiles/anytown"));
        Files.writeString(profiles.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\">"
                + "<rect width=\"120\" height=\"40\" fill=\"#034078\"/><circle cx=\"20\" cy=\"20\" r=\"12\" fill=\"#fff\"/></svg>");
        Files.write(profiles.resolve("logo.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        Map<Path, List<String>> failures = new LinkedHashMap<>();
        for (String logo : List.of("logo.svg", "logo.png")) {
            Files.writeString(profiles.resolve("profile.json"), "{\"council\": \"Anytown Borough Council\", "
                    + "\"logo\": {\"file\": \"" + logo + "\", \"alt\": \"Anytown Borough Council\"}}");
            var profile = new org.agendapack.profile.Profiles(new AgendapackProperties(properties.output(),
                    properties.templates(), null, null, null, dir.resolve("profiles")), new org.agendapack.render.Markdown())
                    .load("anytown");
            assertThat(profile.problems()).isEmpty();
            MeetingFolder folder = new MeetingFolder(Path.of("input", "northbridge-audit-2027-01-26"));
            Path work = Files.createDirectories(dir.resolve("work-" + logo));
            BuildContext build = new BuildContext(1, contexts.load(folder).meeting(), folder, "fingerprint",
                    BuildOptions.DEFAULT, work, dir.resolve("out"), profile.profile());
            assembler.assemble(build, List.of(), false, dir.resolve("out/front-" + logo + ".pdf"));
            Path front = work.resolve("front.pdf");
            validate(List.of(front), failures);
            try (PDDocument doc = Loader.loadPDF(front.toFile())) {
                assertThat(single(TaggedPdf.structure(doc)).all("Figure")).as(logo)
                        .anyMatch(f -> "Anytown Borough Council".equals(f.alt()));
            }
        }
        assertThat(failures).withFailMessage(() -> "Not PDF/A-2a and PDF/UA-1:\n" + describe(failures)).isEmpty();
    }

    @Test
    void tablesHaveHeaderCellsHeadingsGoInOrderAndPaddingPagesCarryNoTaggedContent() throws Exception {
        build(Path.of("input", JOINT), new BuildOptions(false, true, true)); // the sample as it is, whatever ran before
        Path out = properties.output().resolve(JOINT);

        try (PDDocument report = Loader.loadPDF(out.resolve("performance-pack.pdf").toFile())) {
            Element document = single(TaggedPdf.structure(report));
            assertThat(document.all("H1")).hasSize(1);
            assertThat(document.all("H2")).hasSize(2); // the summary table and the trends
            // A Figure per chart, its alternate text the trend in words.
            List<Element> figures = document.all("Figure");
            assertThat(figures).hasSize(3);
            assertThat(figures.get(1).alt()).contains("Overall SLA Performance fell in Southwark from 79.79");
            assertThat(figures).allMatch(f -> f.alt() != null && f.alt().contains(" in June to "));
            Element table = document.all("Table").get(0);
            List<Element> headers = table.all("TH");
            assertThat(headers).hasSizeGreaterThan(15); // months, organisations, one per metric
            assertThat(headers).allMatch(th -> th.attributes().stream().anyMatch(a -> a.containsKey(COSName.getPDFName("Scope"))));
            assertThat(headers.stream().map(PdfConformanceTest::scope)).contains("Column", "Row");
            assertThat(table.all("TD")).hasSize(15 * (1 + 12)); // each metric's target, then its 12 values
        }

        try (PDDocument pack = Loader.loadPDF(out.resolve(AssemblePackTasklet.PACK).toFile())) {
            PDDocumentCatalog catalog = pack.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getMarkInfo().getCOSObject().containsKey(COSName.getPDFName("Suspects"))).isFalse();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getDocumentOutline().children()).isNotEmpty();

            // One Document, a Part per paper, headings starting at H1 with no level skipped.
            Element document = single(TaggedPdf.structure(pack));
            assertThat(document.type()).isEqualTo("Document");
            assertThat(document.all("Figure")).hasSize(3).allMatch(f -> f.alt() != null && !f.alt().isBlank());
            assertThat(document.kids()).hasSize(8).allMatch(k -> k.type().equals("Part"));
            List<Integer> levels = document.all().stream().filter(e -> e.type().matches("H[1-6]"))
                    .map(e -> Integer.parseInt(e.type().substring(1))).toList();
            assertThat(levels.get(0)).isEqualTo(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as("heading %d after H%d", i, levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }

            // The parent tree has an entry for each page with tagged content, and the next key is past them all.
            List<Integer> keys = TaggedPdf.parentTreeKeys(pack);
            int next = catalog.getStructureTreeRoot().getParentTreeNextKey();
            assertThat(keys).isNotEmpty().allMatch(k -> k < next);
            List<String> pages = PackTestSupport.pages(out.resolve(AssemblePackTasklet.PACK));
            int padding = 0;
            for (int i = 0; i < pack.getNumberOfPages(); i++) {
                PDPage page = pack.getPage(i);
                if (pages.get(i).contains(PackAssembler.BLANK_PAGE_TEXT)) {
                    padding++;
                    assertThat(TaggedPdf.mcids(page)).as("padding page %d", i + 1).isEmpty();
                    assertThat(page.getCOSObject().containsKey(COSName.STRUCT_PARENTS)).as("padding page %d", i + 1).isFalse();
                } else {
                    assertThat(TaggedPdf.mcids(page)).as("page %d", i + 1).isNotEmpty();
                    assertThat(keys).contains(page.getStructParents());
                }
            }
            assertThat(padding).isPositive();

            // The XMP claims PDF/A-2a and PDF/UA-1 and agrees with the document information.
            PDDocumentInformation info = pack.getDocumentInformation();
            XMPMetadata xmp = TaggedPdf.xmp(pack);
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
            assertThat(xmp.getSchema(XmpPacket.PDFUA_NAMESPACE).getIntegerPropertyValueAsSimple("part")).isEqualTo(1);
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(info.getTitle()).contains("Tuesday 16 October 2018");
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(info.getAuthor());
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(info.getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2018-10-16T00:00:00Z"));
            assertThat(xmp.getXMPMediaManagementSchema().getDocumentID()).startsWith("uuid:");
        }
    }

    @Test
    void anUntaggedSuppliedPdfIsAWarningAndThePackClaimsNothingOrWithRequireConformanceAnError() throws Exception {
        Path meeting = PackTestSupport.copyMeeting(JOINT, dir);
        Path supplied = meeting.resolve("documents/service-improvement-plan.pdf");
        writePlainPdf(supplied, "Service Improvement Plan, as a plain PDF");

        build(meeting, BuildOptions.DEFAULT);
        Path out = properties.output().resolve(JOINT);
        assertThat(PackTestSupport.read(out.resolve("build-report.txt"))).contains(
                "- meeting.json $.items[5].appendices[1].document, field \"document\", value \"documents/service-improvement-plan.pdf\": "
                        + "the PDF is not PDF/A (no PDF/A identification in its XMP metadata) and not tagged (no structure tree marked in use), "
                        + "so a pack that includes it is neither PDF/A-2a nor PDF/UA-1 (item 6, \"Service Improvement Plan\")");
        try (PDDocument pack = Loader.loadPDF(out.resolve(AssemblePackTasklet.PACK).toFile())) {
            XMPMetadata xmp = TaggedPdf.xmp(pack);
            assertThat(xmp.getPDFAIdentificationSchema()).isNull();
            assertThat(xmp.getSchema(XmpPacket.PDFUA_NAMESPACE)).isNull();
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(pack.getDocumentInformation().getTitle());
        }
        try (PDDocument report = Loader.loadPDF(out.resolve("performance-pack.pdf").toFile())) {
            assertThat(TaggedPdf.xmp(report).getPDFAIdentificationSchema().getPart()).isEqualTo(2);
        }

        BuildOutcome required = runner.build(meeting, new BuildOptions(false, false, true, true));
        assertThat(required.exitCode()).as(required.message()).isEqualTo(BuildOutcome.INVALID_INPUT);
        assertThat(PackTestSupport.messages(required)).anyMatch(m -> m.contains("documents/service-improvement-plan.pdf")
                && m.contains("item 6, \"Service Improvement Plan\"") && m.contains("not tagged"));
        assertThat(required.problems()).filteredOn(Problem::isError).hasSize(1);
    }

    private void build(Path meeting, BuildOptions options) {
        BuildOutcome outcome = runner.build(meeting, options);
        assertThat(outcome.exitCode()).as(outcome.message() + " " + outcome.problems()).isEqualTo(BuildOutcome.BUILT);
    }

    /** Each Markdown document of the sample meetings, and the front sheet and padding page of an empty pack. */
    private List<Path> papersBeforeAssembly() throws IOException {
        List<Path> rendered = new ArrayList<>();
        for (String meeting : List.of(JOINT, "service-birmingham-progress-2016")) {
            try (Stream<Path> md = Files.list(Path.of("input", meeting, "documents"))) {
                for (Path source : md.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    Path pdf = dir.resolve(meeting + "-" + source.getFileName() + ".pdf");
                    documents.render(source, "Document", org.agendapack.report.PaperPart.MAIN, pdf);
                    rendered.add(pdf);
                }
            }
        }
        MeetingFolder folder = new MeetingFolder(Path.of("input", JOINT));
        Path work = Files.createDirectories(dir.resolve("work"));
        var loaded = contexts.loadWithProfile(folder);
        BuildContext build = new BuildContext(1, loaded.meeting().meeting(), folder, "fingerprint", BuildOptions.DEFAULT,
                work, dir.resolve("out"), loaded.profile());
        assembler.assemble(build, List.of(), false, dir.resolve("out/front-and-padding.pdf"));
        rendered.add(work.resolve("front.pdf"));
        rendered.add(work.resolve("blank.pdf"));
        return rendered;
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static void validate(List<Path> pdfs, Map<Path, List<String>> failures) {
        assertThat(pdfs).isNotEmpty();
        for (Path pdf : pdfs) {
            List<String> failed = Conformance.failures(pdf);
            if (!failed.isEmpty()) {
                failures.put(pdf, failed);
            }
        }
    }

    private static String describe(Map<Path, List<String>> failures) {
        StringBuilder s = new StringBuilder();
        failures.forEach((pdf, failed) -> {
            s.append(pdf).append('\n');
            failed.forEach(f -> s.append("  ").append(f).append('\n'));
        });
        return s.toString();
    }

    private static Element single(List<Element> elements) {
        assertThat(elements).hasSize(1);
        return elements.get(0);
    }

    private static String scope(Element th) {
        return th.attributes().stream().map(a -> a.getCOSName(COSName.getPDFName("Scope")))
                .filter(Objects::nonNull).map(COSName::getName).findFirst().orElse("");
    }

    /** A PDF as an office suite without PDF/A export might make one: no XMP, no tags. */
    private static void writePlainPdf(Path file, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(file.toFile());
        }
    }
}
