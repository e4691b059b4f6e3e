-- Full-text side of memory search: exact terms (an error code, a hostname) that the embedding
-- ranks low still match here. 'english' drops stop words and stems prose, while the parser keeps
-- hostnames, IP addresses, URLs and numbers whole. Generated, so no writer can forget it.
ALTER TABLE memories ADD COLUMN text_search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX memories_text_search ON memories USING gin (text_search);
