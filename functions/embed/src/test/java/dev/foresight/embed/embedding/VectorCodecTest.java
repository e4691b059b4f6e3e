package dev.foresight.embed.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VectorCodecTest {

    @Test
    void storesLittleEndianFloats() {
        // 1.0f is 0x3F800000: little-endian bytes 00 00 80 3F
        assertEquals("AACAPw==", VectorCodec.encode(new float[] {1.0f}));
    }

    @Test
    void roundTripsExactly() {
        float[] vector = {0.1f, -0.25f, Float.MIN_VALUE, 3.4e38f, -0.0f, 0.7071068f};
        float[] decoded = VectorCodec.decode(VectorCodec.encode(vector), vector.length).orElseThrow();
        assertArrayEquals(vector, decoded);
    }

    @Test
    void roundTripsAFullSizeVector() {
        float[] vector = new float[384];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) Math.sin(i);
        }
        String encoded = VectorCodec.encode(vector);
        assertEquals(2048, encoded.length(), "384 floats are 1536 bytes, 2048 base64 characters");
        assertArrayEquals(vector, VectorCodec.decode(encoded, 384).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "not base64, '***'",
        "too few bytes, AACAPw==",
        "length not a whole float, AAAA"
    })
    void rejectsWhatIsNotAVectorOfTheExpectedSize(String name, String encoded) {
        assertTrue(VectorCodec.decode(encoded, 2).isEmpty());
    }

    @Test
    void rejectsTooManyBytes() {
        String three = Base64.getEncoder().encodeToString(new byte[12]);
        assertTrue(VectorCodec.decode(three, 2).isEmpty());
    }
}
