-- Undo 0005.search.
DROP INDEX messages_search;
DROP EXTENSION btree_gin;
ALTER TABLE messages DROP COLUMN search_vector;
DROP FUNCTION search_document(text);
DROP FUNCTION search_grams(text);
