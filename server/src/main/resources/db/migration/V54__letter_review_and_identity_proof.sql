-- Letters staff finish before issue: an edited letter waits for the organ's review chain (review_step =
-- the step it is at; NULL = issued as generated or approved at the last step) before the applicant sees it.
ALTER TABLE request_letter ADD COLUMN review_step INTEGER;

-- Letter numbers move to the shared counter (Numbering, series 'request-letter'): the numbers already
-- given go with them, so the next letter of a year continues where the old counter stopped.
INSERT INTO number_counter (series, organ_id, counter_year, last_number)
SELECT 'request-letter', organ_id, letter_year, last_value FROM letter_counter;
DROP TABLE letter_counter;

-- The applicant's identity proof (Art. 29(一) 身份证明): the file AES-GCM encrypted with the personal-data
-- key (nonce || ciphertext), its name encrypted too; type and size kept in the clear for the masked view.
CREATE TABLE identity_proof (
    request_id     BIGINT         PRIMARY KEY REFERENCES disclosure_request (id),
    content_enc    BYTEA          NOT NULL,
    file_name_enc  VARCHAR(1000)  NOT NULL,
    media_type     VARCHAR(50)    NOT NULL,
    size_bytes     INTEGER        NOT NULL,
    uploaded_by    VARCHAR(64)    NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
