package org.socialcarefuture.northstar.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Every command of the jar's public command line, with its options. {@link Main} parses with these lists and prints
 * its usage from them, and the documentation's reference page is made from them too, so the three cannot disagree.
 */
public final class Commands {

    /**
     * One option of a command.
     *
     * @param name    e.g. {@code --content}
     * @param value   what follows it, e.g. {@code content} (its default) or {@code URL}; null for a flag
     * @param meaning what it does, in plain words
     */
    public record Option(String name, String value, String meaning) {
        public boolean isFlag() {
            return value == null;
        }

        String usage() {
            return "[" + name + (isFlag() ? "" : " " + value) + "]";
        }
    }

    /**
     * One command.
     *
     * @param name      the first word, e.g. {@code bake}
     * @param arguments what comes after the name before the options, e.g. {@code SITE_DIR}; empty for none
     * @param summary   what it does
     * @param options   the options it accepts
     */
    public record Command(String name, String arguments, String summary, List<Option> options) {
        List<String> valueOptions() {
            return options.stream().filter(o -> !o.isFlag()).map(Option::name).toList();
        }

        List<String> flags() {
            return options.stream().filter(Option::isFlag).map(Option::name).toList();
        }
    }

    private static final Option CONTENT = new Option("--content", "content", "the folder of Markdown pages and their pictures");
    private static final Option THEME = new Option("--theme", "themes/default",
            "a folder whose files take the place of the bundled theme's files with the same path");
    private static final Option CONFIG = new Option("--config", "site.yml", "the site's settings file");
    private static final Option BASE_URL = new Option("--base-url", "URL",
            "the address the site will have, e.g. https://owner.github.io/repo/ (default: base_url in site.yml)");

    public static final Command BAKE = new Command("bake", "", "bakes the whole site, with the accessibility gate; "
            + "nothing is published unless there are no errors", List.of(CONTENT, THEME,
            new Option("--output", "target/site", "where the site is written (the last good site stays there until a bake succeeds)"),
            BASE_URL, CONFIG,
            new Option("--drafts", null, "include drafts and future posts, with a \"Draft preview\" banner"),
            new Option("--timings", null, "print how long each step took"),
            new Option("--no-cache", null, "make everything from scratch: target/.north-star-cache is neither read nor kept"),
            new Option("--problems-markdown", "FILE", "also write the problems as Markdown, for a pull request's comment")));

    public static final Command SERVE = new Command("serve", "", "the live preview on http://127.0.0.1:8080/: drafts shown, "
            + "rebuilt and reloaded on every save, problems shown over the page", List.of(
            new Option("--port", "8080", "the port to listen on (127.0.0.1 only)"), CONTENT, THEME,
            new Option("--output", "target/preview", "where the preview writes its pages (never target/site)"), CONFIG,
            new Option("--edit", null, "open the browser editor at /admin/ on this folder: each save is a file in content/")));

    public static final Command CHECK = new Command("check", "SITE_DIR", "the accessibility gate and link check on a site that is"
            + " already built", List.of(BASE_URL));

    public static final Command IMPORT_WORDPRESS = new Command("import-wordpress", "EXPORT.xml", "moves a WordPress export into"
            + " content/, keeping every old address as an alias; safe to run twice", List.of(CONTENT,
            new Option("--uploads", "DIR", "WordPress's wp-content/uploads folder: pictures are copied and relinked"),
            new Option("--map", "'Category=folder,...'", "which folder each category's posts go to"), THEME, CONFIG,
            new Option("--all-published", null, "publish every imported post as it was, even those the checks would hold"
                    + " back as drafts (the gate still refuses the bake until they are fixed)")));

    public static final Command NEW = new Command("new", "TYPE \"Title\"", "a new file with its front matter filled in:"
            + " post, newsletter, letter, event, report or page \"Title\"; easy-read content/about.md (the easy-read version of"
            + " that page); site FOLDER --title \"Our group\" (a whole new site); theme-override layout.ftl (a theme file to change)",
            List.of(CONTENT, new Option("--title", "\"Our group\"", "the new site's name (new site only)"), THEME));

    public static final List<Command> ALL = List.of(BAKE, SERVE, CHECK, IMPORT_WORDPRESS, NEW);

    private static final String JAR = "java -jar north-star.jar ";

    private Commands() {
    }

    /**
     * The usage text: each command on its own line, options wrapped under the first one, every line of a command
     * starting in the same column (the help printed its last two lines out of step when this was written by hand).
     */
    static String usage() {
        StringBuilder text = new StringBuilder("usage:\n");
        for (Command command : ALL) {
            if (command == NEW) {
                text.append(line("new post|newsletter|letter|event|report|page \"Title\" [--content content]", ""));
                text.append(line("new easy-read content/about.md", "(the easy-read version of that page)"));
                text.append(line("new site FOLDER --title \"Our group\"", "(a whole new site of your own, ready to build)"));
                text.append(line("new theme-override layout.ftl [--theme themes/default]", "(copy a theme file to change it)"));
                continue;
            }
            String head = command.name() + (command.arguments().isEmpty() ? "" : " " + command.arguments());
            List<String> rows = new ArrayList<>();
            StringBuilder row = new StringBuilder(head);
            String indent = " ".repeat(command.name().length()); // continuations line up one space after the command's name
            for (Option option : command.options()) {
                if (row.length() + 1 + option.usage().length() > 100) {
                    rows.add(row.toString());
                    row = new StringBuilder(indent);
                }
                row.append(' ').append(option.usage());
            }
            rows.add(row.toString());
            for (int i = 0; i < rows.size(); i++) {
                text.append(i == 0 ? "  " + JAR : "  " + " ".repeat(JAR.length())).append(rows.get(i)).append('\n');
            }
        }
        return text.toString();
    }

    private static String line(String command, String note) {
        return "  " + JAR + command + (note.isEmpty() ? "" : "  " + note) + "\n";
    }
}
