-- API keys for machine clients that cannot do OAuth. A key has versions: rotating adds a version
-- and gives the previous ones an expiry (the overlap); only SHA-256 hashes of keys are stored.
CREATE TABLE api_keys (
    id           BIGSERIAL PRIMARY KEY,
    key_id       TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    scopes       TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at   TIMESTAMPTZ
);

CREATE TABLE api_key_versions (
    id           BIGSERIAL PRIMARY KEY,
    api_key_id   BIGINT NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    version      INT NOT NULL,
    lookup_id    TEXT NOT NULL UNIQUE,
    secret_hash  TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    use_count    BIGINT NOT NULL DEFAULT 0,
    last_used_at TIMESTAMPTZ,
    UNIQUE (api_key_id, version)
);
