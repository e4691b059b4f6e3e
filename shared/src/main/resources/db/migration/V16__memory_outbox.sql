-- Memories that fill themselves: alert-route records every new alert and every resolution in
-- embed. The row that asks for it is written by a trigger in the same transaction as the alert's
-- change, so every path that stores or ends an alert (intake, resolve timeout, an operator's
-- resolve) is covered, and a crash or a slow embed never loses or delays one. alert-route drains
-- the table in the background and deletes a row once embed has stored the memory.
ALTER TABLE alerts ADD COLUMN resolution_note TEXT;
-- the similar past incidents the alert's last firing notification carried (GET /alerts/{id})
ALTER TABLE alerts ADD COLUMN similar_incidents JSONB;

CREATE TABLE memory_outbox (
    id               BIGSERIAL PRIMARY KEY,
    alert_id         BIGINT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('alert', 'incident')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error       TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (alert_id, kind)
);
CREATE INDEX memory_outbox_due ON memory_outbox (next_attempt_at);

CREATE FUNCTION alerts_to_memory_outbox() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO memory_outbox (alert_id, kind) VALUES (NEW.id, 'alert') ON CONFLICT DO NOTHING;
    END IF;
    IF NEW.status = 'resolved' AND (TG_OP = 'INSERT' OR OLD.status <> 'resolved') THEN
        INSERT INTO memory_outbox (alert_id, kind) VALUES (NEW.id, 'incident') ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER alerts_memory_outbox AFTER INSERT OR UPDATE OF status ON alerts
    FOR EACH ROW EXECUTE FUNCTION alerts_to_memory_outbox();
