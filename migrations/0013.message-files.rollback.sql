-- Undo 0013.message-files.
ALTER TABLE messages DROP COLUMN has_files;
