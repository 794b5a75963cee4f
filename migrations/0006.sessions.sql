-- Sessions (docs/API.md, "Accounts"): each token is a session the user can see and end.
-- last_used_at is written at most once a minute per token (operations.accounts), never
-- on every request; user_agent is what the client that logged in said it was. A user's
-- sessions are found by tokens_user_id_idx.
-- depends: 0005.search

ALTER TABLE tokens
    ADD COLUMN last_used_at timestamptz,
    ADD COLUMN user_agent   text;
