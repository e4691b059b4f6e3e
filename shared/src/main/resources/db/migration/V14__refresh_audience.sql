-- token-refresh: the audience a refresh-token family was granted (RFC 8707), space-separated and
-- sorted; a refresh may narrow it, never widen it. NULL (families from before) is the whole fleet.
ALTER TABLE refresh_tokens ADD COLUMN audience TEXT;
