-- A search inside a chat, for a common word or a phrase, walks the chat's messages
-- newest first until its page is full (repository.search), reading each one's search
-- document. With the document in the (chat_id, id) index, beside the user_id that
-- unread counts read there, that walk is an index-only scan wherever the visibility map
-- says all-visible. On the 1.5M messages of `make bench`, at 16 clients, a phrase's p50
-- went from 52 to 38 ms in the big chat and from 54 to 45 ms in all of a member's chats
-- (with repository.search naming each big chat on its own). The index grows from 102 to
-- about 300 MB there; a bare INSERT is about 4 % slower, and counting a huge number of
-- unread messages (152,000 in the big chat) takes 27 ms instead of 24 (pgbench).
-- depends: 0011.planner

CREATE INDEX messages_chat_id_id_search ON messages (chat_id, id) INCLUDE (user_id, search_vector);
DROP INDEX messages_chat_id_id_idx;
ALTER INDEX messages_chat_id_id_search RENAME TO messages_chat_id_id_idx;

-- Index-only needs all-visible pages, and the newest messages are what a walk reads
-- first: vacuum after 1 % of the table was inserted (VACUUM of an insert-only stretch
-- reads only the pages not yet all-visible) rather than PostgreSQL's default 20 %.
ALTER TABLE messages SET (autovacuum_vacuum_insert_scale_factor = 0.01);
