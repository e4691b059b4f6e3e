-- token-refresh: what happened to tokens (grant, refresh, reuse_detected, revocation, logout,
-- key_rotation, ...), and which access tokens were revoked before their exp.
CREATE TABLE token_audit (
    id         BIGSERIAL PRIMARY KEY,
    at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    event      TEXT NOT NULL,
    client_id  TEXT,
    details    JSONB NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX token_audit_at ON token_audit (at DESC, id DESC);
CREATE INDEX token_audit_client ON token_audit (client_id, at DESC);

-- RFC 7009: an access token's jti is remembered as revoked until it would have expired anyway.
CREATE TABLE revoked_access_tokens (
    jti         TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX revoked_access_tokens_expires ON revoked_access_tokens (expires_at);

-- Logout: every access token of the client issued before this instant is revoked.
CREATE TABLE client_logouts (
    client_id      TEXT PRIMARY KEY,
    issued_before  TIMESTAMPTZ NOT NULL
);
