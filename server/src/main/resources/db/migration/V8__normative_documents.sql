-- The register of normative documents (行政规范性文件): each published one and its validity. Table 二
-- of the annual report (本年制发/本年废止/现行有效) is computed from it.
CREATE TABLE normative_document (
    item_id     BIGINT       PRIMARY KEY REFERENCES publication_item (id),
    organ_id    BIGINT       NOT NULL REFERENCES organ (id),
    issued_on   DATE         NOT NULL,
    validity    VARCHAR(20)  NOT NULL,
    changed_on  DATE,
    changed_by  VARCHAR(100)
);

CREATE INDEX normative_document_organ ON normative_document (organ_id);
