"""Pure-Python domain rules: no Qt, no SQLAlchemy, no I/O beyond reading bundled data."""
