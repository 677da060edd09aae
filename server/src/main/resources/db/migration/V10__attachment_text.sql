-- The text of PDF and DOCX attachments, extracted once when the file is added, so that search can
-- index it (and rebuild its index) without reading the files again. NULL: no text could be read.
ALTER TABLE attachment ADD COLUMN text_content TEXT;
