-- What the public sees is a release: a published version of an item, kept for ever. The item row
-- itself is the working copy (head), which a correction edits and sends through the review chain
-- again while the portal keeps showing the last release.
CREATE TABLE item_release (
    item_id         BIGINT       NOT NULL REFERENCES publication_item (id),
    version         INTEGER      NOT NULL,
    title           VARCHAR(300) NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    document_number VARCHAR(100),
    written_on      DATE,
    topic           VARCHAR(100),
    body_html       TEXT         NOT NULL,
    published_on    DATE         NOT NULL,
    PRIMARY KEY (item_id, version)
);

ALTER TABLE publication_item ADD COLUMN released_version INTEGER DEFAULT 0 NOT NULL;

-- Items published before releases existed become their own first release.
INSERT INTO item_release (item_id, version, title, kind, document_number, written_on, topic, body_html, published_on)
SELECT id, 1, title, kind, document_number, written_on, topic, body_html, published_on
FROM publication_item WHERE published_on IS NOT NULL;

UPDATE publication_item SET released_version = 1 WHERE published_on IS NOT NULL;
