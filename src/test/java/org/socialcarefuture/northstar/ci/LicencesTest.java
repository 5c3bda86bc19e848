package org.socialcarefuture.northstar.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What a group taking North Star can read about its licences: the LICENSE and NOTICE inside the jar, the content's
 * licence, and THIRD-PARTY.txt, which license-maven-plugin writes in every build (generate-resources, before the tests)
 * and which travels at the top of both jars. That the build stops on a library outside the allowed licences is shown
 * by src/it/licence-not-allowed and src/it/licence-missing.
 */
class LicencesTest {

    private static final Pattern LINE = Pattern.compile("^\\s+((?:\\([^)]*(?:\\([^)]*\\))?[^)]*\\) )+)(.*) \\(([^:\\s]+):([^:\\s]+):([^\\s]+) - .*\\)$");

    /** A file of target/classes, which both jars are made from (the class path would give the first library's META-INF/LICENSE). */
    private static String resource(String name) throws IOException {
        Path file = Path.of("target/classes", name);
        assertTrue(Files.isRegularFile(file), name + " is not in the jar");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    record Library(String group, String artifact, List<String> licences) {
    }

    private static List<Library> thirdParty() throws IOException {
        List<Library> libraries = new ArrayList<>();
        for (String line : resource("THIRD-PARTY.txt").lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                List<String> licences = new ArrayList<>();
                Matcher each = Pattern.compile("\\(((?:[^()]|\\([^()]*\\))*)\\) ").matcher(m.group(1));
                while (each.find()) {
                    licences.add(each.group(1));
                }
                libraries.add(new Library(m.group(3), m.group(4), licences));
            }
        }
        return libraries;
    }

    @Test
    void theThirdPartyNoticeNamesEveryLibraryOfTheJarWithAnAllowedLicenceUnderItsOneName() throws IOException {
        List<Library> libraries = thirdParty();
        String notice = resource("THIRD-PARTY.txt");
        assertTrue(notice.contains("Lists of " + libraries.size() + " third-party dependencies."), "every line was read: " + libraries.size());
        assertTrue(libraries.size() > 50, "the libraries the jar runs on: " + libraries.size());
        Set<String> allowed = Set.copyOf(Files.readAllLines(Path.of("src/license/allowed-licences.txt")));
        for (Library library : libraries) {
            assertTrue(library.licences().stream().anyMatch(allowed::contains), library + " has no allowed licence");
        }
        // The ones docs/groups/licence.md explains, under the names it uses.
        assertEquals(List.of("LGPL-2.1-or-later"), licences(libraries, "io.github.openhtmltopdf", "openhtmltopdf-pdfbox"));
        assertEquals(List.of("GPL-3.0", "MPL-2.0"), licences(libraries, "org.verapdf", "validation-model"), "veraPDF, taken under the MPL");
        assertEquals(List.of("MIT"), licences(libraries, "org.jbake", "jbake-core"));
        assertEquals(List.of("Apache-2.0"), licences(libraries, "org.freemarker", "freemarker"), "a long spelling merged into its short name");
        // Only what is inside the runnable jar: no test or Maven-only library.
        for (Library library : libraries) {
            assertFalse(Set.of("org.junit.jupiter", "net.jqwik", "org.apache.maven", "org.apache.maven.plugin-tools").contains(library.group()),
                    library + " is not inside the jar");
        }
    }

    private static List<String> licences(List<Library> libraries, String group, String artifact) {
        return libraries.stream().filter(l -> l.group().equals(group) && l.artifact().equals(artifact)).findFirst()
                .orElseThrow(() -> new AssertionError(group + ":" + artifact + " is not in THIRD-PARTY.txt")).licences();
    }

    @Test
    void theJarCarriesTheLicenceTheNoticeAndTheFontsOwnLicence() throws IOException {
        assertTrue(resource("META-INF/LICENSE").contains("Apache License\n                           Version 2.0, January 2004"));
        String notice = resource("META-INF/NOTICE");
        assertTrue(notice.contains("Apache License, Version 2.0") && notice.contains("SIL Open Font License") && notice.contains("THIRD-PARTY.txt"));
        assertTrue(resource("north-star/theme/fonts/OFL.txt").contains("SIL OPEN FONT LICENSE Version 1.1"), "the fonts' licence travels with them");
    }

    @Test
    void theMovementsWordsAreCcBy40AsItsSiteSays() throws IOException {
        assertTrue(Files.readString(Path.of("LICENSE-content")).contains("Creative Commons Attribution 4.0 International"));
        String siteYml = Files.readString(Path.of("site.yml"));
        assertTrue(siteYml.matches("(?s).*\\nlicence: [^\\n]*shared freely[^\\n]*CC BY 4\\.0.*"), "the footer names the licence");
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<name>Apache-2.0</name>") && pom.contains("<url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>"));
    }
}
