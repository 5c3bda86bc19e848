package org.socialcarefuture.northstar.publish;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.util.Locale;

/**
 * Tells a file name the file system refuses (the page's fault: its address) from a real disk or permission
 * fault (the machine's: "check that the folder is writable and the disk has space").
 */
public final class OutputFault {

    /** What most file systems allow a file or folder name, in bytes. */
    public static final int NAME_BYTES = 255;

    private OutputFault() {
    }

    /** Why the page's address cannot be a file, in words; null when the fault is the disk's or the folder's. */
    public static String ofAddress(RuntimeException failure) {
        if (failure instanceof InvalidPathException invalid) {
            return "its address holds a character this computer's file names cannot (" + invalid.getReason() + ")";
        }
        if (failure instanceof UncheckedIOException unchecked && unchecked.getCause() instanceof FileSystemException fs
                && !(fs instanceof java.nio.file.AccessDeniedException)) {
            String reason = fs.getReason() == null ? "" : fs.getReason().toLowerCase(Locale.ROOT);
            if (reason.contains("name too long")) {
                return "a part of its address is longer than a file name can be (" + fs.getReason() + ")";
            }
            if (reason.contains("illegal byte sequence")) {
                return "its address holds a character this computer's file names cannot (" + fs.getReason() + ")";
            }
        }
        return null;
    }

    /**
     * Where a failure nobody foresaw is logged for a command writing or reading {@code folder}: beside it, as the
     * cache is ({@code target/north-star-crash.log} for {@code target/site}), or under {@code target/} when beside it
     * would be the folder the volunteer works in (a site baked to {@code site/}): never among their own files.
     */
    public static java.nio.file.Path crashLog(java.nio.file.Path folder) {
        java.nio.file.Path absolute = folder.toAbsolutePath().normalize();
        java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath().normalize();
        java.nio.file.Path beside = absolute.getParent() == null ? here : absolute.getParent();
        return (beside.equals(here) ? here.resolve("target") : beside).resolve("north-star-crash.log");
    }

    /** An I/O failure in words: Java's messages are often just the path. */
    public static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String where = cause.getMessage() == null ? "" : cause.getMessage();
        if (cause instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file and a folder would both be called " + where + " (is there a folder in content/ named like a page or feed?)";
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied for " + where;
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        return where.isEmpty() ? cause.getClass().getSimpleName() : where;
    }
}
