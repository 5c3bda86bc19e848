package org.socialcarefuture.northstar.writing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A writing-check settings file: the project's own ({@code config/...yml}) when it has one, otherwise
 * the copy bundled with North Star. Read with SnakeYAML's safe constructor.
 *
 * @param name   how to name the file in messages
 * @param values its top-level keys
 */
public record SettingsFile(String name, Map<?, ?> values) {

    public static SettingsFile load(Path file, String bundled) throws IOException {
        if (file != null && Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, file.toString());
            }
        }
        try (InputStream in = SettingsFile.class.getResourceAsStream(bundled)) {
            return parse(in, "the built-in " + bundled);
        }
    }

    private static SettingsFile parse(InputStream in, String name) throws IOException {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (RuntimeException e) {
            throw new IOException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(loaded instanceof Map<?, ?> values)) {
            throw new IOException(name + ": must be lines of key: value");
        }
        return new SettingsFile(name, values);
    }
}
