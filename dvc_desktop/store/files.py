"""The files a store keeps in its data directory (named apart so reading them needs no SQLAlchemy)."""

DB_FILE_NAME = "dvc-desktop.sqlite"
LOCK_FILE_NAME = "dvc-desktop.lock"
