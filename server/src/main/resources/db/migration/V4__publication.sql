-- Proactive disclosure (主动公开): items, their versions, each organ's review chain and the reviews.

-- The review chain of an organ: 1 to 5 steps, each done by a role (撰稿→初审→复核→终审).
CREATE TABLE review_step (
    organ_id  BIGINT      NOT NULL REFERENCES organ (id),
    position  INTEGER     NOT NULL,
    role      VARCHAR(40) NOT NULL,
    PRIMARY KEY (organ_id, position)
);

-- Per organ and year, the last sequence number used in index numbers (索引号).
CREATE TABLE index_sequence (
    organ_id  BIGINT  NOT NULL REFERENCES organ (id),
    seq_year  INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL,
    PRIMARY KEY (organ_id, seq_year)
);

CREATE TABLE publication_item (
    id              BIGINT                   PRIMARY KEY,
    organ_id        BIGINT                   NOT NULL REFERENCES organ (id),
    index_number    VARCHAR(64)              UNIQUE,
    status          VARCHAR(20)              NOT NULL,
    review_step     INTEGER                  NOT NULL,
    title           VARCHAR(300)             NOT NULL,
    kind            VARCHAR(40)              NOT NULL,
    document_number VARCHAR(100),
    written_on      DATE,
    published_on    DATE,
    topic           VARCHAR(100),
    body_html       TEXT                     NOT NULL,
    created_by      VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    return_comment  VARCHAR(1000),
    withdraw_reason VARCHAR(1000)
);

CREATE INDEX publication_item_organ ON publication_item (organ_id, status);

-- Every review decision; the first step also records the confidentiality review (保密审查).
CREATE TABLE review_record (
    item_id         BIGINT                   NOT NULL REFERENCES publication_item (id),
    seq             INTEGER                  NOT NULL,
    step            INTEGER                  NOT NULL,
    role            VARCHAR(40)              NOT NULL,
    reviewer        VARCHAR(64)              NOT NULL,
    decision        VARCHAR(20)              NOT NULL,
    comment_text    VARCHAR(1000),
    confidentiality VARCHAR(300),
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, seq)
);
