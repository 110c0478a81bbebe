package org.agendapack.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;

/**
 * veraPDF, with its own (greenfield) parser, as the judge of PDF/A-2a and PDF/UA-1: a file either conforms or
 * the failure lists every failed rule with its clause, test number, description and where it failed.
 */
public final class Conformance {

    /** The flavours every PDF agendapack makes must conform to, each validated on its own. */
    public static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Conformance() {
    }

    /** The failed rules of {@code pdf} in {@code flavour}, one line each; empty when it conforms. */
    public static List<String> failures(Path pdf, PDFAFlavour flavour) {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAParser parser = foundry.createParser(pdf.toFile(), flavour);
                PDFAValidator validator = foundry.createValidator(flavour, false)) {
            return failures(validator.validate(parser));
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate " + pdf + " as " + flavour.getId(), e);
        }
    }

    /**
     * The failed rules of {@code pdf} in every flavour: one parse and one pass over its objects for all the
     * profiles, as veraPDF's own command line validates several flavours (its content streams are then modelled as
     * for PDF/UA in each, which shows only in the object names of where a rule failed).
     */
    public static List<String> failures(Path pdf) {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAParser parser = foundry.createParser(pdf.toFile(), FLAVOURS.get(0));
                PDFAValidator validator = foundry.createValidator(FLAVOURS)) {
            parser.setFlavours(FLAVOURS);
            List<ValidationResult> results = validator.validateAll(parser);
            if (!results.stream().map(ValidationResult::getPDFAFlavour).toList().equals(FLAVOURS)) {
                throw new IllegalStateException("veraPDF validated " + pdf + " as "
                        + results.stream().map(ValidationResult::getPDFAFlavour).toList() + ", not " + FLAVOURS);
            }
            List<String> failed = new ArrayList<>();
            for (ValidationResult result : results) {
                failed.addAll(failures(result));
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate " + pdf + " as " + FLAVOURS, e);
        }
    }

    private static List<String> failures(ValidationResult result) {
        PDFAFlavour flavour = result.getPDFAFlavour();
        // Every failed rule once, with how often and where it failed (the first few places).
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        for (TestAssertion a : result.getTestAssertions()) {
            if (a.getStatus() != TestAssertion.Status.FAILED) {
                continue;
            }
            Rule rule = result.getValidationProfile().getRuleByRuleId(a.getRuleId());
            String key = flavour.getId() + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()
                    + " " + (rule == null ? a.getMessage() : rule.getDescription());
            byRule.computeIfAbsent(key, k -> new ArrayList<>()).add(a.getLocation().getContext()
                    + (a.getErrorMessage() == null ? "" : " [" + a.getErrorMessage() + "]"));
        }
        List<String> failed = new ArrayList<>();
        byRule.forEach((rule, where) -> failed.add(rule + " (" + where.size() + " failed check(s)) at "
                + String.join("; ", where.subList(0, Math.min(3, where.size())))));
        if (!result.isCompliant() && failed.isEmpty()) {
            failed.add(flavour.getId() + ": not compliant (" + result.getJobEndStatus() + ")");
        }
        return failed;
    }
}
