-- Alertmanager's alert model beside Foresight's: any labels (Prometheus severities such as
-- "warning" too), annotations, an end time, the URL of the rule that generated it.
ALTER TABLE alerts DROP CONSTRAINT IF EXISTS alerts_severity_check;
ALTER TABLE alerts
    ADD COLUMN annotations   JSONB NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN ends_at       TIMESTAMPTZ,
    ADD COLUMN generator_url TEXT NOT NULL DEFAULT '',
    ADD COLUMN updated_at    TIMESTAMPTZ NOT NULL DEFAULT now();
UPDATE alerts SET ends_at = coalesce(resolved_at, last_seen_at + interval '5 minutes');
ALTER TABLE alerts ALTER COLUMN ends_at SET NOT NULL;
CREATE INDEX alerts_open_ends ON alerts (ends_at) WHERE status <> 'resolved';

-- Aggregation groups: one per (route, group labels). A group is flushed when next_flush_at has
-- passed; the instance that holds the row lock flushes it, the others skip it.
CREATE TABLE alert_groups (
    id            BIGSERIAL PRIMARY KEY,
    route_id      TEXT NOT NULL,
    group_labels  TEXT NOT NULL,
    labels        JSONB NOT NULL,
    group_key     TEXT NOT NULL,
    receiver      TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    next_flush_at TIMESTAMPTZ NOT NULL,
    UNIQUE (route_id, group_labels)
);
CREATE INDEX alert_groups_due ON alert_groups (next_flush_at);

CREATE TABLE alert_group_members (
    group_id BIGINT NOT NULL REFERENCES alert_groups (id) ON DELETE CASCADE,
    alert_id BIGINT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, alert_id)
);
CREATE INDEX alert_group_members_alert ON alert_group_members (alert_id);

-- The notification log: what each integration of each receiver was last told about each group.
CREATE TABLE notification_log (
    group_id    TEXT NOT NULL,
    integration TEXT NOT NULL,
    firing      TEXT[] NOT NULL,
    resolved    TEXT[] NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (group_id, integration)
);

CREATE TABLE silences (
    id         UUID PRIMARY KEY,
    matchers   JSONB NOT NULL,
    starts_at  TIMESTAMPTZ NOT NULL,
    ends_at    TIMESTAMPTZ NOT NULL,
    created_by TEXT NOT NULL,
    comment    TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX silences_ends ON silences (ends_at);

-- Every accepted Alertmanager configuration; the newest is the one every instance runs.
CREATE TABLE alertmanager_configs (
    version   BIGSERIAL PRIMARY KEY,
    source    TEXT NOT NULL,
    origin    TEXT NOT NULL,
    loaded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
