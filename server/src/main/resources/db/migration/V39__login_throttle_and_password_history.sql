-- Login hardening (issue 11). Failed logins counted per (account name, address) and per address, for
-- unknown names exactly as for known ones, so guessing from one address never locks the account out
-- everywhere; also the current-password check of a password change. Rows are deleted a day after their
-- last failure.
CREATE TABLE login_failure (
    bucket       VARCHAR(200)             PRIMARY KEY,
    failures     INTEGER                  NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    last_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX login_failure_last ON login_failure (last_at);

-- Earlier password hashes of each account: a new password may not be one of the previous five.
CREATE TABLE password_history (
    account_id    BIGINT                   NOT NULL REFERENCES account (id),
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    password_hash VARCHAR(255)             NOT NULL
);

CREATE INDEX password_history_account ON password_history (account_id, changed_at);
