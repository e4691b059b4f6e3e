package dev.foresight.monitortrigger.cycle.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.foresight.monitortrigger.config.MonitorTriggerConfig;
import dev.foresight.monitortrigger.cycle.CycleReport;
import dev.foresight.monitortrigger.cycle.CycleService;
import dev.foresight.shared.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * A trigger runs a cycle, unless it carries an idempotency key already seen: then the first
 * cycle's report is answered again (a retried CloudEvent delivery, a re-sent cycleId).
 */
@ApplicationScoped
public class TriggerService {
    private static final Logger LOG = Logger.getLogger(TriggerService.class);

    private final CycleService cycles;
    private final TriggerDedup dedup;
    private final MonitorTriggerConfig config;
    private final ObjectMapper json;

    public TriggerService(CycleService cycles, TriggerDedup dedup, MonitorTriggerConfig config, ObjectMapper json) {
        this.cycles = cycles;
        this.dedup = dedup;
        this.config = config;
        this.json = json;
    }

    /** The report as JSON, and whether it is a replay of an earlier delivery's. */
    public record Answer(String reportJson, boolean replayed) {}

    public Uni<Answer> trigger(Trigger trigger) {
        if (trigger.idempotencyKey().isEmpty()) {
            return cycles.run().map(report -> new Answer(write(report), false));
        }
        String key = trigger.idempotencyKey().get();
        return dedup.claim(key, config.lockTtl()).chain(claim -> {
            if (claim instanceof TriggerDedup.Claim.Done done) {
                LOG.infof("%s already ran: answering its report", trigger.describe());
                return Uni.createFrom().item(new Answer(done.reportJson(), true));
            }
            if (claim instanceof TriggerDedup.Claim.Running) {
                return Uni.createFrom().failure(ProblemException.conflict(
                        "a cycle for " + trigger.describe() + " is still running; its report is answered once it ends"));
            }
            return cycles.run()
                    .map(this::write)
                    .call(report -> dedup.complete(key, report, config.triggerDedupTtl()))
                    .map(report -> new Answer(report, false))
                    // no cycle ran (another was running, or it failed): the retry may run one
                    .onFailure().call(failure -> dedup.release(key).onFailure().recoverWithNull());
        });
    }

    private String write(CycleReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cycle report not serializable", e);
        }
    }
}
