package dev.foresight.monitortrigger.cycle;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one collect source did in a cycle; its errors are in the report's {@code errors} with its name. */
@RegisterForReflection
@Schema(name = "SourceReport")
public record SourceReport(String source, int servicesCollected, int snapshots, int errors) {}
