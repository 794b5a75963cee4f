-- Undo 0002.mail-outbox.
ALTER TABLE members DROP COLUMN digested_message_id;
DROP TABLE mail_outbox;
