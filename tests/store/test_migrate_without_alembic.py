"""Opening a current store reads its revision and the head without Alembic; both must agree with it."""

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from dvc_desktop.store.database import DB_FILE_NAME
from dvc_desktop.store.engine import make_engine, sqlite_url
from dvc_desktop.store.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade,
)


def test_the_head_read_from_the_files_is_alembics():
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_the_revision_read_by_one_query_is_alembics(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / DB_FILE_NAME))

    def alembic_says():  # type: ignore[no-untyped-def]
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    assert current_revision(engine) is None and alembic_says() is None  # an empty file
    for target in ("0001", "head"):
        upgrade(engine, tmp_path / DB_FILE_NAME, tmp_path / "backups", target=target)
        assert current_revision(engine) == alembic_says()
    assert current_revision(engine) == head_revision()
    engine.dispose()
