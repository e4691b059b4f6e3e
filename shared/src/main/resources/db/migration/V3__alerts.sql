CREATE TABLE alerts (
    id                 BIGSERIAL PRIMARY KEY,
    fingerprint        TEXT NOT NULL,
    type               TEXT NOT NULL,
    service            TEXT NOT NULL,
    severity           TEXT NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low')),
    status             TEXT NOT NULL CHECK (status IN ('firing', 'acknowledged', 'resolved')),
    summary            TEXT NOT NULL,
    labels             JSONB NOT NULL DEFAULT '{}'::jsonb,
    confidence         DOUBLE PRECISION CHECK (confidence >= 0 AND confidence <= 1),
    time_to_failure_s  DOUBLE PRECISION CHECK (time_to_failure_s >= 0),
    occurrences        INTEGER NOT NULL DEFAULT 1,
    starts_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    acknowledged_by    TEXT,
    acknowledged_at    TIMESTAMPTZ,
    resolved_at        TIMESTAMPTZ
);
CREATE INDEX alerts_fingerprint_seen ON alerts (fingerprint, last_seen_at DESC);
CREATE INDEX alerts_status ON alerts (status) WHERE status <> 'resolved';

CREATE TABLE notifications (
    id          BIGSERIAL PRIMARY KEY,
    alert_id    BIGINT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    channel     TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX notifications_alert ON notifications (alert_id);
