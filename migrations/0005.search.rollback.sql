-- Undo 0005.search.
DROP INDEX messages_search;
ALTER TABLE messages DROP COLUMN search_vector;
DROP FUNCTION search_document(text);
DROP FUNCTION search_grams(text);
