-- Issue 16, writing and review (editor): attachment texts and who may delete them, the correction
-- note (更正说明) of a version, the drafter's reason for keeping text-check findings, and scheduled
-- publication (定时发布).

-- The alternative text (for screen readers) and the caption of an image or file; NULL: the file name.
ALTER TABLE attachment ADD COLUMN alt_text VARCHAR(300);
ALTER TABLE attachment ADD COLUMN caption VARCHAR(300);
-- The version of the item an attachment first belongs to: attached to a draft of version n, it is public
-- from release n on. Rows from before are taken as part of the first version (they were public at once).
ALTER TABLE attachment ADD COLUMN since_version INTEGER DEFAULT 1 NOT NULL;

-- What a correction changed and why (更正说明), written by the drafter, kept with each release.
ALTER TABLE publication_item ADD COLUMN correction_note VARCHAR(1000);
ALTER TABLE item_release ADD COLUMN correction_note VARCHAR(1000);

-- The drafter's reason to submit despite text-check findings, shown to the reviewers.
ALTER TABLE publication_item ADD COLUMN override_reason VARCHAR(500);

-- 定时发布: an approved item waits in status SCHEDULED until this instant.
ALTER TABLE publication_item ADD COLUMN publish_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX publication_item_scheduled ON publication_item (status, publish_at);
