-- Which integration of the receiver a notification row is for (receiver/kind/index, as the
-- notification log keys it), and every attempt made to deliver it: when, how long, the outcome.
ALTER TABLE notifications
    ADD COLUMN integration TEXT,
    ADD COLUMN attempt_log JSONB NOT NULL DEFAULT '[]'::jsonb;
