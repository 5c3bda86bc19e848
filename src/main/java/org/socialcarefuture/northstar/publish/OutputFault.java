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
}
