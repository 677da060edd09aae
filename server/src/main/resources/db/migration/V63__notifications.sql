-- Notifications (issue 16): an outbox written in the transaction of the action that causes it, so nothing
-- is lost and the action never waits for or fails because of a mail server; a scheduled sender delivers
-- the due rows, each claimed by a conditional update (two instances never both send one), with retries.
-- status: PENDING (due at next_attempt_at) → SENDING (claimed until claimed_until) → SENT, or FAILED after
-- the last attempt. The recipient is personal data: encrypted (AES-GCM, gongkai.personal-data.key).
CREATE SEQUENCE notification_id_seq START WITH 1;
CREATE TABLE notification (
    id              BIGINT                   PRIMARY KEY,
    channel         VARCHAR(10)              NOT NULL,
    recipient_enc   VARCHAR(1000)            NOT NULL,
    subject         VARCHAR(300)             NOT NULL,
    body            TEXT                     NOT NULL,
    dedup_key       VARCHAR(200)             UNIQUE,
    status          VARCHAR(20)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(300),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE
);

CREATE INDEX notification_due ON notification (status, next_attempt_at);

-- Where a member of staff wants to be told: his own work e-mail and mobile number, both encrypted.
CREATE TABLE staff_contact (
    account_id  BIGINT                   PRIMARY KEY REFERENCES account (id),
    email_enc   VARCHAR(1000),
    phone_enc   VARCHAR(1000),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
