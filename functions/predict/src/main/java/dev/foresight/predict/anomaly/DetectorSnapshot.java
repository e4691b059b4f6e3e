package dev.foresight.predict.anomaly;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A detector's whole state as bytes, so a stream's detector can be kept between monitor cycles
 * and advanced by the new points only, with their real timestamps, instead of replaying the
 * history. The bytes carry a format version and the detector's settings: a state written by
 * another format or under other settings is not restored (the caller starts afresh from the
 * history), because its windows and profiles would mean something else.
 * <p>
 * Layout: magic {@code FSOD}, format version, settings as text, then each component's fields in
 * a fixed order ({@code write}/{@code read} in each class). Restoring then continuing gives the
 * very scores an uninterrupted detector gives ({@code DetectorSnapshotTest}).
 */
public final class DetectorSnapshot {
    /** Bumped whenever a component's fields change; older states are then simply not restored. */
    public static final int FORMAT = 1;
    private static final int MAGIC = 0x46534F44; // "FSOD"

    private DetectorSnapshot() {
    }

    public static byte[] save(OnlineDetector detector) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(detector.config().toString());
            detector.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * The detector the bytes describe, if they were written by this format under these settings;
     * empty otherwise (another version, other settings, or damaged bytes).
     */
    public static Optional<OnlineDetector> restore(OnlineDetectorConfig config, byte[] state) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(config.toString())) {
                return Optional.empty();
            }
            OnlineDetector detector = new OnlineDetector(config);
            detector.read(in);
            return in.read() == -1 ? Optional.of(detector) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Format version of the bytes, or -1 when they are not a detector state. */
    public static int format(byte[] state) {
        if (state.length < 8) {
            return -1;
        }
        int magic = ((state[0] & 0xff) << 24) | ((state[1] & 0xff) << 16) | ((state[2] & 0xff) << 8) | (state[3] & 0xff);
        return magic != MAGIC ? -1
                : ((state[4] & 0xff) << 24) | ((state[5] & 0xff) << 16) | ((state[6] & 0xff) << 8) | (state[7] & 0xff);
    }

    static void expect(String what, int expected, int found) throws IOException {
        if (expected != found) {
            throw new IOException(what + ": state has " + found + ", the detector " + expected);
        }
    }
}
