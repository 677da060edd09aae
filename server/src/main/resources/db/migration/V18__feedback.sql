-- 投诉建议 about an organ's disclosure work (Art. 51): each answered (件件有回音) within a configurable
-- number of working days; the question and answer published when the writer agreed and staff decide so.
-- The writer's contact is encrypted like applicants' (gongkai.personal-data.key).
CREATE TABLE feedback (
    id              BIGINT        PRIMARY KEY,
    organ_id        BIGINT        NOT NULL REFERENCES organ (id),
    feedback_number VARCHAR(40)   NOT NULL UNIQUE,
    code_hash       CHAR(64)      NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    content         TEXT          NOT NULL,
    contact_enc     VARCHAR(2000),
    may_publish     BOOLEAN       NOT NULL,
    received_on     DATE          NOT NULL,
    due_on          DATE          NOT NULL,
    assignee        VARCHAR(64),
    reply           TEXT,
    replied_on      DATE,
    replied_by      VARCHAR(64),
    published       BOOLEAN       DEFAULT FALSE NOT NULL
);

CREATE INDEX feedback_organ ON feedback (organ_id, received_on);
