-- Undo 0004.presence.
ALTER TABLE users DROP COLUMN last_seen_at, DROP COLUMN show_presence;
