-- The delivery queue: one row per notification a group flush decided to make (a group's state
-- told to one integration). The flush writes it in its own short transaction; any instance's
-- sweeper then claims it (FOR UPDATE SKIP LOCKED, then a lease it renews while it works), sends
-- it outside any transaction, and records every attempt. A row whose lease ran out (its instance
-- died mid-delivery) is claimed again. The notification log is written only once a row is sent,
-- and an integration's rows go out in the order they were queued.
CREATE TABLE notification_deliveries (
    id              BIGSERIAL PRIMARY KEY,
    log_key         TEXT NOT NULL,
    integration     TEXT NOT NULL,
    receiver        TEXT NOT NULL,
    payload         JSONB NOT NULL,
    firing          TEXT[] NOT NULL,
    resolved        TEXT[] NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    rounds          INTEGER NOT NULL DEFAULT 0,
    attempt_log     JSONB NOT NULL DEFAULT '[]'::jsonb,
    last_error      TEXT,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    leased_by       TEXT,
    lease_until     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX notification_deliveries_due ON notification_deliveries (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX notification_deliveries_order ON notification_deliveries (log_key, integration, id) WHERE status = 'pending';

-- Each alert's row for a notification follows its delivery: pending, then sent or failed.
ALTER TABLE notifications ADD COLUMN delivery_id BIGINT REFERENCES notification_deliveries (id) ON DELETE SET NULL;
CREATE INDEX notifications_delivery ON notifications (delivery_id);
