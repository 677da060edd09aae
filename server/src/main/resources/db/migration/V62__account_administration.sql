-- Accounts managed by the security administrator (issue 16).
-- The old whole-account lock columns were never used: a sign-in is locked per (name, address) and per
-- address in login_failure (V39), so that guessing cannot lock a person out everywhere.
ALTER TABLE account DROP COLUMN failed_logins;
ALTER TABLE account DROP COLUMN locked_until;
-- Set when the security administrator creates the account or resets its password (a temporary password
-- he hands over): until the person chooses his own, every workspace page leads to the password form.
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- New accounts take ids from a sequence; the demo's and installations' accounts were numbered by hand
-- from 1, far below this start.
CREATE SEQUENCE account_id_seq START WITH 100000;

-- An organ administrator's request for a change of his organ's staff, acted on (or refused) by the
-- security administrator, who alone changes accounts.
CREATE SEQUENCE account_request_id_seq START WITH 1;
CREATE TABLE account_request (
    id            BIGINT                   PRIMARY KEY,
    organ_id      BIGINT                   NOT NULL REFERENCES organ (id),
    requested_by  VARCHAR(64)              NOT NULL,
    kind          VARCHAR(20)              NOT NULL,
    username      VARCHAR(64)              NOT NULL,
    display_name  VARCHAR(100),
    roles         VARCHAR(200),
    note          VARCHAR(500),
    status        VARCHAR(20)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by    VARCHAR(64),
    decided_at    TIMESTAMP WITH TIME ZONE,
    decision_note VARCHAR(500)
);

CREATE INDEX account_request_status ON account_request (status, created_at);
CREATE INDEX account_request_organ ON account_request (organ_id, created_at);
