-- Sessions end on account changes (issue 11): every role change, disabling or password change adds one;
-- a session remembers the number it signed in with and ends at its next request when they differ. The
-- number lives in the database, so it works the same with several instances and sessions in the database.
ALTER TABLE account ADD COLUMN credentials_version INTEGER DEFAULT 0 NOT NULL;
