-- A pulling source (Prometheus) asks only for what is new since the last point it stored for a
-- service: this index answers "latest point per service from source X" without scanning the table.
CREATE INDEX metric_snapshots_source_service_time
    ON metric_snapshots ((metadata ->> 'source'), service_id, time DESC);
