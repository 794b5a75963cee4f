-- Undo 0012.search-walk.
ALTER TABLE messages RESET (autovacuum_vacuum_insert_scale_factor);
CREATE INDEX messages_chat_id_id_narrow ON messages (chat_id, id) INCLUDE (user_id);
DROP INDEX messages_chat_id_id_idx;
ALTER INDEX messages_chat_id_id_narrow RENAME TO messages_chat_id_id_idx;
