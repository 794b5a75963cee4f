-- Undo 0003.conversations. Mention mails and the forwards' shared attachment rows go.
DELETE FROM mail_outbox WHERE kind = 'mentions';
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
    CHECK (kind IN ('chat_created', 'unread_digest'));
ALTER TABLE members DROP COLUMN muted;
DROP TABLE pins;
DROP TABLE mention_mail_progress;
DROP TABLE mentions;
DROP TABLE reactions;
DROP INDEX attachments_storage_key_idx;
DROP INDEX messages_reply_to_id_idx;
DELETE FROM attachments copy USING attachments original
    WHERE copy.storage_key = original.storage_key AND copy.id > original.id;
ALTER TABLE attachments ADD CONSTRAINT attachments_storage_key_key UNIQUE (storage_key);
ALTER TABLE messages
    DROP CONSTRAINT messages_forward_whole,
    DROP CONSTRAINT messages_reply_whole,
    DROP COLUMN pinned,
    DROP COLUMN reaction_summary,
    DROP COLUMN mentions,
    DROP COLUMN forwarded_from_created_at,
    DROP COLUMN forwarded_from_user_id,
    DROP COLUMN forwarded_from_message_id,
    DROP COLUMN reply_content,
    DROP COLUMN reply_to_user_id,
    DROP COLUMN reply_to_id;
