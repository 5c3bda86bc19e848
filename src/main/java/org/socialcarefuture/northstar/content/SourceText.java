package org.socialcarefuture.northstar.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text the way volunteers expect: UTF-8 (with or without a BOM),
 * any line endings. Anything else is refused with the byte offset, never guessed.
 */
public final class SourceText {

    /** Larger than any real post by far; refusing early keeps a pasted-in file from exhausting memory. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private SourceText() {
    }

    /** Thrown for bytes that are not UTF-8; {@code line} is where the first bad byte sits. */
    public static final class NotUtf8Exception extends Exception {
        private final int line;

        NotUtf8Exception(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static String decode(byte[] bytes) throws NotUtf8Exception {
        int start = hasBom(bytes) ? 3 : 0;
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(input).toString();
            return normaliseLineEndings(text);
        } catch (MalformedInputException e) {
            int badByte = input.position();
            return failAt(bytes, start, badByte);
        } catch (CharacterCodingException e) {
            return failAt(bytes, start, input.position());
        }
    }

    private static String failAt(byte[] bytes, int from, int badByte) throws NotUtf8Exception {
        int line = 1;
        for (int i = from; i < Math.min(badByte, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        throw new NotUtf8Exception(line, "the file is not UTF-8 text (bad byte at offset " + badByte + ")");
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * Text with the characters no web page or feed may carry taken out: control characters (but tab and line
     * feed), and Unicode's noncharacters. They are invisible, usually pasted from another program, and one in a
     * title would stop a feed being written. {@code first} is the offset of the first one taken out, or -1.
     */
    public record Cleaned(String text, int removed, int first, int firstCodePoint) {
    }

    public static Cleaned withoutForbiddenCharacters(String text) {
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return new Cleaned(text, 0, -1, 0);
        }
        StringBuilder out = new StringBuilder(text.length());
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (forbidden(c)) {
                removed++;
            } else {
                out.append(c);
            }
        }
        return new Cleaned(out.toString(), removed, first, text.charAt(first));
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF)
                || c == 0xFFFE || c == 0xFFFF;
    }

    /** CRLF (Windows) and lone CR (old Mac) become LF, so line numbers match every editor. */
    static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
