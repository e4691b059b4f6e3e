CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE services (
    id                BIGSERIAL PRIMARY KEY,
    name              TEXT        NOT NULL UNIQUE,
    health_url        TEXT,
    latency_slo_ms    DOUBLE PRECISION NOT NULL DEFAULT 500 CHECK (latency_slo_ms > 0),
    error_rate_limit  DOUBLE PRECISION NOT NULL DEFAULT 0.05 CHECK (error_rate_limit > 0 AND error_rate_limit <= 1),
    cpu_limit         DOUBLE PRECISION NOT NULL DEFAULT 0.9 CHECK (cpu_limit > 0 AND cpu_limit <= 1),
    memory_limit      DOUBLE PRECISION NOT NULL DEFAULT 0.9 CHECK (memory_limit > 0 AND memory_limit <= 1),
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE service_dependencies (
    id            BIGSERIAL PRIMARY KEY,
    service_id    BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    depends_on_id BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    kind          TEXT   NOT NULL CHECK (kind IN ('critical', 'optional', 'fallback')),
    weight        DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (weight >= 0 AND weight <= 1),
    CONSTRAINT service_dependencies_pair UNIQUE (service_id, depends_on_id),
    CONSTRAINT service_dependencies_not_self CHECK (service_id <> depends_on_id)
);
CREATE INDEX service_dependencies_depends_on ON service_dependencies (depends_on_id);

CREATE TABLE metric_snapshots (
    id            BIGSERIAL PRIMARY KEY,
    service_id    BIGINT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    time          TIMESTAMPTZ NOT NULL,
    health        DOUBLE PRECISION CHECK (health >= 0 AND health <= 1),
    latency_ms    DOUBLE PRECISION CHECK (latency_ms >= 0),
    error_rate    DOUBLE PRECISION CHECK (error_rate >= 0 AND error_rate <= 1),
    cpu           DOUBLE PRECISION CHECK (cpu >= 0 AND cpu <= 1),
    memory        DOUBLE PRECISION CHECK (memory >= 0 AND memory <= 1),
    request_count BIGINT CHECK (request_count >= 0),
    metadata      JSONB NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX metric_snapshots_service_time ON metric_snapshots (service_id, time DESC);
