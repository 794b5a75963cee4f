"""messenger: a self-hosted chat backend."""
