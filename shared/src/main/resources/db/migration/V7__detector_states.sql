-- The streaming anomaly detector of each (service, metric), kept between monitor cycles so each
-- cycle feeds it only the snapshots it has not seen, with their real times. `format` is the
-- detector's state format (DetectorSnapshot.FORMAT); a row of another format is simply replaced.
CREATE TABLE detector_states (
    id          BIGSERIAL PRIMARY KEY,
    service_id  BIGINT      NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    metric      TEXT        NOT NULL,
    format      INT         NOT NULL,
    last_time   TIMESTAMPTZ NOT NULL,
    state       BYTEA       NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT detector_states_series UNIQUE (service_id, metric)
);
