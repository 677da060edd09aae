-- Organs (机关) in a tree, and the people who work in them. Portable SQL (H2 and PostgreSQL).
CREATE TABLE organ (
    id         BIGINT       PRIMARY KEY,
    code       VARCHAR(64)  NOT NULL UNIQUE,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    parent_id  BIGINT       REFERENCES organ (id)
);

CREATE TABLE account (
    id              BIGINT                   PRIMARY KEY,
    username        VARCHAR(64)              NOT NULL UNIQUE,
    display_name    VARCHAR(100)             NOT NULL,
    password_hash   VARCHAR(255)             NOT NULL,
    organ_id        BIGINT                   NOT NULL REFERENCES organ (id),
    enabled         BOOLEAN                  NOT NULL,
    failed_logins   INTEGER                  NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A role is held within the account's organ; the three administrators (三员) are system-wide roles.
CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    role       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role)
);
