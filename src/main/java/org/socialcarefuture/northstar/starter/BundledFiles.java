package org.socialcarefuture.northstar.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Folders of files that travel inside North Star's jar (and its Maven plugin): the default theme, the
 * starter site. Read whole, by their path under the folder; run from the build, they come from
 * target/classes instead.
 */
public final class BundledFiles {

    private BundledFiles() {
    }

    /**
     * Every file under {@code folder} (e.g. "north-star/theme/"), by its path below it.
     *
     * @param marker a file known to be in the folder, to find where the folder is
     */
    public static Map<String, byte[]> read(String folder, String marker) {
        URL url = BundledFiles.class.getClassLoader().getResource(folder + marker);
        if (url == null) {
            throw new IllegalStateException("North Star's jar is missing " + folder + " (no " + folder + marker + ")");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                        JarEntry entry = entries.nextElement();
                        if (!entry.isDirectory() && entry.getName().startsWith(folder)) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(entry.getName().substring(folder.length()), in.readAllBytes());
                            }
                        }
                    }
                }
            } else {
                Path root = Path.of(url.toURI());
                for (int depth = marker.split("/").length; depth > 0; depth--) {
                    root = root.getParent();
                }
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("North Star's " + folder + " could not be read: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Collections.unmodifiableMap(files);
    }
}
