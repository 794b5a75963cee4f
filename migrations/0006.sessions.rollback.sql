-- Undo 0006.sessions.
ALTER TABLE tokens DROP COLUMN user_agent, DROP COLUMN last_used_at;
