-- Anonymous report checks per address and time window (issue 11: no rate limit on /check). In the
-- database so that several instances behind one proxy share the counts. window_no = epoch seconds /
-- window length; old windows are deleted as new ones start. Portable SQL: H2 and PostgreSQL.
CREATE TABLE check_rate (
    address   VARCHAR(64) NOT NULL,
    window_no BIGINT      NOT NULL,
    hits      INTEGER     NOT NULL,
    PRIMARY KEY (address, window_no)
);
