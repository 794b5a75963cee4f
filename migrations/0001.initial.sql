-- The core schema: users, tokens, chats, members, messages, attachments.
-- depends:

CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nick          text        NOT NULL CHECK (nick ~ '^[A-Za-z0-9_.-]{5,32}$'),
    name          text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    email         text        NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
    password_hash text        NOT NULL,
    avatar        text,
    created_at    timestamptz NOT NULL DEFAULT now()
);
-- Nick and email are unique regardless of case: "Alice" and "alice" are one person.
CREATE UNIQUE INDEX users_nick_lower_key ON users (lower(nick));
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
-- User search is a case-insensitive prefix match on nick or name.
CREATE INDEX users_nick_prefix_idx ON users (lower(nick) text_pattern_ops);
CREATE INDEX users_name_prefix_idx ON users (lower(name) text_pattern_ops);

CREATE TABLE tokens (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Only a SHA-256 of the token is kept: a leaked table grants no sessions.
    token_hash  bytea       NOT NULL UNIQUE,
    user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);
CREATE INDEX tokens_user_id_idx ON tokens (user_id);

CREATE TABLE chats (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    is_group_chat      boolean     NOT NULL,
    topic              text CHECK (char_length(topic) BETWEEN 1 AND 200),
    avatar             text,
    -- A chat outlives the account that started it.
    created_by         bigint      REFERENCES users (id) ON DELETE SET NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    -- Moves forward with every new message: the chat list is ordered by it.
    last_activity_at   timestamptz NOT NULL DEFAULT now(),
    -- A personal chat records its pair (lower id first) so that a pair has one chat.
    personal_low_id    bigint      REFERENCES users (id) ON DELETE CASCADE,
    personal_high_id   bigint      REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT chats_group_has_topic CHECK (NOT is_group_chat OR topic IS NOT NULL),
    CONSTRAINT chats_personal_pair CHECK (
        (is_group_chat AND personal_low_id IS NULL AND personal_high_id IS NULL)
        OR (NOT is_group_chat AND personal_low_id < personal_high_id)
    )
);
CREATE UNIQUE INDEX chats_personal_pair_key ON chats (personal_low_id, personal_high_id)
    WHERE NOT is_group_chat;

CREATE TABLE members (
    chat_id              bigint      NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    user_id              bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role                 text        NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'member')),
    joined_at            timestamptz NOT NULL DEFAULT now(),
    -- Messages with a greater id are unread; only ever moves forward.
    last_read_message_id bigint      NOT NULL DEFAULT 0 CHECK (last_read_message_id >= 0),
    PRIMARY KEY (chat_id, user_id)
);
-- "The chats of a user" is the hot read of the chat list.
CREATE INDEX members_user_id_chat_id_idx ON members (user_id, chat_id);

CREATE TABLE messages (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    chat_id           bigint      NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    -- History must not vanish silently: deleting an author with messages is refused.
    user_id           bigint      NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    content           text        NOT NULL CHECK (char_length(content) BETWEEN 1 AND 4000),
    client_message_id uuid,
    created_at        timestamptz NOT NULL DEFAULT now(),
    edited_at         timestamptz,
    -- A retried send is recognised by its client_message_id.
    CONSTRAINT messages_client_message_id_key UNIQUE (chat_id, user_id, client_message_id)
);
-- History pages and unread counts: keyset on id within a chat; user_id rides along so
-- that "unread, not written by me" is answered from the index alone.
CREATE INDEX messages_chat_id_id_idx ON messages (chat_id, id) INCLUDE (user_id);

CREATE TABLE attachments (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    chat_id      bigint      NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
    -- Uploaded first, attached to a message when it is sent; goes with its message.
    message_id   bigint      REFERENCES messages (id) ON DELETE CASCADE,
    user_id      bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    filename     text        NOT NULL CHECK (char_length(filename) BETWEEN 1 AND 255),
    content_type text        NOT NULL,
    size         bigint      NOT NULL CHECK (size >= 0),
    storage_key  text        NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_message_id_idx ON attachments (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX attachments_chat_id_idx ON attachments (chat_id);
