package org.socialcarefuture.northstar.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What every cache of the bake does (its pages and files, PDFs, print pictures): digest what it keeps, and write it whole. */
public final class CacheFiles {

    private CacheFiles() {
    }

    /** A new SHA-256 (every Java has one). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The SHA-256 of {@code bytes} as 64 hex digits. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The SHA-256 of {@code text}'s UTF-8 as 64 hex digits. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file of a cache whole or not at all: another bake, or a crash, never finds half of one. */
    public static void writeWhole(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path making = file.resolveSibling(file.getFileName() + ".making-" + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId());
        Files.write(making, bytes);
        Files.move(making, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
