-- Undo 0009.deactivation.
ALTER TABLE users DROP COLUMN deactivated_at;
