-- Versions of an organ's annual report submitted for publication: the compiled report frozen as
-- JSON (report-json.md) when submitted, reviewed along the organ's review chain, published on the
-- day of the last approval. Every version is kept; the portal shows the newest published one.
CREATE TABLE annual_report_version (
    id             BIGINT        PRIMARY KEY,
    organ_id       BIGINT        NOT NULL REFERENCES organ (id),
    report_year    INTEGER       NOT NULL,
    version        INTEGER       NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    review_step    INTEGER       NOT NULL,
    report_json    TEXT          NOT NULL,
    published_on   DATE,
    submitted_by   VARCHAR(64)   NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (organ_id, report_year, version)
);
