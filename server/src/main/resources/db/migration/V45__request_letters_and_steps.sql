-- Letters an office can issue as they are: a visible number per organ and year in the organ's pattern
-- (e.g. 普府依申告〔2026〕3号), the contact person and phone, and how the reply was delivered (送达).
-- The counter row is locked while a number is taken, so two letters never get the same number.
CREATE TABLE letter_setting (
    organ_id        BIGINT        PRIMARY KEY REFERENCES organ (id),
    number_pattern  VARCHAR(100)  NOT NULL,
    contact_person  VARCHAR(50),
    contact_phone   VARCHAR(50),
    updated_by      VARCHAR(64)   NOT NULL
);

CREATE TABLE letter_counter (
    organ_id     BIGINT   NOT NULL REFERENCES organ (id),
    letter_year  INTEGER  NOT NULL,
    last_value   INTEGER  NOT NULL,
    PRIMARY KEY (organ_id, letter_year)
);

ALTER TABLE request_letter ADD COLUMN letter_number VARCHAR(100);
ALTER TABLE request_letter ADD COLUMN edited_by VARCHAR(64);
ALTER TABLE disclosure_request ADD COLUMN delivery_method VARCHAR(100);
ALTER TABLE review_case ADD COLUMN subject VARCHAR(200);
