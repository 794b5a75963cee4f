"""Helpers shared by the test suites: calls to the API as a test makes them, free ports,
child processes, a private Redis, waiting for a condition. Fixtures stay in conftest.py."""
