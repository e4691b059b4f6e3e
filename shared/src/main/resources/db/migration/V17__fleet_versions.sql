-- The fleet as a file: every accepted fleet document is kept, numbered, so that one call can go
-- back to an earlier one. The newest row is the declared fleet; the registrations (services,
-- service_dependencies) are reconciled to it. A rollback appends a copy of the older document
-- (restored_from names it), so history is never rewritten. A 'release' row (DELETE /fleet, empty
-- yaml) ends the declaration: registrations are the API's again until a document is declared.
CREATE TABLE fleet_versions (
    version       BIGINT PRIMARY KEY CHECK (version > 0),
    yaml          TEXT        NOT NULL,
    sha256        TEXT        NOT NULL,
    origin        TEXT        NOT NULL CHECK (origin IN ('file', 'api', 'rollback', 'release')),
    file_path     TEXT,
    restored_from BIGINT REFERENCES fleet_versions(version),
    accepted_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- a service's runbook: where on-call reads what to do when it fails
ALTER TABLE services ADD COLUMN runbook_url TEXT;
