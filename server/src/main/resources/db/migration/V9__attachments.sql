-- Attachments of items. The bytes live in the file store, named by their SHA-256 (no name from a
-- user ever reaches the file system); this table says whose they are and what they are.
CREATE TABLE attachment (
    id          BIGINT                   PRIMARY KEY,
    item_id     BIGINT                   NOT NULL REFERENCES publication_item (id),
    file_name   VARCHAR(200)             NOT NULL,
    media_type  VARCHAR(100)             NOT NULL,
    size_bytes  BIGINT                   NOT NULL,
    sha256      CHAR(64)                 NOT NULL,
    added_by    VARCHAR(64)              NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX attachment_item ON attachment (item_id);
