package org.socialcarefuture.northstar.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a video file has sound, read from its MP4 track table (ISO/IEC 14496-12: moov, trak, mdia, hdlr, stsz).
 * A video with no sound needs no captions, but its picture needs describing (WCAG 1.2.1, ACT c3232f); with sound it
 * needs captions (1.2.2). A page cannot say which, so the gate reads the file when it is in the site.
 *
 * <p>A sound track can be there and still be silent: editors keep one when the sound is taken out. Digital silence
 * costs an AAC encoder a few bytes a frame (about 2 kbit/s), where any sound people can hear, speech at its lowest
 * settings included, takes 8 kbit/s or more; so a sound track under {@value #SILENT_BELOW} bit/s is silence.
 *
 * <p>Read by hand, not with a library: only three kinds of box are needed, and the MP4 library on Maven Central
 * (isoparser) makes an array as long as a file's sample table says, so a crafted file could use up the memory of
 * the build. This reads at most {@value #MOST} bytes of track table and trusts no length it has not checked.
 */
public final class Soundtrack {

    /** What a file says about its sound. */
    public enum Sound {
        /** A sound track that carries sound. */
        SOUND,
        /** A sound track that carries only silence. */
        SILENT,
        /** No sound track at all. */
        NONE,
        /** Not an MP4 file, or one this cannot read (fragmented, damaged): it may have sound. */
        UNKNOWN;

        /** True when the file certainly has nothing to hear. */
        public boolean nothingToHear() {
            return this == SILENT || this == NONE;
        }
    }

    static final int SILENT_BELOW = 4_000;
    private static final int MOST = 16 * 1024 * 1024;

    private Soundtrack() {
    }

    /** What {@code file} says about its sound; {@link Sound#UNKNOWN} when it cannot be read as MP4. */
    public static Sound of(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer moov = movieBox(channel);
            return moov == null ? Sound.UNKNOWN : soundOf(moov);
        } catch (IOException | RuntimeException unreadable) {
            return Sound.UNKNOWN; // a file the gate cannot read is judged as if it had sound, as before
        }
    }

    /** The body of the top-level moov box, or null when the file is no MP4 or the box is out of reach. */
    private static ByteBuffer movieBox(FileChannel channel) throws IOException {
        long size = channel.size();
        long at = 0;
        boolean first = true;
        while (at + 8 <= size) {
            ByteBuffer header = ByteBuffer.allocate(16);
            channel.read(header, at);
            header.flip();
            if (header.remaining() < 8) {
                return null;
            }
            long length = Integer.toUnsignedLong(header.getInt());
            String type = type(header);
            int headerLength = 8;
            if (length == 1) {
                if (header.remaining() < 8) {
                    return null;
                }
                length = header.getLong();
                headerLength = 16;
            } else if (length == 0) {
                length = size - at;
            }
            if (first && !type.equals("ftyp")) {
                return null; // an MP4 file starts with its file type box; WebM and the rest do not
            }
            first = false;
            if (length < headerLength || at + length > size) {
                return null;
            }
            if (type.equals("moov")) {
                long body = length - headerLength;
                if (body > MOST) {
                    return null;
                }
                ByteBuffer moov = ByteBuffer.allocate((int) body);
                while (moov.hasRemaining() && channel.read(moov, at + headerLength + moov.position()) > 0) {
                    // read the whole box
                }
                return moov.flip();
            }
            at += length;
        }
        return null;
    }

    private static Sound soundOf(ByteBuffer moov) {
        if (child(moov, "mvex") != null) {
            return Sound.UNKNOWN; // a fragmented file keeps its samples' sizes in later boxes, not in the track table
        }
        boolean soundTrack = false;
        for (ByteBuffer trak : children(moov, "trak")) {
            ByteBuffer mdia = child(trak, "mdia");
            ByteBuffer hdlr = mdia == null ? null : child(mdia, "hdlr");
            if (hdlr == null || hdlr.remaining() < 12) {
                continue;
            }
            hdlr.position(hdlr.position() + 8); // version and flags, pre_defined
            if (!type(hdlr).equals("soun")) {
                continue;
            }
            soundTrack = true;
            double seconds = seconds(child(mdia, "mdhd"));
            ByteBuffer minf = child(mdia, "minf");
            ByteBuffer stbl = minf == null ? null : child(minf, "stbl");
            long bytes = stbl == null ? -1 : sampleBytes(child(stbl, "stsz"));
            if (seconds <= 0 || bytes < 0) {
                return Sound.UNKNOWN;
            }
            if (bytes * 8 / seconds >= SILENT_BELOW) {
                return Sound.SOUND;
            }
        }
        return soundTrack ? Sound.SILENT : Sound.NONE;
    }

    /** The track's length from its media header, in seconds, or -1. */
    private static double seconds(ByteBuffer mdhd) {
        if (mdhd == null || mdhd.remaining() < 4) {
            return -1;
        }
        int version = mdhd.get(mdhd.position()) & 0xff;
        int at = mdhd.position() + 4;
        if (version == 1 && mdhd.remaining() >= 4 + 16 + 12) {
            long timescale = Integer.toUnsignedLong(mdhd.getInt(at + 16));
            long duration = mdhd.getLong(at + 20);
            return timescale == 0 || duration < 0 ? -1 : duration / (double) timescale;
        }
        if (version == 0 && mdhd.remaining() >= 4 + 8 + 8) {
            long timescale = Integer.toUnsignedLong(mdhd.getInt(at + 8));
            long duration = Integer.toUnsignedLong(mdhd.getInt(at + 12));
            return timescale == 0 ? -1 : duration / (double) timescale;
        }
        return -1;
    }

    /** The bytes of all the track's samples, from its sample size box, or -1 when it has none or cannot be read. */
    private static long sampleBytes(ByteBuffer stsz) {
        if (stsz == null || stsz.remaining() < 12) {
            return -1;
        }
        int at = stsz.position() + 4;
        long each = Integer.toUnsignedLong(stsz.getInt(at));
        long count = Integer.toUnsignedLong(stsz.getInt(at + 4));
        if (count == 0) {
            return -1;
        }
        if (each != 0) {
            return each * count;
        }
        if (count * 4 > stsz.remaining() - 12) {
            return -1; // the table is shorter than it says
        }
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += Integer.toUnsignedLong(stsz.getInt(at + 8 + 4 * i));
        }
        return total;
    }

    private static ByteBuffer child(ByteBuffer parent, String type) {
        java.util.List<ByteBuffer> found = children(parent, type);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The bodies of the boxes of this type directly inside {@code parent}, each a view of its own. */
    private static java.util.List<ByteBuffer> children(ByteBuffer parent, String type) {
        java.util.List<ByteBuffer> found = new java.util.ArrayList<>();
        int at = parent.position();
        int end = parent.limit();
        while (at + 8 <= end) {
            long length = Integer.toUnsignedLong(parent.getInt(at));
            int headerLength = 8;
            if (length == 1) {
                if (at + 16 > end) {
                    break;
                }
                length = parent.getLong(at + 8);
                headerLength = 16;
            } else if (length == 0) {
                length = end - at;
            }
            if (length < headerLength || length > end - at) {
                break; // a box longer than what holds it: the rest cannot be trusted
            }
            byte[] name = new byte[4];
            parent.get(at + 4, name);
            if (new String(name, StandardCharsets.ISO_8859_1).equals(type)) {
                found.add(parent.duplicate().limit(at + (int) length).position(at + headerLength).slice());
            }
            at += (int) length;
        }
        return found;
    }

    private static String type(ByteBuffer buffer) {
        byte[] name = new byte[4];
        buffer.get(name);
        return new String(name, StandardCharsets.ISO_8859_1);
    }
}
