package org.socialcarefuture.northstar.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * The corpus in src/test/resources/a11y/: for every rule a page that breaks it (with the rule id and
 * line it must be reported at, in {@code <rule>.fail.expect}) and a page that does the same thing right.
 */
class RuleCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/a11y");
    private final Gate gate = new Gate(Rules.all(), null);

    static Stream<String> rules() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".fail.html"))
                    .map(n -> n.substring(0, n.length() - ".fail.html".length())).sorted().toList().stream();
        }
    }

    private List<Problem> check(String file) throws IOException {
        return gate.check(Files.readString(CORPUS.resolve(file)), new Gate.Source(file, null, null, List.of())).problems();
    }

    @ParameterizedTest(name = "{0} is found at its line")
    @MethodSource("rules")
    void failingPageIsReportedWithTheRuleAndLine(String rule) throws IOException {
        String[] expected = Files.readString(CORPUS.resolve(rule + ".fail.expect")).strip().split(" ");
        List<Problem> problems = check(rule + ".fail.html");
        List<Problem> forRule = problems.stream().filter(p -> p.rule().equals(expected[0])).toList();
        assertEquals(1, forRule.size(), "expected one " + expected[0] + " finding, got:\n" + problems);
        Problem problem = forRule.get(0);
        if (Integer.parseInt(expected[1]) > 0) {
            assertEquals(Integer.parseInt(expected[1]), problem.line(), problem.toString());
        }
        assertTrue(problem.message().startsWith("[WCAG "), problem.message());
        assertTrue(!problem.fix().isBlank(), "says how to fix it");
        assertEquals(List.of(), problems.stream().filter(p -> !p.rule().equals(expected[0])).toList(),
                "the failing page breaks only its own rule");
    }

    @ParameterizedTest(name = "{0} passes when done right")
    @MethodSource("rules")
    void passingPageHasNoFindings(String rule) throws IOException {
        assertEquals(List.of(), check(rule + ".pass.html"));
    }

    /** A rule has a case here, or is one of the ACT rules whose W3C examples ActExamplesTest runs. */
    @Test
    void everyRuleHasACorpusCase() throws IOException {
        List<String> covered = rules().toList();
        String act = Files.readString(ActExamplesTest.EXAMPLES);
        for (Rule rule : Rules.all()) {
            assertTrue(covered.contains(rule.id()) || !rule.act().isEmpty() && act.contains("\"id\": \"" + rule.act() + "\""),
                    "no corpus case for " + rule.id());
        }
    }
}
