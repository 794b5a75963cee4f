-- Undo 0008.deletion-export. Deleted accounts get placeholders that satisfy the old
-- constraints and can never log in ('!' is no password hash).
DROP TABLE exports;
ALTER TABLE users DROP CONSTRAINT users_deleted_cleared;
UPDATE users
SET nick = 'deleted.' || id, email = 'deleted.' || id || '@invalid', password_hash = '!'
WHERE deleted_at IS NOT NULL;
ALTER TABLE users
    DROP COLUMN deleted_at,
    ALTER COLUMN nick SET NOT NULL,
    ALTER COLUMN email SET NOT NULL,
    ALTER COLUMN password_hash SET NOT NULL;
