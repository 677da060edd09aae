-- Separation of duties (职责分离, issue 11) for every review chain: proactive items, annual report
-- versions, request decisions. Who drafted the version under review (DRAFT, step 0) and who approved
-- which of its steps (APPROVE, step n). The rows of a subject are cleared when a new version starts.
CREATE TABLE review_duty (
    subject_kind VARCHAR(40) NOT NULL,
    subject_key  VARCHAR(80) NOT NULL,
    username     VARCHAR(64) NOT NULL,
    duty         VARCHAR(10) NOT NULL,
    step         INTEGER     NOT NULL,
    PRIMARY KEY (subject_kind, subject_key, username, duty, step)
);

-- Per organ: whether one reviewer may approve every step of a version (tiny organs only; each such
-- approval is recorded as a single-reviewer approval). Without a row: not allowed.
CREATE TABLE review_option (
    organ_id        BIGINT  PRIMARY KEY REFERENCES organ (id),
    single_reviewer BOOLEAN NOT NULL
);
