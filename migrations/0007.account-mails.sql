-- Accounts people can trust (docs/API.md, "Accounts"): verified addresses, and the
-- single-use tokens mailed to verify an address or to reset a password.
-- depends: 0006.sessions

-- Accounts from before verification existed keep getting their mail: they count as
-- verified. New accounts, and changed addresses, start unverified.
ALTER TABLE users ADD COLUMN email_verified boolean NOT NULL DEFAULT false;
UPDATE users SET email_verified = true;

CREATE TABLE account_tokens (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     text        NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
    -- Only a SHA-256 of the token is kept, as for sessions.
    token_hash  bytea       NOT NULL UNIQUE,
    -- The address it was mailed to: a verification holds only while it is still the user's.
    email       text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    -- Single use: set by the one request that uses it.
    used_at     timestamptz
);
CREATE INDEX account_tokens_user_id_idx ON account_tokens (user_id);

-- The account mails go through the outbox like the others.
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
    CHECK (kind IN ('chat_created', 'unread_digest', 'mentions', 'verify_email', 'reset_password'));
