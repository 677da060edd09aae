-- Items whose search document may be behind the database. Written in the same transaction as the change
-- to the portal, removed once the index has it; whatever is left after a crash or a failed index write
-- is indexed again at the next start (a count comparison alone misses a correction: same count, old text).
-- No key: two changes of one item in flight at once each add a row (a key would make one of them fail);
-- clearing removes them all.
CREATE TABLE search_pending (
    item_id BIGINT NOT NULL
);

CREATE INDEX search_pending_item ON search_pending (item_id);
