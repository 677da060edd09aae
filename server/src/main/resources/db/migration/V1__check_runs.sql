-- Results of the web report checker, kept for a limited time so their JSON can be downloaded.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
CREATE TABLE check_run (
    id          UUID                     PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name   VARCHAR(255)             NOT NULL,
    errors      INTEGER                  NOT NULL,
    warnings    INTEGER                  NOT NULL,
    report_json TEXT                     NOT NULL
);

CREATE INDEX check_run_created_at ON check_run (created_at);
