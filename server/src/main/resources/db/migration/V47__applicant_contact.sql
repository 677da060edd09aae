-- The applicant's contact details as separate fields (phone, address, postcode, e-mail) for sending
-- letters, each encrypted like the free-text contact (AES-GCM, gongkai.personal-data.key).
CREATE TABLE applicant_contact (
    request_id    BIGINT         PRIMARY KEY REFERENCES disclosure_request (id),
    phone_enc     VARCHAR(500),
    address_enc   VARCHAR(2000),
    postcode_enc  VARCHAR(500),
    email_enc     VARCHAR(1000)
);
