package io.github.interviewkit.analytics;

import io.github.interviewkit.scoring.ScoringInputException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The compact binary form of the partial results: a kind tag and a format version, then variable
 * length integers (zig-zag, 7 bits a byte), IEEE doubles and UTF-8 strings. Reading checks
 * everything it reads and rejects a malformed or truncated form with one
 * {@link ScoringInputException}; it never allocates more than the input can hold.
 */
final class Bytes {
    static final int VERSION = 1;

    private Bytes() {}

    /** Writes one partial result. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

        Writer(char kind) {
            out.write(kind);
            out.write(VERSION);
        }

        Writer varLong(long value) {
            long zigzag = (value << 1) ^ (value >> 63);
            while ((zigzag & ~0x7FL) != 0) {
                out.write((int) ((zigzag & 0x7F) | 0x80));
                zigzag >>>= 7;
            }
            out.write((int) zigzag);
            return this;
        }

        Writer doubleValue(double value) {
            long bits = Double.doubleToRawLongBits(value);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (bits >>> shift));
            }
            return this;
        }

        Writer string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varLong(utf8.length);
            out.write(utf8, 0, utf8.length);
            return this;
        }

        byte[] toBytes() {
            return out.toByteArray();
        }
    }

    /** Reads one partial result, checking every value. */
    static final class Reader {
        private final String subject;
        private final byte[] data;
        private int position;

        Reader(String subject, char kind, byte[] data) {
            this.subject = subject;
            this.data = Objects.requireNonNull(data, "bytes");
            if (data.length < 2 || data[0] != kind) {
                throw malformed("is not the binary form of a " + subject);
            }
            if (data[1] != VERSION) {
                throw malformed("has format version " + data[1] + "; this library reads version " + VERSION);
            }
            position = 2;
        }

        long varLong() {
            long zigzag = 0;
            for (int shift = 0; ; shift += 7) {
                if (position >= data.length || shift > 63) {
                    throw malformed("ends inside a number");
                }
                byte b = data[position++];
                zigzag |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        /** A count: a number between 0 and {@code max}. */
        long count(long max, String what) {
            long value = varLong();
            if (value < 0 || value > max) {
                throw malformed("holds " + value + " as " + what + " (0.." + max + ")");
            }
            return value;
        }

        int intValue(int min, int max, String what) {
            long value = varLong();
            if (value < min || value > max) {
                throw malformed("holds " + value + " as " + what + " (" + min + ".." + max + ")");
            }
            return (int) value;
        }

        double doubleValue() {
            if (data.length - position < 8) {
                throw malformed("ends inside a number");
            }
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (data[position++] & 0xFF);
            }
            return Double.longBitsToDouble(bits);
        }

        double finite(String what) {
            double value = doubleValue();
            if (!Double.isFinite(value)) {
                throw malformed("holds " + value + " as " + what);
            }
            return value;
        }

        /** A string: its UTF-8 length, then its bytes, which must all be there and be well-formed UTF-8. */
        String string() {
            long length = count(Integer.MAX_VALUE, "a string length");
            if (length > data.length - position) {
                throw malformed("ends inside a string of " + length + " bytes");
            }
            String value;
            try {
                value = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(data, position, (int) length)).toString();
            } catch (CharacterCodingException e) {
                throw malformed("holds a string that is not UTF-8 at byte " + position);
            }
            position += (int) length;
            return value;
        }

        /** How many more items of at least one byte each can follow: a bound on any list length. */
        int remaining() {
            return data.length - position;
        }

        void end() {
            if (position != data.length) {
                throw malformed("has " + (data.length - position) + " bytes after its end");
            }
        }

        ScoringInputException malformed(String message) {
            return Inputs.invalid(subject, "bytes", data.length + " bytes", message);
        }
    }
}
