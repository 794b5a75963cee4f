-- Conversations: replies, forwards, reactions, mentions, pins, and per-member mute.
-- docs/API.md, "Conversations".
-- depends: 0002.mail-outbox

-- A reply names the message it answers, and its author: the reply keeps both when that
-- message is deleted (it then shows as deleted). No foreign key to messages on purpose.
-- A forward keeps where it came from, even once the original is gone.
-- `mentions`: the ids of the chat's members named as @nick, as the message shows them.
-- `reply_content`, `reaction_summary` and `pinned` repeat what the replied-to message, the
-- reactions and the pins say, written in the same transaction as they change: a history
-- page reads them with its rows instead of looking up three more places per message.
ALTER TABLE messages
    ADD COLUMN reply_to_id               bigint,
    ADD COLUMN reply_to_user_id          bigint REFERENCES users (id) ON DELETE RESTRICT,
    -- The start of the replied-to message as it is now; null once it is deleted.
    ADD COLUMN reply_content             text,
    ADD COLUMN forwarded_from_message_id bigint,
    ADD COLUMN forwarded_from_user_id    bigint REFERENCES users (id) ON DELETE RESTRICT,
    ADD COLUMN forwarded_from_created_at timestamptz,
    ADD COLUMN mentions                  bigint[] NOT NULL DEFAULT '{}',
    -- [[emoji, [user id, ...]], ...], most used first; null without reactions.
    ADD COLUMN reaction_summary          jsonb,
    ADD COLUMN pinned                    boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT messages_reply_whole CHECK ((reply_to_id IS NULL) = (reply_to_user_id IS NULL)),
    ADD CONSTRAINT messages_forward_whole CHECK (
        (forwarded_from_message_id IS NULL) = (forwarded_from_user_id IS NULL)
        AND (forwarded_from_message_id IS NULL) = (forwarded_from_created_at IS NULL)
    );

-- An edit or a delete of a message updates the replies to it.
CREATE INDEX messages_reply_to_id_idx ON messages (reply_to_id) WHERE reply_to_id IS NOT NULL;

-- A forward shares the original's files: several attachment rows may name one stored
-- file, which is removed with the last of them.
ALTER TABLE attachments DROP CONSTRAINT attachments_storage_key_key;
CREATE INDEX attachments_storage_key_idx ON attachments (storage_key);

-- One row per person and emoji on a message; a message's reactions are read by its id.
CREATE TABLE reactions (
    message_id bigint      NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    emoji      text        NOT NULL CHECK (char_length(emoji) BETWEEN 1 AND 64),
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (message_id, emoji, user_id)
);
CREATE INDEX reactions_user_id_idx ON reactions (user_id);

-- Who is mentioned where: the chat list counts a member's unread mentions per chat from
-- the primary key alone; the mention mail reads them by when they were made.
CREATE TABLE mentions (
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    chat_id    bigint      NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    message_id bigint      NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, chat_id, message_id)
);
CREATE INDEX mentions_message_id_idx ON mentions (message_id);
CREATE INDEX mentions_created_at_idx ON mentions (created_at, message_id, user_id);

-- How far the mention mail has looked: mentions up to this point were considered once.
CREATE TABLE mention_mail_progress (
    id         boolean     PRIMARY KEY DEFAULT true CHECK (id),
    created_at timestamptz NOT NULL,
    message_id bigint      NOT NULL,
    user_id    bigint      NOT NULL
);

-- Pins of a chat, newest first by id (a message pinned again becomes the newest).
CREATE TABLE pins (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    chat_id    bigint      NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    message_id bigint      NOT NULL UNIQUE REFERENCES messages (id) ON DELETE CASCADE,
    pinned_by  bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    pinned_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pins_chat_id_id_idx ON pins (chat_id, id);

-- A muted chat sends its member no mail.
ALTER TABLE members ADD COLUMN muted boolean NOT NULL DEFAULT false;

-- Mails of mentions.
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
    CHECK (kind IN ('chat_created', 'unread_digest', 'mentions'));
