package org.socialcarefuture.northstar.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's reference checker, on one PDF: against PDF/UA-1 (accessible: tagged, in reading
 * order, with a language, a title, described pictures and links) and PDF/A-3a (every font embedded, nothing that
 * needs the network, to be opened the same way in years to come). Each rule that fails is one {@link Failure}.
 */
public final class PdfCheck {

    /** The standards every PDF of the site is checked against, as the report and problems name them. */
    public static final Map<String, PDFAFlavour> STANDARDS = standards();

    private static Map<String, PDFAFlavour> standards() {
        Map<String, PDFAFlavour> standards = new LinkedHashMap<>();
        standards.put("PDF/UA-1", PDFAFlavour.PDFUA_1);
        standards.put("PDF/A-3a", PDFAFlavour.PDFA_3_A);
        return java.util.Collections.unmodifiableMap(standards);
    }

    /**
     * A rule of a standard the PDF fails.
     *
     * @param rule        the standard's clause and veraPDF's test number, e.g. 7.18.5-2
     * @param description the rule in veraPDF's words
     * @param times       how many places in the PDF fail it
     */
    public record Failure(String standard, String rule, String description, int times) {
        @Override
        public String toString() {
            return standard + " rule " + rule + " (" + description + ")" + (times > 1 ? ", " + times + " times" : "");
        }
    }

    private static volatile boolean initialised;

    private PdfCheck() {
    }

    private static synchronized void initialise() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    /**
     * The rules {@code pdf} fails, none for a PDF that meets both standards. Safe on several threads at once: the
     * state veraPDF keeps while checking a document is held per thread (its StaticContainers are ThreadLocals).
     */
    public static List<Failure> check(byte[] pdf) throws Exception {
        initialise();
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<String, PDFAFlavour> standard : STANDARDS.entrySet()) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), standard.getValue());
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(standard.getValue(), false)) {
                ValidationResult result = validator.validate(parser);
                Map<String, Failure> byRule = new LinkedHashMap<>();
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                        byRule.merge(rule, new Failure(standard.getKey(), rule, assertion.getMessage(), 1),
                                (a, b) -> new Failure(a.standard(), a.rule(), a.description(), a.times() + 1));
                    }
                }
                failures.addAll(byRule.values());
            }
        }
        return failures;
    }
}
