-- Mail as an outbox: each mail is a row written in the same transaction as what it
-- announces, then handed to the task broker; and the mark of what the unread digest
-- already covered for each member.
-- depends: 0001.initial

CREATE TABLE mail_outbox (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('chat_created', 'unread_digest')),
    -- The recipient; the address is read when the mail is sent.
    user_id         bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- What the mail says, as it was when it was written (who started the chat, ...).
    payload         jsonb       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    -- When the relay hands the mail to the broker (again) if no worker has sent it.
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    -- A worker holds the mail until then (a lease): a killed worker's mail comes back.
    claimed_until   timestamptz,
    -- SMTP attempts started; also fences a worker whose lease has passed to another.
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      text,
    sent_at         timestamptz,
    -- Refused for good (a 5xx answer) or out of attempts.
    failed_at       timestamptz,
    CONSTRAINT mail_outbox_settled_once CHECK (sent_at IS NULL OR failed_at IS NULL)
);
-- The relay's sweep: unsettled mails by due time; settled ones drop out of the index.
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at)
    WHERE sent_at IS NULL AND failed_at IS NULL;
-- Deleting a user deletes their mails.
CREATE INDEX mail_outbox_user_id_idx ON mail_outbox (user_id);

-- Messages of others up to this id were counted in an unread digest already: the next
-- digest starts above it (and above the read marker), so no message is mailed twice.
ALTER TABLE members
    ADD COLUMN digested_message_id bigint NOT NULL DEFAULT 0 CHECK (digested_message_id >= 0);
