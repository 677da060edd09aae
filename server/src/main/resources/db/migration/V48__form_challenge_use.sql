-- Used nonces of the public forms' signed challenge (FormChallenges): one row per answered token, so a token
-- cannot be sent twice; rows past their token's expiry are deleted by the application.
CREATE TABLE form_challenge_use (
    nonce VARCHAR(32) PRIMARY KEY,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX form_challenge_use_expires ON form_challenge_use (expires_at);
