-- The ledger (台账): every action, append-only, each entry chained to the previous one by SHA-256
-- so that a changed or deleted entry is detected. The application never updates or deletes rows.
CREATE TABLE ledger_entry (
    id           BIGINT                   PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)              NOT NULL,
    organ_id     BIGINT,
    action       VARCHAR(40)              NOT NULL,
    subject_type VARCHAR(40)              NOT NULL,
    subject_id   VARCHAR(64)              NOT NULL,
    before_state TEXT,
    after_state  TEXT,
    prev_hash    CHAR(64)                 NOT NULL,
    hash         CHAR(64)                 NOT NULL
);

CREATE INDEX ledger_entry_subject ON ledger_entry (subject_type, subject_id);

-- One row: the newest entry's id and hash. Updating it in the appending transaction serializes
-- appends, so the chain never forks, on H2 and PostgreSQL alike.
CREATE TABLE ledger_head (
    singleton  INTEGER  PRIMARY KEY,
    last_id    BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL
);

INSERT INTO ledger_head (singleton, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
