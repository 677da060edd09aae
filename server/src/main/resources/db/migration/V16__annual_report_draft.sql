-- What an organ enters for its annual report besides what the platform computes: table 二's figures
-- that come from other systems (规章, 行政许可/处罚/强制 decisions, 行政事业性收费 in 万元) and the prose of
-- sections 一, 五 and 六. NULL: not entered yet (publication is blocked until it is).
CREATE TABLE annual_report_draft (
    organ_id           BIGINT         NOT NULL REFERENCES organ (id),
    report_year        INTEGER        NOT NULL,
    rules_issued       BIGINT,
    rules_repealed     BIGINT,
    rules_in_force     BIGINT,
    licensing          BIGINT,
    penalty            BIGINT,
    coercive_measure   BIGINT,
    fees_wan_yuan      DECIMAL(14, 4),
    overview           TEXT,
    problems           TEXT,
    other_matters      TEXT,
    updated_by         VARCHAR(64)    NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organ_id, report_year)
);
