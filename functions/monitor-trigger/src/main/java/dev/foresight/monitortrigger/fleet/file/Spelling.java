package dev.foresight.monitortrigger.fleet.file;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The declared name a misspelt one most likely meant: one edit away (two for names of six or more). */
final class Spelling {
    private Spelling() {}

    static Optional<String> closest(String typed, Collection<String> names) {
        // a short name is one or two edits from many others: suggesting one would be a guess
        int allowed = typed.length() < 4 ? 0 : typed.length() < 6 ? 1 : 2;
        return names.stream()
                .filter(n -> Math.abs(n.length() - typed.length()) <= allowed)
                .map(n -> java.util.Map.entry(n, edits(typed, n)))
                .filter(e -> e.getValue() <= allowed)
                .min(Comparator.comparing((java.util.Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(java.util.Map.Entry::getKey))
                .map(java.util.Map.Entry::getKey);
    }

    /** Levenshtein distance. */
    static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + change);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
