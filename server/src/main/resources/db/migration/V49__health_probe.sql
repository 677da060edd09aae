-- One row the health check rewrites (DatabaseWriteHealth): a database that can be read but not written
-- (a full disk) is reported DOWN instead of UP.
CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY,
    checked_at TIMESTAMP NOT NULL
);
INSERT INTO health_probe (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
