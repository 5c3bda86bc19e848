import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a Maven Central bundle (the zip central-publishing-maven-plugin uploads, or a folder of the same layout)
 * against Central's published requirements (https://central.sonatype.org/publish/requirements/):
 * for every component, a pom and, unless it is a pom-only component, the jar, the sources jar and the javadoc jar;
 * a .asc signature for every file, that gpg verifies; .md5 and .sha1 checksums for every file, that match;
 * a release version; and a pom that says name, description, url, licence (name and url), developer and scm.
 * A runnable jar (classifier "cli") must also carry LICENSE, NOTICE and THIRD-PARTY.txt, naming every library in it.
 *
 * <p>{@code java .ci/CheckCentralBundle.java BUNDLE [GROUP:ARTIFACT ...]}: the components named must be in it.
 * Plain JDK only (run from source), so CI needs nothing beyond Java and gpg. Exits 1 with every problem listed.
 */
public class CheckCentralBundle {

    private final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java .ci/CheckCentralBundle.java BUNDLE.zip|FOLDER [GROUP:ARTIFACT ...]");
            System.exit(2);
        }
        CheckCentralBundle check = new CheckCentralBundle();
        Map<String, byte[]> files = read(Path.of(args[0]));
        List<String> components = check.check(files, List.of(args).subList(1, args.length));
        if (!check.problems.isEmpty()) {
            System.err.println(args[0] + " is not what Maven Central accepts:");
            check.problems.forEach(problem -> System.err.println("  - " + problem));
            System.exit(1);
        }
        System.out.println(args[0] + ": " + files.size() + " files, every one signed and checksummed, for " + String.join(", ", components));
    }

    /** The bundle's files by path (a zip's entries, or a folder's files relative to it). */
    static Map<String, byte[]> read(Path bundle) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (Files.isDirectory(bundle)) {
            try (Stream<Path> walk = Files.walk(bundle)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    files.put(bundle.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        } else {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    if (!entry.isDirectory()) {
                        files.put(entry.getName(), zip.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    List<String> check(Map<String, byte[]> files, List<String> expected) throws Exception {
        Map<String, List<String>> byFolder = new TreeMap<>();
        files.keySet().forEach(path -> byFolder.computeIfAbsent(path.substring(0, Math.max(0, path.lastIndexOf('/'))), k -> new ArrayList<>())
                .add(path.substring(path.lastIndexOf('/') + 1)));
        List<String> components = new ArrayList<>();
        for (Map.Entry<String, List<String>> folder : byFolder.entrySet()) {
            String[] parts = folder.getKey().split("/");
            if (parts.length < 3) {
                problems.add(folder.getKey() + "/: files outside a group/artifact/version folder: " + folder.getValue());
                continue;
            }
            String version = parts[parts.length - 1];
            String artifact = parts[parts.length - 2];
            String group = String.join(".", List.of(parts).subList(0, parts.length - 2));
            components.add(group + ":" + artifact + ":" + version);
            component(folder.getKey() + "/", group, artifact, version, folder.getValue(), files);
        }
        for (String wanted : expected) {
            if (components.stream().noneMatch(c -> c.startsWith(wanted + ":"))) {
                problems.add(wanted + " is not in the bundle (it has " + components + ")");
            }
        }
        if (components.isEmpty()) {
            problems.add("the bundle is empty");
        }
        return components;
    }

    private void component(String folder, String group, String artifact, String version, List<String> names, Map<String, byte[]> files)
            throws Exception {
        String base = artifact + "-" + version;
        if (version.endsWith("-SNAPSHOT")) {
            problems.add(folder + ": " + version + " is a snapshot; Central takes only releases");
        }
        byte[] pomBytes = files.get(folder + base + ".pom");
        if (pomBytes == null) {
            problems.add(folder + ": no " + base + ".pom");
            return;
        }
        String packaging = pom(folder + base + ".pom", pomBytes, group, artifact, version);
        if (!packaging.equals("pom")) {
            for (String needed : List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar")) {
                if (!names.contains(needed)) {
                    problems.add(folder + ": no " + needed + " (Central asks for it with every " + packaging + ")");
                }
            }
        }
        for (String name : names) {
            if (name.endsWith(".asc") || name.matches(".*\\.(md5|sha1|sha256|sha512)")) {
                continue;
            }
            String path = folder + name;
            if (!name.startsWith(base)) {
                problems.add(path + ": not named " + base + "[-classifier].extension");
            }
            checksums(path, files);
            signature(path, files);
            if (name.endsWith(".jar")) {
                jar(path, files.get(path), name.endsWith("-cli.jar"));
            }
        }
    }

    /** Central's pom rules; gives the packaging. */
    private String pom(String path, byte[] bytes, String group, String artifact, String version) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        Element parent = child(project, "parent");
        same(path, "groupId", text(project, "groupId", parent), group);
        same(path, "artifactId", text(project, "artifactId", null), artifact);
        same(path, "version", text(project, "version", parent), version);
        for (String needed : List.of("name", "description", "url")) {
            if (text(project, needed, null).isBlank()) {
                problems.add(path + ": no <" + needed + ">");
            }
        }
        List<Element> licences = children(child(project, "licenses"), "license");
        if (licences.isEmpty()) {
            problems.add(path + ": no <licenses><license>");
        }
        for (Element licence : licences) {
            if (text(licence, "name", null).isBlank() || text(licence, "url", null).isBlank()) {
                problems.add(path + ": a <license> needs a <name> and a <url>");
            }
        }
        List<Element> developers = children(child(project, "developers"), "developer");
        if (developers.isEmpty() || developers.stream().anyMatch(d -> text(d, "name", null).isBlank())) {
            problems.add(path + ": no <developers><developer><name>");
        }
        Element scm = child(project, "scm");
        if (scm == null || text(scm, "url", null).isBlank() || text(scm, "connection", null).isBlank()) {
            problems.add(path + ": no <scm> with <url> and <connection>");
        }
        if (child(project, "repositories") != null || child(project, "pluginRepositories") != null) {
            problems.add(path + ": names <repositories>: a released pom must need nothing but Central");
        }
        String packaging = text(project, "packaging", null);
        return packaging.isBlank() ? "jar" : packaging;
    }

    private void same(String path, String what, String found, String expected) {
        if (!found.equals(expected)) {
            problems.add(path + ": <" + what + "> is \"" + found + "\" but the bundle's folder says \"" + expected + "\"");
        }
    }

    private void checksums(String path, Map<String, byte[]> files) throws Exception {
        byte[] content = files.get(path);
        for (String algorithm : List.of("MD5", "SHA-1", "SHA-256", "SHA-512")) {
            String extension = "." + algorithm.toLowerCase().replace("-", "");
            byte[] sum = files.get(path + extension);
            boolean required = algorithm.equals("MD5") || algorithm.equals("SHA-1");
            if (sum == null) {
                if (required) {
                    problems.add(path + ": no " + extension + " checksum");
                }
                continue;
            }
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
            String given = new String(sum, StandardCharsets.US_ASCII).trim().split("\\s+")[0].toLowerCase();
            if (!given.equals(expected)) {
                problems.add(path + extension + ": says " + given + " but the file's " + algorithm + " is " + expected);
            }
        }
    }

    /** gpg --verify, with the keys of GNUPGHOME (the release key's public half must be there). */
    private void signature(String path, Map<String, byte[]> files) throws Exception {
        byte[] signature = files.get(path + ".asc");
        if (signature == null) {
            problems.add(path + ": no .asc signature");
            return;
        }
        Path dir = Files.createTempDirectory("bundle-check");
        try {
            Path file = dir.resolve("file");
            Path asc = dir.resolve("file.asc");
            Files.write(file, files.get(path));
            Files.write(asc, signature);
            Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", asc.toString(), file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!gpg.waitFor(60, TimeUnit.SECONDS) || gpg.exitValue() != 0 || !output.contains("Good signature")) {
                problems.add(path + ".asc: gpg --verify does not accept it: " + output.strip().replace('\n', ' '));
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void jar(String path, byte[] bytes, boolean runnable) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), entry.isDirectory() ? new byte[0] : zip.readAllBytes());
            }
        }
        if (entries.isEmpty()) {
            problems.add(path + ": an empty or unreadable jar");
        }
        if (!runnable) {
            return;
        }
        for (String needed : List.of("META-INF/LICENSE", "META-INF/NOTICE", "THIRD-PARTY.txt")) {
            if (!entries.containsKey(needed)) {
                problems.add(path + ": no " + needed);
            }
        }
        String notice = new String(entries.getOrDefault("THIRD-PARTY.txt", new byte[0]), StandardCharsets.UTF_8);
        // Each library shaded into the jar left its META-INF/maven/GROUP/ARTIFACT/pom.properties: each must be in the notice.
        for (String name : entries.keySet()) {
            String[] parts = name.split("/");
            if (parts.length == 5 && parts[0].equals("META-INF") && parts[1].equals("maven") && parts[4].equals("pom.properties")
                    && !parts[2].equals("blog.socialcarefuture")) {
                String library = parts[2] + ":" + parts[3] + ":";
                String carrier = insideOthers().getOrDefault(parts[2] + ":" + parts[3], "") + ":";
                if (!notice.contains("(" + library) && !(carrier.length() > 1 && notice.contains("(" + carrier))) {
                    problems.add(path + ": " + library + " is inside the jar but not in its THIRD-PARTY.txt");
                }
            }
        }
    }

    /** src/license/libraries-inside-libraries.txt: a library inside another's jar, and the listed library that carries it. */
    private static Map<String, String> insideOthers() throws IOException {
        Map<String, String> carriers = new TreeMap<>();
        Path list = Path.of("src/license/libraries-inside-libraries.txt");
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list)) {
                String[] pair = line.replaceFirst("#.*", "").split("=");
                if (pair.length == 2) {
                    carriers.put(pair[0].trim(), pair[1].trim());
                }
            }
        }
        return carriers;
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getTagName().equals(name)) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    /** An element's text, or the same element's in the parent pom reference when the pom inherits it. */
    private static String text(Element parent, String name, Element inherited) {
        Element element = child(parent, name);
        if (element == null && inherited != null) {
            element = child(inherited, name);
        }
        return element == null ? "" : element.getTextContent().trim();
    }
}
