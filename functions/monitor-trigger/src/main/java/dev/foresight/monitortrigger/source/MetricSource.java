package dev.foresight.monitortrigger.source;

import dev.foresight.shared.fleet.ServiceEntity;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * A place a cycle gathers snapshots from (health probes, Prometheus, ...), discovered through
 * CDI. A source reports what it could not do per service in its result; a source whose whole
 * call fails is reported as such and the cycle goes on with the others.
 */
public interface MetricSource {
    /** Short name used in the cycle report and in the {@code source} metric tag. */
    String name();

    /** Whether configuration turned this source on. */
    boolean enabled();

    /** Snapshots for {@code services} (the registered fleet), not yet stored. */
    Uni<SourceResult> collect(List<ServiceEntity> services);
}
