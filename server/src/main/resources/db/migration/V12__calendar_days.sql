-- The days of the State Council holiday notices (国务院办公厅关于YYYY年部分节假日安排的通知) the
-- working-day clock counts with: seeded from the notices shipped with Gongkai on first start, then kept
-- by the system administrator (a new year's notice each winter). kind: off (放假) or work (调休上班).
-- (The column is on_date: DAY is a reserved word in H2.)
CREATE TABLE calendar_day (
    on_date      DATE         PRIMARY KEY,
    kind         VARCHAR(10)  NOT NULL,
    holiday      VARCHAR(50)  NOT NULL,
    notice_year  INTEGER      NOT NULL
);
