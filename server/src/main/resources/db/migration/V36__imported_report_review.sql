-- A report imported as history (历史年报) now goes through the organ's review chain like a compiled one
-- (issue 11): the flag tells the last approval to keep the report's own publication date and mark it IMPORTED.
ALTER TABLE annual_report_version ADD COLUMN imported BOOLEAN DEFAULT FALSE NOT NULL;
