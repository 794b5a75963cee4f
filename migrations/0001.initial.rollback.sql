-- Undo 0001.initial.
DROP TABLE attachments;
DROP TABLE messages;
DROP TABLE members;
DROP TABLE chats;
DROP TABLE tokens;
DROP TABLE users;
