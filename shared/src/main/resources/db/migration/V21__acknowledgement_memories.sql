-- An acknowledgement is remembered too: who took the alert and when, beside the alert and its
-- resolution, so a similar alert later shows who handled the last one. Written by the same trigger,
-- in the acknowledging transaction.
ALTER TABLE memory_outbox DROP CONSTRAINT memory_outbox_kind_check;
ALTER TABLE memory_outbox ADD CONSTRAINT memory_outbox_kind_check
    CHECK (kind IN ('alert', 'incident', 'acknowledgement'));

CREATE OR REPLACE FUNCTION alerts_to_memory_outbox() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO memory_outbox (alert_id, kind) VALUES (NEW.id, 'alert') ON CONFLICT DO NOTHING;
    END IF;
    IF NEW.status = 'acknowledged' AND TG_OP = 'UPDATE' AND OLD.status <> 'acknowledged' THEN
        INSERT INTO memory_outbox (alert_id, kind) VALUES (NEW.id, 'acknowledgement') ON CONFLICT DO NOTHING;
    END IF;
    IF NEW.status = 'resolved' AND (TG_OP = 'INSERT' OR OLD.status <> 'resolved') THEN
        INSERT INTO memory_outbox (alert_id, kind) VALUES (NEW.id, 'incident') ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
