"""The files a store keeps in its data directory (named apart so reading them needs no SQLAlchemy)."""

DB_FILE_NAME = "dvc-desktop.sqlite"
LOCK_FILE_NAME = "dvc-desktop.lock"
SESSION_MARK = "dvc-desktop.session"  # present while a session has the store open; left by a crash
CHECK_ALWAYS_UP_TO = 8 * 1024 * 1024  # a store this small is checked whole at every open (store/integrity.py)
