-- Rate limits of the public forms (issue 11, issue 14) in the database, so several instances share them and
-- a restart forgets nothing. One row per counted thing (an address, an IPv6 /64 network, an organ), form,
-- outcome (ACCEPTED or FAILED, counted apart) and fixed time window; rows of ended windows are deleted.
CREATE TABLE form_rate_counter (
    bucket       VARCHAR(100)             NOT NULL,
    form         VARCHAR(20)              NOT NULL,
    outcome      VARCHAR(10)              NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    hits         INTEGER                  NOT NULL,
    PRIMARY KEY (bucket, form, outcome, window_start)
);

CREATE INDEX form_rate_counter_window ON form_rate_counter (window_start);
