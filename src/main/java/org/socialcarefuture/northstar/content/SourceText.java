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

    /** CRLF (Windows) and lone CR (old Mac) become LF, so line numbers match every editor. */
    static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
