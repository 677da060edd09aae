-- What an organ's disclosure guide (政府信息公开指南, Art. 12) states about its disclosure office:
-- name, address, office hours, telephone, fax, internet contact.
CREATE TABLE organ_profile (
    organ_id      BIGINT        PRIMARY KEY REFERENCES organ (id),
    office_name   VARCHAR(200)  NOT NULL,
    address       VARCHAR(300),
    office_hours  VARCHAR(200),
    phone         VARCHAR(50),
    fax           VARCHAR(50),
    email         VARCHAR(100),
    updated_on    DATE          NOT NULL
);
