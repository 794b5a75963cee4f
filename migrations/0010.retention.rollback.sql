-- Undo 0010.retention.
ALTER TABLE chats DROP COLUMN retention_days;
