package dev.foresight.tokenrefresh.key;

import dev.foresight.tokenrefresh.key.KeyRotationPolicy.Decision;
import dev.foresight.tokenrefresh.key.KeyRotationPolicy.KeyAge;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The signing keys in a directory shared by every instance: one PKCS#8 PEM file per key, named by
 * its creation time in epoch milliseconds ({@code 1764709800000.pem}). The name is the only state, so
 * every instance reading the directory reaches the same {@link KeyRotationPolicy} decision.
 * Retired keys' files are left in place (an operator may archive them); they are never published.
 */
public final class KeyRing {
    private static final String SUFFIX = ".pem";

    private final Path directory;
    private final KeyRotationPolicy policy;
    private final KeyRotationListener listener;
    private final Clock clock;
    /** kid → creation time, as read from the file names by the last {@link #readAll()}. */
    private final Map<String, Instant> created = new LinkedHashMap<>();
    private volatile State state;

    /** What the last {@link #reload()} decided. */
    public record State(SigningKey signing, List<SigningKey> published) {}

    public KeyRing(Path directory, KeyRotationPolicy policy, KeyRotationListener listener, Clock clock) {
        this.directory = directory;
        this.policy = policy;
        this.listener = listener;
        this.clock = clock;
        reload();
    }

    public State state() {
        return state;
    }

    /** Re-reads the directory, creating a key when the policy says one is due. */
    public synchronized State reload() {
        Map<String, SigningKey> keys = readAll();
        Decision decision = policy.decide(ages(keys), clock.instant());
        if (decision.rotationDue()) {
            create(decision.signing());
            keys = readAll();
            decision = policy.decide(ages(keys), clock.instant());
        }
        List<SigningKey> published = new ArrayList<>();
        for (String kid : decision.published()) {
            published.add(keys.get(kid));
        }
        state = new State(keys.get(decision.signing()), List.copyOf(published));
        return state;
    }

    /**
     * Creates a new key now (published at once, signing after the policy's lead). A rotation asked
     * for within the millisecond of the newest key is named one millisecond after it, so it always
     * makes a key (published from that millisecond, at the next {@link #reload()}).
     */
    public synchronized State rotate() {
        readAll();
        long newest = created.values().stream().mapToLong(Instant::toEpochMilli).max().orElse(Long.MIN_VALUE);
        create(state == null ? null : state.signing().kid(), Math.max(clock.millis(), newest + 1));
        return reload();
    }

    private void create(String previousKid) {
        create(previousKid, clock.millis());
    }

    private void create(String previousKid, long epochMilli) {
        Path file = directory.resolve(epochMilli + SUFFIX);
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                return; // another instance rotated in the same millisecond
            }
            SigningKey key = SigningKeyFile.create(file);
            listener.rotated(key.kid(), previousKid);
        } catch (FileAlreadyExistsException anotherInstanceWon) {
            // the other instance's key is the one: nothing to do
        } catch (IOException e) {
            throw new IllegalStateException("cannot write signing key \"" + file + "\": " + e.getMessage(), e);
        }
    }

    private Map<String, SigningKey> readAll() {
        Map<String, SigningKey> keys = new LinkedHashMap<>();
        created.clear();
        if (!Files.isDirectory(directory)) {
            return keys;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[0-9]{1,13}\\.pem")).sorted().toList()) {
                SigningKey key = SigningKeyFile.load(file);
                String name = file.getFileName().toString();
                keys.put(key.kid(), key);
                created.put(key.kid(), Instant.ofEpochMilli(Long.parseLong(name.substring(0, name.length() - SUFFIX.length()))));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list signing keys in \"" + directory + "\": " + e.getMessage(), e);
        }
        return keys;
    }

    private List<KeyAge> ages(Map<String, SigningKey> keys) {
        return keys.keySet().stream().map(kid -> new KeyAge(kid, created.get(kid))).toList();
    }
}
