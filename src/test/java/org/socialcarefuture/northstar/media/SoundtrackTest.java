package org.socialcarefuture.northstar.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.media.Soundtrack.Sound;

/**
 * Whether a video has sound, read from files nobody here made: the W3C ACT Rules' test videos, kept as their
 * track tables (src/test/resources/act/strip-media.py), and files made wrong on purpose.
 */
class SoundtrackTest {

    private static final Path ACT = Path.of("src/test/resources/act/test-assets");

    @TempDir
    Path dir;

    @Test
    void theActVideosWithSoundHaveSoundAndTheSilentOneIsSilent() {
        assertEquals(Sound.SOUND, Soundtrack.of(ACT.resolve("rabbit-video/video.mp4")));
        assertEquals(Sound.SOUND, Soundtrack.of(ACT.resolve("rabbit-video/video-with-voiceover.mp4")));
        assertEquals(Sound.SOUND, Soundtrack.of(ACT.resolve("perspective-video/perspective-video.mp4")));
        // silent.mp4 has a sound track, but only silence in it (590 frames of 6 bytes: about 2 kbit/s)
        assertEquals(Sound.SILENT, Soundtrack.of(ACT.resolve("rabbit-video/silent.mp4")));
    }

    @Test
    void aVideoWithNoSoundTrackHasNone() throws IOException {
        assertEquals(Sound.NONE, Soundtrack.of(write("picture-only.mp4", mp4(track("vide", 1000, 10_000, sizes(100, 5000))))));
    }

    @Test
    void aFileThatIsNotAnMp4OrThatLiesAboutItselfMayHaveSound() throws IOException {
        // WebM (Matroska) starts with its EBML header, not a file type box
        assertEquals(Sound.UNKNOWN, Soundtrack.of(write("clip.webm", new byte[] {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 0, 0, 0, 0, 0x42, (byte) 0x86})));
        assertEquals(Sound.UNKNOWN, Soundtrack.of(write("empty.mp4", new byte[0])));
        assertEquals(Sound.UNKNOWN, Soundtrack.of(dir.resolve("not-there.mp4")));
        // a sample table that says it has two thousand million samples, in a box of a few bytes: not believed, and no memory spent on it
        byte[] lying = mp4(track("soun", 1000, 10_000, box("stsz", ByteBuffer.allocate(12).putInt(0).putInt(0).putInt(0x7fffffff).array())));
        assertEquals(Sound.UNKNOWN, Soundtrack.of(write("lying.mp4", lying)));
        // a box longer than the file
        byte[] cut = mp4(track("soun", 1000, 10_000, sizes(200, 300)));
        assertEquals(Sound.UNKNOWN, Soundtrack.of(write("cut.mp4", java.util.Arrays.copyOf(cut, cut.length - 40))));
        // a fragmented file keeps its samples elsewhere (its track table lists none)
        assertEquals(Sound.UNKNOWN, Soundtrack.of(write("fragmented.mp4", mp4(track("soun", 1000, 10_000, sizes(0, 0)), box("mvex", new byte[0])))));
    }

    @Test
    void aQuietButHeardSoundTrackIsSound() throws IOException {
        // 10 s of sound at 8 kbit/s (the lowest speech settings): 10,000 bytes
        assertEquals(Sound.SOUND, Soundtrack.of(write("quiet.mp4", mp4(track("soun", 1000, 10_000, sizes(100, 100))))));
        // 10 s at 2 kbit/s: digital silence
        assertEquals(Sound.SILENT, Soundtrack.of(write("hush.mp4", mp4(track("soun", 1000, 10_000, sizes(100, 25))))));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] mp4(byte[]... moovChildren) {
        return concat(box("ftyp", "isom\0\0\0\0isom".getBytes(StandardCharsets.ISO_8859_1)), box("moov", concat(moovChildren)),
                box("mdat", new byte[0]));
    }

    /** A track of this handler type, length and timescale, with its sample table box. */
    private static byte[] track(String handler, int timescale, int duration, byte[] stsz) {
        byte[] hdlr = ByteBuffer.allocate(24).putInt(0).putInt(0).put(handler.getBytes(StandardCharsets.ISO_8859_1)).array();
        byte[] mdhd = ByteBuffer.allocate(24).putInt(0).putInt(0).putInt(0).putInt(timescale).putInt(duration).putInt(0).array();
        return box("trak", box("mdia", concat(box("mdhd", mdhd), box("hdlr", hdlr), box("minf", box("stbl", stsz)))));
    }

    /** A sample size box of {@code count} samples of {@code each} bytes, listed one by one. */
    private static byte[] sizes(int count, int each) {
        ByteBuffer body = ByteBuffer.allocate(12 + 4 * count).putInt(0).putInt(0).putInt(count);
        for (int i = 0; i < count; i++) {
            body.putInt(each);
        }
        return box("stsz", body.array());
    }

    private static byte[] box(String type, byte[] body) {
        return concat(ByteBuffer.allocate(8).putInt(8 + body.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).array(), body);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
