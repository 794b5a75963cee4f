-- Operators' admin commands (messenger admin): an account can be deactivated (no login,
-- every session ended) and reactivated.
-- depends: 0008.deletion-export

ALTER TABLE users ADD COLUMN deactivated_at timestamptz;
