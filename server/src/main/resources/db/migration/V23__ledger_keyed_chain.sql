-- The ledger's keyed chain (issue 11): entries from now on are chained with HMAC-SHA-256 under a key
-- kept outside the database; the entries written before keep their SHA-256 and are verified by it
-- (the first keyed entry chains over their last hash, so changing them is detected all the same).
ALTER TABLE ledger_entry ADD COLUMN mac_scheme VARCHAR(8) DEFAULT 'SHA256' NOT NULL;

-- The head is no longer stored: it is the entry with the highest id, anchored by the checkpoint file
-- outside the database. This one row only serializes appends (SELECT ... FOR UPDATE); its content means
-- nothing, so the application's account needs no UPDATE or DELETE on ledger_entry (docs/security.md).
CREATE TABLE ledger_append_lock (
    singleton INTEGER PRIMARY KEY
);

INSERT INTO ledger_append_lock (singleton) VALUES (1);

DROP TABLE ledger_head;
