-- When an item was marked as possibly behind the index: a mark older than gongkai.search.catch-up.older-than
-- belongs to an instance that died (or whose index write failed) between commit and index, and the
-- catch-up job on whichever instance is still running indexes it again (issue 17).
ALTER TABLE search_pending ADD COLUMN marked_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL;
