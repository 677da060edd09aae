-- 月度考核 (Art. 46): each organ's month, computed from the platform's records and frozen when the
-- supervising office issues the month's bulletin (通报), so that later changes never rewrite what was
-- announced. points: the score of each criterion, in the order of the bulletin's columns, ';'-separated.
CREATE TABLE assessment_result (
    month_start       DATE          NOT NULL,
    organ_id          BIGINT        NOT NULL REFERENCES organ (id),
    items_published   INTEGER       NOT NULL,
    items_by_kind     VARCHAR(500)  NOT NULL,
    statutory_due     INTEGER       NOT NULL,
    statutory_on_time INTEGER       NOT NULL,
    requests_closed   INTEGER       NOT NULL,
    requests_on_time  INTEGER       NOT NULL,
    requests_overdue  INTEGER       NOT NULL,
    feedback_due      INTEGER       NOT NULL,
    feedback_on_time  INTEGER       NOT NULL,
    broken_links      INTEGER       NOT NULL,
    broken_link_list  TEXT,
    guide_age_days    INTEGER,
    late_findings     INTEGER       NOT NULL,
    points            VARCHAR(200)  NOT NULL,
    score             DECIMAL(6, 1) NOT NULL,
    rank_position     INTEGER       NOT NULL,
    issued_on         DATE          NOT NULL,
    issued_by         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (month_start, organ_id)
);
