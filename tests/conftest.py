"""Shared fixtures: every test gets its own data directory; Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENPYXL_LXML", "False")  # as dvc_desktop/__init__.py, for tests importing openpyxl first
_application = None


def pytest_sessionstart(session: pytest.Session) -> None:
    """One QApplication for the run, made first: were a report test to make the QGuiApplication the
    command line uses, any widget test after it would abort, whatever subset of the suite runs."""
    global _application
    from PySide6.QtWidgets import QApplication

    from dvc_desktop.package import keys

    # Keys made inside the test process cost 0.1 s, not half a second (hundreds are made); keys made by a
    # `dvc-desktop` subprocess keep the real cost, which tests/package/test_key_wrapping.py checks.
    keys.SCRYPT_N = 2 ** 14

    _application = QApplication.instance() or QApplication(["dvc-desktop-tests"])
    # What the window remembers (geometry, columns, language) goes to a folder of the run's own, never
    # the user's settings, and starts empty.
    import tempfile

    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="dvc-settings-"))


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked `engines` run on each store engine: the SQLite file and a PostgreSQL server; one also
    marked `sqlite_only(reason)` tests what only a store file has (its header, its fast paths, the demo)."""
    if metafunc.definition.get_closest_marker("engines") and "store_engine" in metafunc.fixturenames:
        only_file = metafunc.definition.get_closest_marker("sqlite_only")
        metafunc.parametrize("store_engine", ENGINES[:1] if only_file else ENGINES, indirect=True)


@pytest.fixture()
def store_engine(request: pytest.FixtureRequest) -> str:
    """Which engine the test's `data_dir` store lives on (SQLite unless the test is marked `engines`)."""
    return getattr(request, "param", "sqlite")


