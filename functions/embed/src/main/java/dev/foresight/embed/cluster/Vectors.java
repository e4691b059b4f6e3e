package dev.foresight.embed.cluster;

/** Vector arithmetic for clustering. */
public final class Vectors {
    private Vectors() {}

    /** Cosine similarity in [-1, 1]; 0 when either vector is all zeros (it has no direction). */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimensions differ: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        if (normA == 0 || normB == 0) {
            return 0;
        }
        return Math.max(-1, Math.min(1, dot / Math.sqrt(normA * normB)));
    }
}
