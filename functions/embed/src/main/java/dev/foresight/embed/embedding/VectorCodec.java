package dev.foresight.embed.embedding;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Optional;

/**
 * Vectors as base64 of little-endian IEEE-754 floats: 384 dimensions take 2 KB in Redis, a third of
 * their decimal text, and decode exactly to the floats that were stored.
 */
public final class VectorCodec {
    private VectorCodec() {}

    public static String encode(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /** The vector, or empty when {@code encoded} is not a vector of {@code dimensions} floats. */
    public static Optional<float[]> decode(String encoded, int dimensions) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != dimensions * Float.BYTES) {
            return Optional.empty();
        }
        float[] vector = new float[dimensions];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return Optional.of(vector);
    }
}
