package dev.foresight.alertroute.am.text;

import java.util.Comparator;

/**
 * Orders strings as Go compares them, byte by byte in UTF-8. Java's {@code compareTo} orders UTF-16
 * units, which disagrees for characters beyond the Basic Multilingual Plane; Alertmanager's sorted
 * keys must not.
 */
public final class ByteOrder {
    /** Code point order equals UTF-8 byte order. */
    public static final Comparator<String> UTF8 = ByteOrder::compare;

    private ByteOrder() {}

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
