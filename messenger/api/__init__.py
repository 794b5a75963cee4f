"""The HTTP API: handlers parse and validate, call one operation, and serialise."""
