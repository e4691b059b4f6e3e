package dev.foresight.monitortrigger.snapshot;

import dev.foresight.monitortrigger.validation.FieldChecks;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import dev.foresight.shared.input.Bounded;
import dev.foresight.shared.input.InputRules;
import java.time.Duration;
import dev.foresight.shared.input.Bounded;
import dev.foresight.shared.input.InputRules;
import java.time.Instant;
import dev.foresight.shared.input.Bounded;
import dev.foresight.shared.input.InputRules;
import java.util.List;
import dev.foresight.shared.input.Bounded;
import dev.foresight.shared.input.InputRules;
import java.util.Set;

/** What a pushed batch must satisfy; any broken rule rejects the whole batch. */
public final class SnapshotRules {
    public static final int MAX_BATCH = 1000;
    /** Free-form metadata is stored as JSON: bounded like any other input, keys and text checked. */
    static final int MAX_METADATA_ENTRIES = 64;
    static final int MAX_METADATA_DEPTH = 8;
    /** Clocks drift; a snapshot from further ahead is a bug on the sender's side. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private SnapshotRules() {}

    /** The shape of the batch: present, not empty, not oversize (413, so a client splits it). */
    public static void checkSize(SnapshotBatch batch) {
        if (batch == null || batch.snapshots() == null) {
            throw ProblemException.invalid("snapshots", "is required");
        }
        if (batch.snapshots().isEmpty()) {
            throw ProblemException.invalid("snapshots", "must contain at least 1 snapshot");
        }
        if (batch.snapshots().size() > MAX_BATCH) {
            String rule = "must contain at most " + MAX_BATCH + " snapshots, got " + batch.snapshots().size();
            throw new ProblemException(new Problem("about:blank", "Content Too Large", 413, "snapshots: " + rule,
                    null, List.of(new Problem.FieldError("snapshots", rule))));
        }
    }

    /** Every entry against the rules; {@code known} are the registered service names. */
    public static List<Problem.FieldError> check(List<SnapshotInput> snapshots, Set<String> known, Instant now) {
        FieldChecks checks = new FieldChecks();
        Instant latest = now.plus(MAX_CLOCK_SKEW);
        for (int i = 0; i < snapshots.size(); i++) {
            String at = "snapshots[" + i + "]";
            SnapshotInput s = snapshots.get(i);
            if (s == null) {
                checks.fail(at, "must be an object");
                continue;
            }
            checks.required(at + ".service", s.service());
            if (s.service() != null && !s.service().isBlank() && !known.contains(s.service())) {
                checks.fail(at + ".service", "unknown service " + Bounded.quote(s.service()));
            }
            if (s.time() != null && s.time().toInstant().isAfter(latest)) {
                checks.fail(at + ".time", "must not be more than 5 minutes in the future");
            } else if (s.time() != null && s.time().toInstant().isBefore(InputRules.EARLIEST)) {
                checks.fail(at + ".time", "must not be before " + InputRules.EARLIEST);
            }
            if (s.metadata() != null) {
                InputRules.jsonValue(at + ".metadata", s.metadata(), MAX_METADATA_DEPTH, MAX_METADATA_ENTRIES, InputRules.MAX_TEXT)
                        .ifPresent(v -> checks.fail(v.field(), v.rule()));
            }
            checks.fraction(at + ".health", s.health())
                    .nonNegative(at + ".latencyMs", s.latencyMs())
                    .fraction(at + ".errorRate", s.errorRate())
                    .fraction(at + ".cpu", s.cpu())
                    .fraction(at + ".memory", s.memory())
                    .nonNegative(at + ".requestCount", s.requestCount());
        }
        return checks.errors();
    }
}
