-- Which entry (公开事项) of its organ's catalog an item is published under: the statutory categories
-- of Art. 20/21 as the organ's own catalog defines them. At most one entry per item.
CREATE TABLE catalog_item (
    item_id   BIGINT  PRIMARY KEY REFERENCES publication_item (id),
    entry_id  BIGINT  NOT NULL REFERENCES catalog_entry (id)
);

CREATE INDEX catalog_item_entry ON catalog_item (entry_id);
