package org.socialcarefuture.northstar.body;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.easyread.EasyReadLint;
import org.socialcarefuture.northstar.easyread.EasyReadRules;
import org.socialcarefuture.northstar.language.LanguageLint;
import org.socialcarefuture.northstar.language.LanguageRules;
import org.socialcarefuture.northstar.problem.Display;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.writing.MarkdownText;
import org.socialcarefuture.northstar.writing.Readability;

/**
 * The writing checks of one bake: the movement's language, easy-read guidance, and each page's readability.
 *
 * @param settings the settings as read, so that a reuse knows when they changed (see memo/Reuse)
 */
public record WritingChecks(LanguageLint language, EasyReadLint easyRead, List<Object> settings) {

    /**
     * The checks with the settings in {@code config} (warnings unless they say otherwise), or null after
     * reporting settings that cannot be read.
     */
    public static WritingChecks load(Path config, Problems problems) {
        try {
            LanguageRules language = LanguageRules.load(config.resolve("language.yml"));
            EasyReadRules easyRead = EasyReadRules.load(config.resolve("easy-read.yml"));
            return new WritingChecks(new LanguageLint(language), new EasyReadLint(easyRead), List.of(language, easyRead));
        } catch (IOException e) {
            problems.error(Display.path(config), 0, "config", e.getMessage(), "fix the settings file; the comments in it show the format");
            return null;
        }
    }

    /** The settings a reuse compares: none when they could not be read. */
    public static List<Object> settingsOf(WritingChecks checks) {
        return checks == null ? List.of() : checks.settings();
    }

    Readability check(Page page, MarkdownText text, Problems problems) {
        problems.addAll(language.check(page, text));
        if (page.easyRead()) {
            problems.addAll(easyRead.check(page, text));
        }
        return Readability.of(page, text.blocks());
    }
}
