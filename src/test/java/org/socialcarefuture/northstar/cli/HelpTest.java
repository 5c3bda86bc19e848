package org.socialcarefuture.northstar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code --help} as a reader sees it: every line in step, and every option of every command in it. */
class HelpTest {

    private static final String JAR = "  java -jar north-star.jar ";

    @Test
    void everyLineOfTheHelpStartsInTheSameColumnAndContinuationsLineUpUnderTheirCommand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Clock.systemUTC()).run(new String[] {"--help"});
        assertEquals(0, code);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("usage:", lines.get(0));
        String command = null;
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith(JAR)) {
                command = line.substring(JAR.length()).split(" ")[0];
            } else {
                // a continuation: its first option starts one space after "java -jar north-star.jar <command>"
                assertTrue(command != null, line);
                int column = JAR.length() + command.length() + 1;
                assertEquals(" ".repeat(column), line.substring(0, column), "out of step: " + line);
                assertTrue(line.charAt(column) == '[', "out of step: " + line);
            }
        }
        String help = String.join("\n", lines);
        for (Commands.Command each : Commands.ALL) {
            assertTrue(help.contains(JAR + each.name()), each.name());
            for (Commands.Option option : each.options()) {
                assertTrue(help.contains("[" + option.name()) || help.contains(option.name() + " "), each.name() + " " + option.name());
            }
        }
    }
}
