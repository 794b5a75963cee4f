-- Leaving with one's data (docs/API.md, "Accounts"): deleted accounts, and data exports.
-- depends: 0007.account-mails

-- A deleted account keeps its row, so its messages keep their author; what identified
-- the person (nick, email, password, avatar) is gone, and the nick and email are free.
ALTER TABLE users
    ALTER COLUMN nick DROP NOT NULL,
    ALTER COLUMN email DROP NOT NULL,
    ALTER COLUMN password_hash DROP NOT NULL,
    ADD COLUMN deleted_at timestamptz,
    ADD CONSTRAINT users_deleted_cleared CHECK (
        (deleted_at IS NULL) = (nick IS NOT NULL AND email IS NOT NULL AND password_hash IS NOT NULL)
    );

CREATE TABLE exports (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    -- A worker building it owns it until then; after, another may build it again.
    leased_until timestamptz,
    -- Set once the zip is complete on disk; its size in bytes.
    finished_at timestamptz,
    size        bigint CHECK (size >= 0),
    CONSTRAINT exports_finished_whole CHECK ((finished_at IS NULL) = (size IS NULL))
);
CREATE INDEX exports_user_id_idx ON exports (user_id);
-- The scheduler's sweep: unfinished ones to hand out again, old ones to remove.
CREATE INDEX exports_created_at_idx ON exports (created_at);
