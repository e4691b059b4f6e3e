CREATE TABLE decisions (
    id          BIGSERIAL PRIMARY KEY,
    type        TEXT NOT NULL,
    service     TEXT NOT NULL,
    reasoning   TEXT NOT NULL,
    confidence  DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    context     JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX decisions_service_created ON decisions (service, created_at DESC);

CREATE TABLE predictions (
    id                  BIGSERIAL PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('failure', 'cascade', 'anomaly', 'capacity')),
    service             TEXT NOT NULL,
    metric              TEXT,
    source_service      TEXT,
    confidence          DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    time_to_failure_s   DOUBLE PRECISION CHECK (time_to_failure_s >= 0),
    predicted_value     DOUBLE PRECISION,
    limit_value         DOUBLE PRECISION,
    reasoning           TEXT NOT NULL,
    decision_id         BIGINT REFERENCES decisions(id) ON DELETE SET NULL,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX predictions_service_created ON predictions (service, created_at DESC);
