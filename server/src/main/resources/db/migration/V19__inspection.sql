-- 监督检查 (Art. 47): what the supervising office found on an organ's portal or in its work, the organ's
-- rectification and the office's acceptance: together the 整改台账 the seeds keep by hand.
-- status: OPEN (to rectify) → RECTIFIED (organ says done) → CONFIRMED (office accepts), or back to OPEN.
CREATE TABLE inspection_finding (
    id              BIGINT        PRIMARY KEY,
    organ_id        BIGINT        NOT NULL REFERENCES organ (id),
    finding_number  VARCHAR(40)   NOT NULL UNIQUE,
    inspected_on    DATE          NOT NULL,
    category        VARCHAR(30)   NOT NULL,
    description     TEXT          NOT NULL,
    location        VARCHAR(500),
    rectify_by      DATE          NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    rectification   TEXT,
    rectified_on    DATE,
    rectified_by    VARCHAR(64),
    review_comment  VARCHAR(1000),
    confirmed_on    DATE,
    confirmed_by    VARCHAR(64)
);

CREATE INDEX inspection_finding_organ ON inspection_finding (organ_id, inspected_on);
