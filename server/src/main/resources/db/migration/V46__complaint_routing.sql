-- Complaints (Art. 51) go to the supervising body (the county's 政务公开办, or the organ's superior by
-- setting), which may assign them to the organ complained about for a reply. The organ's reply is a
-- draft until the supervising body approves it; only then is it sent and, with consent, published.
ALTER TABLE feedback ADD COLUMN supervisor_organ_id BIGINT REFERENCES organ (id);
ALTER TABLE feedback ADD COLUMN assigned_to_organ BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE feedback ADD COLUMN draft_reply TEXT;
ALTER TABLE feedback ADD COLUMN draft_by VARCHAR(64);
ALTER TABLE feedback ADD COLUMN draft_publish BOOLEAN DEFAULT FALSE NOT NULL;
