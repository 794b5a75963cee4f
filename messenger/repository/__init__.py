"""SQLAlchemy Core statements over aiopg, one module per aggregate.

Repositories take a `Connection` and plain values and return rows; they never see a
request, a cache or a broker. Statements are compiled once, at import.
"""
