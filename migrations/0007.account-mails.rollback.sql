-- Undo 0007.account-mails.
DELETE FROM mail_outbox WHERE kind IN ('verify_email', 'reset_password');
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
    CHECK (kind IN ('chat_created', 'unread_digest', 'mentions'));
DROP TABLE account_tokens;
ALTER TABLE users DROP COLUMN email_verified;
