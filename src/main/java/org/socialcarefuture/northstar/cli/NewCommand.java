package org.socialcarefuture.northstar.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.socialcarefuture.northstar.content.Dates;
import org.socialcarefuture.northstar.content.Placeholders;
import org.socialcarefuture.northstar.content.Slugs;

/** {@code new post "Title"}: writes a file with the front matter filled in, so volunteers start from something valid. */
final class NewCommand {

    private NewCommand() {
    }

    static int run(Arguments arguments, Clock clock, PrintStream out, PrintStream err) throws Arguments.UsageException {
        if (!arguments.positional().isEmpty() && arguments.positional().get(0).equals("site")) {
            return site(arguments, clock, out);
        }
        if (!arguments.positional().isEmpty() && arguments.positional().get(0).equals("theme-override")) {
            return themeOverride(arguments, out);
        }
        if (arguments.positional().size() != 2) {
            throw new Arguments.UsageException("new needs a type and a title (or, for easy-read, the main file), e.g. new post \"Our pledge\"");
        }
        String type = arguments.positional().get(0);
        String title = arguments.positional().get(1);
        Path content = Path.of(arguments.value("--content", "content"));
        LocalDate today = LocalDate.now(clock.withZone(Dates.LONDON));
        Path file;
        String frontMatter;
        String quotedTitle = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        switch (type) {
            case "post", "newsletter", "letter" -> {
                String folder = switch (type) {
                    case "post" -> "blog";
                    case "newsletter" -> "newsletters";
                    default -> "letters";
                };
                file = content.resolve(folder).resolve(today + "-" + slug(title) + ".md");
                frontMatter = "title: " + quotedTitle + "\ndate: " + today + "\nauthor: " + Placeholders.AUTHOR + "\ntags: []\nsummary: \"" + Placeholders.SUMMARY + "\"\nstatus: draft\n"
                        + (type.equals("letter") ? "to:\n  - " + Placeholders.ADDRESSEE + "\nsignatories:\n  - name: " + Placeholders.AUTHOR + "\n    role: "
                                + Placeholders.ROLE + "\n    organisation: " + Placeholders.ORGANISATION + "\n" : "");
            }
            case "event" -> {
                file = content.resolve("events").resolve(slug(title) + ".md");
                String day = today.plusWeeks(2).toString();
                frontMatter = "title: " + quotedTitle + "\nsummary: \"" + Placeholders.EVENT_SUMMARY + "\"\n"
                        + "# When it starts and ends: the day, then the time on the 24-hour clock, in local time.\n"
                        + "start: " + day + " 14:00\nend: " + day + " 15:30\n"
                        + "# timezone: Europe/London    (the default; any other, e.g. Europe/Dublin, is an IANA name)\n"
                        + "# Where: a place with its address...\n"
                        + "location: \"" + Placeholders.EVENT_LOCATION + "\"\n"
                        + "# ...or online, instead of location:\n"
                        + "# online: true\n"
                        + "# joining: link sent on booking    (or the meeting's link)\n"
                        + "# booking: https://...    (where people book a place)\n"
                        + "# cost: Free\n"
                        + "# organiser: who runs it\n"
                        + "# access: what helps people take part; the words bsl, captions, step-free, quiet-space,\n"
                        + "#   hearing-loop, easy-read and breaks, and sentences of your own:\n"
                        + "# access: [captions, breaks, \"Tell us when you book what would help you take part\"]\n"
                        + "# When plans change: status: postponed, or status: cancelled (the page then says so plainly).\n"
                        + "tags: []\nstatus: draft\n";
            }
            case "report" -> {
                file = content.resolve("reports").resolve(slug(title) + ".md");
                frontMatter = "title: " + quotedTitle + "\ndate: " + today + "\nsummary: \"" + Placeholders.REPORT_SUMMARY + "\"\nstatus: draft\n";
            }
            case "page" -> {
                file = content.resolve(slug(title) + ".md");
                frontMatter = "title: " + quotedTitle + "\nsummary: \"" + Placeholders.PAGE_SUMMARY + "\"\nstatus: draft\n";
            }
            case "easy-read" -> {
                Path main = Path.of(title);
                if (!main.toString().endsWith(".md") || main.toString().endsWith(".easy.md")) {
                    throw new Arguments.UsageException("new easy-read needs the main page's Markdown file, e.g. new easy-read content/about.md");
                }
                if (!Files.isRegularFile(main)) {
                    throw new Arguments.UsageException(main + " does not exist; give the path of the page's Markdown file from"
                            + " this folder, e.g. new easy-read content/about.md");
                }
                String name = main.getFileName().toString();
                file = main.resolveSibling(name.substring(0, name.length() - 3) + ".easy.md");
                frontMatter = "title: \"" + Placeholders.EASY_READ_TITLE + "\"\nstatus: draft\n";
            }
            default -> throw new Arguments.UsageException("unknown type \"" + type + "\"; use post, newsletter, letter, event, report, page or easy-read");
        }
        if (Files.exists(file)) {
            err.println(file + " already exists; choose another title or edit that file");
            return 1;
        }
        String body = type.equals("easy-read")
                ? "![Two people talking](icon:talk) " + Placeholders.EASY_READ_POINT + "\n\n![A house](icon:home) "
                        + Placeholders.EASY_READ_PICTURE_POINT + "\n"
                : Placeholders.BODY + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\n" + frontMatter + "---\n\n" + body);
        } catch (IOException e) {
            err.println("could not write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("Created " + file.toString().replace('\\', '/'));
        return 0;
    }

    private static String slug(String title) throws Arguments.UsageException {
        String slug = Slugs.of(title);
        if (slug.isEmpty()) {
            throw new Arguments.UsageException("the title needs some letters or digits");
        }
        return slug;
    }

    /** {@code new site DIR --title "Leeds Carers Voice"}: a whole site of a group's own, ready to build and publish. */
    private static int site(Arguments arguments, Clock clock, PrintStream out) throws Arguments.UsageException {
        if (arguments.positional().size() != 2 || !arguments.has("--title")) {
            throw new Arguments.UsageException("new site needs a folder and the site's name, e.g. new site leeds-carers --title \"Leeds Carers Voice\"");
        }
        Path folder = Path.of(arguments.positional().get(1));
        try {
            var written = org.socialcarefuture.northstar.starter.NewSite.write(folder, arguments.value("--title", ""),
                    LocalDate.now(clock.withZone(Dates.LONDON)), org.socialcarefuture.northstar.starter.NewSite.Release.ofThisBuild());
            written.forEach(file -> out.println("wrote " + folder.resolve(file)));
            out.println("Your site is ready. Next:\n  cd " + folder + "\n  mvn package          (builds it into target/site/)"
                    + "\n  mvn northstar:serve  (shows it at http://127.0.0.1:8080/ as you write)\nIts settings are in site.yml; README.md says the rest.");
            return 0;
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        } catch (IOException e) {
            throw new Arguments.UsageException("the site could not be written: " + e.getMessage());
        }
    }

    /** {@code new theme-override layout.ftl}: one file of the default theme copied into the site's theme folder, to change. */
    private static int themeOverride(Arguments arguments, PrintStream out) throws Arguments.UsageException {
        if (arguments.positional().size() != 2) {
            throw new Arguments.UsageException("new theme-override needs the theme file to copy, e.g. new theme-override layout.ftl");
        }
        try {
            Path copied = org.socialcarefuture.northstar.starter.NewSite.themeOverride(Path.of(arguments.value("--theme", "themes/default")),
                    arguments.positional().get(1));
            out.println("wrote " + copied + ": the site now uses this copy instead of the default theme's; change it as you like");
            return 0;
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        } catch (IOException e) {
            throw new Arguments.UsageException("the file could not be copied: " + e.getMessage());
        }
    }
}
