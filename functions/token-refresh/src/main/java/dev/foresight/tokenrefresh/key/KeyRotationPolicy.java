package dev.foresight.tokenrefresh.key;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which signing key signs and which are published, from the keys' creation times alone, so every
 * instance that sees the same keys decides the same. Pure: no clock, no I/O.
 *
 * <p>The schedule of a key created at {@code c}, when the next key was created at {@code c'}:
 * <ul>
 *   <li>published from {@code c} (in the JWKS before it signs, so verifiers that cache the key set
 *       already hold it when the first token it signed reaches them);</li>
 *   <li>signs from {@code c + publishLead} until the next key signs, at {@code c' + publishLead};
 *       the very first key signs at once, as there is no other;</li>
 *   <li>retired (no longer published) at {@code c' + publishLead + overlap}: with an overlap of at
 *       least the access-token lifetime, every token it signed has expired by then.</li>
 * </ul>
 * A new key is due when the newest one is {@code rotationInterval} old.
 */
public record KeyRotationPolicy(Duration publishLead, Duration overlap, Duration rotationInterval) {

    public KeyRotationPolicy {
        if (publishLead.isNegative() || overlap.isNegative() || rotationInterval.isNegative() || rotationInterval.isZero()) {
            throw new IllegalArgumentException("publish lead and overlap must not be negative, the rotation interval must be positive");
        }
    }

    /** A key as the policy sees it: its {@code kid} and when it was created. */
    public record KeyAge(String kid, Instant created) {}

    /** The outcome for one moment: the signing key, the published keys, and whether to create a new one. */
    public record Decision(String signing, List<String> published, List<String> retired, boolean rotationDue) {}

    public Decision decide(List<KeyAge> keys, Instant now) {
        if (keys.isEmpty()) {
            return new Decision(null, List.of(), List.of(), true);
        }
        List<KeyAge> byAge = keys.stream().sorted(Comparator.comparing(KeyAge::created).thenComparing(KeyAge::kid)).toList();
        String signing = byAge.get(0).kid();
        List<String> published = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        for (int i = 0; i < byAge.size(); i++) {
            KeyAge key = byAge.get(i);
            if (i > 0 && !now.isBefore(signsFrom(key))) {
                signing = key.kid();
            }
            Optional<Instant> retires = i + 1 < byAge.size()
                    ? Optional.of(signsFrom(byAge.get(i + 1)).plus(overlap))
                    : Optional.empty();
            if (retires.isPresent() && !now.isBefore(retires.get())) {
                retired.add(key.kid());
            } else if (!now.isBefore(key.created())) {
                published.add(key.kid());
            }
        }
        Instant newest = byAge.get(byAge.size() - 1).created();
        return new Decision(signing, List.copyOf(published), List.copyOf(retired),
                !now.isBefore(newest.plus(rotationInterval)));
    }

    private Instant signsFrom(KeyAge key) {
        return key.created().plus(publishLead);
    }

    /** Refuses an overlap shorter than the access-token lifetime, which would orphan live tokens. */
    public static void requireOverlapCovers(Duration overlap, Duration accessTokenTtl) {
        if (overlap.compareTo(accessTokenTtl) < 0) {
            throw new IllegalStateException("foresight.token-refresh.key-overlap (" + overlap
                    + ") must be at least foresight.token-refresh.access-token-ttl (" + accessTokenTtl + ")");
        }
    }
}
