"""Persistence: SQLAlchemy models, engine, Alembic migrations, lock, backup."""
