package org.socialcarefuture.northstar.problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What the build does with a failure nobody foresaw in one page's processing (a bug, or input deeper than
 * a library's recursion can take): a volunteer never sees a Java stack trace. The page gets a Problem that
 * names its file and asks for a report, the trace goes to a log file beside the site, and the other pages
 * are still checked.
 */
public final class Unexpected {

    /** Enough for thousands of nested levels in the libraries that recurse (flexmark, java.util.regex). */
    private static final long DEEP_STACK_BYTES = 256L * 1024 * 1024;

    private final Path log;
    private final String shownAs;
    /** The log holds one run's traces: the first of a run starts it afresh. */
    private boolean written;

    /**
     * @param log     the file the traces go to, e.g. {@code target/north-star-crash.log}
     * @param shownAs the log's name as the volunteer would type it
     */
    public Unexpected(Path log, String shownAs) {
        this.log = log;
        this.shownAs = shownAs;
    }

    /**
     * Runs {@code work}; should it overflow the stack (a library recursing once per level of the input), runs it
     * again on a thread with a stack deep enough for input far past anything a page needs.
     */
    public static <T> T withDeepStack(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError overflow) {
            AtomicReference<T> result = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread deep = new Thread(null, () -> {
                try {
                    result.set(work.get());
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "north-star-deep-page", DEEP_STACK_BYTES);
            deep.start();
            try {
                deep.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw overflow;
            }
            if (failure.get() instanceof RuntimeException e) {
                throw e;
            }
            if (failure.get() instanceof Error e) {
                throw e;
            }
            return result.get();
        }
    }

    /** Whether a failure is one to turn into a Problem (an I/O failure of the output has its own message). */
    public static boolean isUnexpected(Throwable failure) {
        return !(failure instanceof java.io.UncheckedIOException) && (failure instanceof RuntimeException
                || failure instanceof StackOverflowError || failure instanceof AssertionError);
    }

    /** Writes the trace to the log and returns the problem to report against {@code file}. */
    public Problem problem(String file, String what, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String logged = shownAs;
        try {
            synchronized (this) {
                Files.createDirectories(log.toAbsolutePath().getParent());
                Files.writeString(log, "--- " + file + " (" + what + ")\n" + trace, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, written ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
                written = true;
            }
        } catch (IOException e) {
            logged = "(the log " + logged + " could not be written: " + e.getMessage() + ")";
        }
        return Problem.error(file, 0, "internal", "North Star could not " + what + " (" + failure.getClass().getSimpleName()
                + "); this is a fault in North Star, not in your writing, and the other pages were still checked",
                "please report it, with the file and " + logged + "; until it is fixed, try taking out the part of the page"
                        + " you changed last");
    }
}
