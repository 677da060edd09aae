-- 依申请公开: requests, the events that move their clock, their letters, and the reconsideration and
-- litigation records of table 四. Applicants' identity numbers and contact details are stored only
-- encrypted (AES-GCM, key outside the database: gongkai.personal-data.key).
CREATE TABLE disclosure_request (
    id                BIGINT        PRIMARY KEY,
    organ_id          BIGINT        NOT NULL REFERENCES organ (id),
    request_number    VARCHAR(40)   NOT NULL UNIQUE,
    query_code_hash   CHAR(64)      NOT NULL,
    applicant_type    VARCHAR(40)   NOT NULL,
    applicant_name    VARCHAR(200)  NOT NULL,
    id_document       VARCHAR(40),
    id_number_enc     VARCHAR(500),
    contact_enc       VARCHAR(2000) NOT NULL,
    description       TEXT          NOT NULL,
    document_number   VARCHAR(100),
    form_wanted       VARCHAR(20)   NOT NULL,
    delivery          VARCHAR(20)   NOT NULL,
    channel           VARCHAR(20)   NOT NULL,
    received_on       DATE          NOT NULL,
    receipt_note      VARCHAR(500),
    status            VARCHAR(30)   NOT NULL,
    outcome           VARCHAR(40),
    decision_step     INTEGER       DEFAULT 0 NOT NULL,
    closed_on         DATE,
    fee_mode          VARCHAR(10),
    fee_amount        BIGINT,
    fee_paid          BIGINT,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX disclosure_request_organ ON disclosure_request (organ_id, status);

CREATE TABLE request_event (
    id          BIGINT        PRIMARY KEY,
    request_id  BIGINT        NOT NULL REFERENCES disclosure_request (id),
    kind        VARCHAR(30)   NOT NULL,
    on_date     DATE          NOT NULL,
    days        INTEGER       DEFAULT 0 NOT NULL,
    note        VARCHAR(2000),
    by_user     VARCHAR(64)   NOT NULL,
    at_time     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX request_event_request ON request_event (request_id);

CREATE TABLE request_letter (
    id          BIGINT        PRIMARY KEY,
    request_id  BIGINT        NOT NULL REFERENCES disclosure_request (id),
    kind        VARCHAR(40)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        TEXT          NOT NULL,
    issued_on   DATE          NOT NULL,
    created_by  VARCHAR(64)   NOT NULL
);

CREATE INDEX request_letter_request ON request_letter (request_id);

-- An organ's own wording of a letter; without a row the built-in template is used.
CREATE TABLE letter_template (
    organ_id  BIGINT       NOT NULL REFERENCES organ (id),
    kind      VARCHAR(40)  NOT NULL,
    body      TEXT         NOT NULL,
    PRIMARY KEY (organ_id, kind)
);

CREATE TABLE review_case (
    id          BIGINT        PRIMARY KEY,
    organ_id    BIGINT        NOT NULL REFERENCES organ (id),
    request_id  BIGINT        REFERENCES disclosure_request (id),
    review_group VARCHAR(40)  NOT NULL,
    filed_on    DATE          NOT NULL,
    body        VARCHAR(200)  NOT NULL,
    result      VARCHAR(20),
    decided_on  DATE
);
