package org.socialcarefuture.northstar.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.socialcarefuture.northstar.Build;

/** A name the file system refuses is the page's problem; a full disk or a locked folder stays the machine's. */
class OutputFaultTest {

    @Test
    void aNameTooLongOrWithACharacterTheSystemCannotHoldIsThePagesFault() {
        String tooLong = OutputFault.ofAddress(new UncheckedIOException(new FileSystemException("site/tags/x", null, "File name too long")));
        assertTrue(tooLong != null && tooLong.contains("longer than a file name can be"), tooLong);
        String invalid = OutputFault.ofAddress(new InvalidPathException("foo\0bar", "Nul character not allowed"));
        assertTrue(invalid != null && invalid.contains("Nul character not allowed"), invalid);
    }

    @Test
    void aFullDiskOrALockedFolderIsNot() {
        assertNull(OutputFault.ofAddress(new UncheckedIOException(new FileSystemException("site/x", null, "No space left on device"))));
        assertNull(OutputFault.ofAddress(new UncheckedIOException(new AccessDeniedException("site/x"))));
        assertNull(OutputFault.ofAddress(new IllegalStateException("anything else")));
    }

    @Test
    void theCrashLogGoesBesideTheSiteNeverInTheWorkingFolder() {
        Path here = Path.of("").toAbsolutePath().normalize();
        assertEquals(here.resolve("target/north-star-crash.log"), Build.crashLog(Path.of("target/site")));
        assertEquals(here.resolve("target/north-star-crash.log"), Build.crashLog(Path.of("site")),
                "a site baked into the working folder: the log goes under target/, not among the volunteer's files");
        assertEquals(Path.of("/tmp/x/north-star-crash.log"), Build.crashLog(Path.of("/tmp/x/site")));
    }
}
