package dev.foresight.tokenrefresh.oauth;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** A set of scope tokens (RFC 6749 §3.3), kept sorted so its text form is stable. */
public record Scope(SortedSet<String> values) {
    /** §3.3 scope-token: %x21 / %x23-5B / %x5D-7E, i.e. printable ASCII but space, '"' and '\'. */
    private static final Pattern TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    public static final Scope EMPTY = new Scope(new TreeSet<>());

    public Scope {
        values = Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    public static boolean isToken(String value) {
        return value != null && TOKEN.matcher(value).matches();
    }

    /** Parses a space-separated list; throws IllegalArgumentException naming the malformed token. */
    public static Scope parse(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return EMPTY;
        }
        return of(Arrays.asList(spaceSeparated.trim().split(" +")));
    }

    public static Scope of(Collection<String> tokens) {
        for (String token : tokens) {
            if (!isToken(token)) {
                throw new IllegalArgumentException("scope \"" + token + "\" is not a valid scope token (RFC 6749 §3.3)");
            }
        }
        return new Scope(new TreeSet<>(tokens));
    }

    public Scope intersect(Scope other) {
        TreeSet<String> common = new TreeSet<>(values);
        common.retainAll(other.values);
        return new Scope(common);
    }

    /** The tokens of this scope that {@code allowed} does not contain. */
    public SortedSet<String> outside(Scope allowed) {
        TreeSet<String> extra = new TreeSet<>(values);
        extra.removeAll(allowed.values);
        return extra;
    }

    @Override
    public String toString() {
        return String.join(" ", values);
    }
}