class Databases:
    """The throw-away PostgreSQL server's databases: a fresh one per test, made from templates (the
    migrated schema, the demo province) so that a test pays a copy, not the migrations."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self._count = 0
        self._templates: set[str] = set()

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url.set(drivername="postgresql", database="postgres")
                             .render_as_string(hide_password=False), autocommit=True) as connection:
            connection.execute(sql)

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def fresh(self, template: str | None = None) -> str:
        """A new database (empty, or a copy of `template`), dropped with the server at the run's end."""
        self._count += 1
        name = f"t{os.getpid()}_{self._count}"
        self._admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url_of(name)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._admin(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def template(self, name: str, build) -> str:  # type: ignore[no-untyped-def]
        """The template `name`, built once by `build(url)`."""
        if name not in self._templates:
            self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self._admin(f'CREATE DATABASE "{name}"')
            build(self.url_of(name))  # leaves no connection open: a template in use cannot be copied
            self._templates.add(name)
        return name


_postgres: list[Databases] = []


@pytest.fixture(scope="session")
def postgres():
    """The run's throw-away PostgreSQL server: the one scripts/test started ($DVC_TEST_DATABASE_URL), else
    one of this run's own (stopped at its end). Without PostgreSQL installed the server's tests are
    skipped, except on CI, where that fails the run."""
    from tests import postgres_server

    url = os.environ.get("DVC_TEST_DATABASE_URL")
    server = None
    if not url:
        if postgres_server.binaries() is None:
            if os.environ.get("CI"):
                pytest.fail("PostgreSQL is not installed: scripts/test installs Debian's postgresql")
            pytest.skip("PostgreSQL is not installed (scripts/test installs it)")
        import tempfile

        # In /tmp itself: as root the server runs as `postgres`, which cannot enter pytest's own folders.
        server = postgres_server.start(Path(tempfile.mkdtemp(prefix="dvc-postgres-")))
        url = server.url
    databases = Databases(url)
    _postgres.append(databases)
    yield databases
    _postgres.clear()
    if server is not None:
        import shutil

        server.stop("immediate")
        shutil.rmtree(server.folder, ignore_errors=True)


def _migrated(url: str) -> None:
    import tempfile

    from dvc_desktop.store.database import Database

    with tempfile.TemporaryDirectory() as folder:
        Database(Path(folder), url).open().close()


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store_engine: str,
             request: pytest.FixtureRequest) -> Path:
    """A fresh data directory, also set as $DVC_DATA_DIR so nothing touches the user's store. On the
    `postgresql` engine its store is a fresh database of the throw-away server (local.json names it)."""
    path = tmp_path / "data"
    monkeypatch.setenv("DVC_DATA_DIR", str(path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # logs of the command line
    monkeypatch.delenv("DVC_DATABASE_URL", raising=False)
    return place_store(path, store_engine, request)


def place_store(path: Path, store_engine: str, request: pytest.FixtureRequest) -> Path:
    """On the `postgresql` engine, the store of the data folder `path` becomes a fresh database of the
    throw-away server (its local.json names it, as `server use` writes it), dropped after the test."""
    if store_engine == "postgresql":
        from dvc_desktop import local_settings

        databases: Databases = request.getfixturevalue("postgres")
        url = databases.fresh(databases.template("dvc_migrated", _migrated))
        local_settings.save_database_url(path, url)
        request.addfinalizer(lambda: databases.drop(url))
    return path


@pytest.fixture()
def context(data_dir: Path):
    from dvc_desktop.services.context import open_context

    with open_context(data_dir) as ctx:
        yield ctx


@pytest.fixture()
def department(context):
    """A store initialised as the demo province's Sở Tư pháp."""
    from dvc_desktop.services.setup import initialise

    initialise(context, "department", "000.00.13.H59", "Sở Tư pháp", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
    return context


PROVINCE_IDENTITY = ("province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
PROVINCE_PASS = "mật khẩu của tỉnh"
_templates: dict[str, Path] = {}


def demo_province(target: Path) -> Path:
    """A copy of the demo province (identity PROVINCE_IDENTITY, signing key PROVINCE_PASS) at `target`.

    The demo receives sixteen units' real packages, which takes seconds; it is built once per run and
    its closed store copied, so each test still gets a store of its own."""
    import shutil
    import tempfile

    from dvc_desktop import local_settings

    on_server = local_settings.saved_database_url(target)
    template = _templates.get("province")
    if template is None:
        from dvc_desktop.services.context import open_context
        from dvc_desktop.demo.build import load_demo
        from dvc_desktop.services.keys import generate_signing_key
        from dvc_desktop.services.setup import initialise

        template = Path(tempfile.mkdtemp(prefix="dvc-demo-province-")) / "store"
        with open_context(template) as context:
            initialise(context, *PROVINCE_IDENTITY)
            generate_signing_key(context, PROVINCE_PASS)
            load_demo(context)
        _templates["province"] = template
    if on_server:  # the same province moved onto the server once (migrate-store), then copied per test
        from dvc_desktop.store.transfer import move_store

        databases = _postgres[0]
        name = databases.template("dvc_demo_province", lambda url: move_store(
            template / "dvc-desktop.sqlite", url, "tests"))
        databases.drop(on_server)
        from sqlalchemy.engine import make_url

        databases._admin(f'CREATE DATABASE "{make_url(on_server).database}" TEMPLATE "{name}"')
        shutil.copytree(template / "keys", target / "keys", dirs_exist_ok=True)
        return target
    shutil.copytree(template, target, dirs_exist_ok=True)
    return target


_exit_status: list[int] = []


def pytest_sessionfinish(session, exitstatus):  # type: ignore[no-untyped-def]
    import shutil

    for template in _templates.values():
        shutil.rmtree(template.parent, ignore_errors=True)
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):  # type: ignore[no-untyped-def]
    """Leave without the interpreter's own teardown. After every result is reported, PySide6 at
    times crashed (SIGSEGV) while Python destroyed the remaining Qt wrappers in no particular
    order, turning a passing run into a failed one. The application's own exit is covered by the
    tests that start and quit real processes (test_bundle, test_kill, the report command)."""
    import sys

    from PySide6 import QtWidgets

    app = QtWidgets.QApplication.instance()
    if app is not None:
        for widget in QtWidgets.QApplication.topLevelWidgets():
            widget.close()
        app.processEvents()
    sys.stdout.flush()
    sys.stderr.flush()
    if _exit_status:
        os._exit(_exit_status[0])


@pytest.fixture()
def held_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """held_open(name, content) → a file in its own folder that cannot be replaced, as Windows refuses to
    replace a file Excel or a PDF viewer has open (os.replace raises PermissionError)."""
    import os

    def make(name: str, content: bytes) -> Path:
        folder = tmp_path / "held-open"
        folder.mkdir(exist_ok=True)
        target = folder / name
        target.write_bytes(content)
        return target

    def refused(source, target):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", refused)
    return make


@pytest.fixture()
def failing_commit():
    """From now on every commit of a user action (one that writes the audit log) fails as SQLite's
    fails on a full disk; opening the store still works, so the action itself is what fails."""
    import sqlite3

    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from dvc_desktop.store.models import AuditEntry

    def refuse(session):  # type: ignore[no-untyped-def]
        if any(isinstance(item, AuditEntry) for item in session.new):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(Session, "before_commit", refuse)
    yield
    event.remove(Session, "before_commit", refuse)


@pytest.fixture(autouse=True)
def _fresh_window_settings():
    """Each test starts with nothing remembered (window place, columns shown, language)."""
    from dvc_desktop.gui.preferences import settings

    settings().clear()
    yield


def store_rows(data_dir: Path, sql: str, *parameters: object) -> list[tuple]:
    """Rows of plain SQL (`?` placeholders) read from the store of `data_dir`, on whichever engine holds
    it (the SQLite file read-only, or the server its local.json names), outside the program's own code."""
    from dvc_desktop import local_settings

    url = local_settings.saved_database_url(data_dir)
    if url is None:
        import sqlite3

        connection = sqlite3.connect(f"file:{data_dir / 'dvc-desktop.sqlite'}?mode=ro", uri=True)
        try:
            return connection.execute(sql, parameters).fetchall()
        finally:
            connection.close()
    import psycopg

    from dvc_desktop.store.server import libpq_conninfo

    with psycopg.connect(libpq_conninfo(url)) as connection:
        return [tuple(row) for row in connection.execute(sql.replace("?", "%s"), parameters).fetchall()]


def store_fingerprint(data_dir: Path) -> str:
    """SHA-256 over every table's row count and checksum (migrate-store's comparison), audit log and
    import log included, on whichever engine holds the store: equal means nothing changed."""
    import hashlib

    from dvc_desktop import local_settings
    from dvc_desktop.store.engine import make_engine
    from dvc_desktop.store.transfer import read_only_engine, table_checks

    url = local_settings.saved_database_url(data_dir)
    engine = make_engine(url) if url else read_only_engine(data_dir / "dvc-desktop.sqlite")
    try:
        return hashlib.sha256(repr(list(table_checks(engine))).encode("utf-8")).hexdigest()
    finally:
        engine.dispose()
