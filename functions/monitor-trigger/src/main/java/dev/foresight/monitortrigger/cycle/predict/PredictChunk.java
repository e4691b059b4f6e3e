package dev.foresight.monitortrigger.cycle.predict;

import dev.foresight.monitortrigger.client.UpstreamException;
import dev.foresight.monitortrigger.client.UpstreamStatus;
import dev.foresight.monitortrigger.client.UpstreamUnavailable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One chunk of a cycle's services on its way through predict, across the gateway's attempts. A
 * service is settled once: by its prediction, by a refused entry (4xx), or when the attempts run
 * out. Until then it is pending, and a retry asks only for the pending ones, so a broken stream
 * or an entry that failed for a passing reason (5xx) never predicts a service twice.
 */
public final class PredictChunk {
    private final Set<String> pending;
    private final Consumer<PredictOutcome> sink;
    private final Map<String, String> passingFailures = new HashMap<>();

    public PredictChunk(List<String> services, Consumer<PredictOutcome> sink) {
        this.pending = new LinkedHashSet<>(services);
        this.sink = sink;
    }

    /** The services still without an outcome, in order: what the next attempt asks for. */
    public synchronized List<String> pending() {
        return List.copyOf(pending);
    }

    /** One line of the answer to the attempt that asked for {@code asked}, in that order. */
    public synchronized void answer(List<String> asked, PredictLine line) {
        Integer index = line.index();
        String service = index != null && index >= 0 && index < asked.size() ? asked.get(index) : null;
        if (service == null || !service.equals(line.service()) || !pending.contains(service)) {
            return; // not an entry this attempt asked for, or one already settled
        }
        if (line.prediction() != null) {
            settle(PredictOutcome.predicted(service, line.prediction()));
            return;
        }
        PredictLine.Problem problem = line.problem();
        UpstreamException failure = UpstreamStatus.classify("predict",
                problem == null || problem.status() == null ? 500 : problem.status(),
                problem == null ? "a line with neither prediction nor problem" : problem.detail());
        if (failure instanceof UpstreamUnavailable) {
            passingFailures.put(service, failure.getMessage());
        } else {
            settle(PredictOutcome.failed(service, failure.getMessage()));
        }
    }

    /** Once an answer has ended: a service still pending makes the attempt fail, so that it is asked again. */
    public synchronized void requireSettled() {
        if (!pending.isEmpty()) {
            throw new Unsettled(pending.size());
        }
    }

    /** No attempt left: each pending service fails, with its own entry's problem when it had one. */
    public synchronized void giveUp(String why) {
        for (String service : List.copyOf(pending)) {
            settle(PredictOutcome.failed(service, passingFailures.getOrDefault(service, why)));
        }
    }

    private void settle(PredictOutcome outcome) {
        pending.remove(outcome.service());
        sink.accept(outcome);
    }

    /**
     * predict answered, but not every entry: worth another attempt for those, and no sign that
     * predict is down, so the breaker does not count it.
     */
    public static final class Unsettled extends RuntimeException {
        Unsettled(int services) {
            super("predict left " + services + " service" + (services == 1 ? "" : "s") + " of the batch without a prediction");
        }
    }
}
