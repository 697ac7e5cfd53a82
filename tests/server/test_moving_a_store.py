"""`migrate-store --to URL`: an office's SQLite store onto the server, every row and the audit log,
checked by counts and a checksum per table; the SQLite file untouched; a refused move writes nothing."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import demo_province
from tests.server.conftest import file_checks, table_checks


def _sha256(path) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_demo_province_moves_with_every_row_and_the_file_is_left_as_it_was(run, tmp_path, empty_database):
    office = demo_province(tmp_path / "office")
    store = office / "dvc-desktop.sqlite"
    before = _sha256(store)
    code, status_on_file, _ = run("--data-dir", str(office), "status", "--json")
    assert code == 0
    expected = file_checks(store)

    code, out, err = run("--data-dir", str(office), "migrate-store", "--to", empty_database, "--use", "--json")
    assert code == 0, err
    moved = json.loads(out)
    assert {t["table"]: (t["rows"], t["sha256"]) for t in moved["tables"]} == expected
    assert moved["rows"] == sum(rows for rows, _ in expected.values()) > 10_000
    assert expected["audit_log"][0] > 0 and expected["classifications"][0] > 2_000

    assert _sha256(store) == before  # the SQLite file, byte for byte
    on_server = table_checks(empty_database)
    assert {name: check for name, check in on_server.items() if name != "audit_log"} == \
        {name: check for name, check in expected.items() if name != "audit_log"}
    assert on_server["audit_log"][0] == expected["audit_log"][0] + 1  # and the move itself, audited

    # From now on this computer works on the server, and sees the same province.
    code, status_on_server, _ = run("--data-dir", str(office), "status", "--json")
    assert code == 0 and json.loads(status_on_server) == json.loads(status_on_file)
    # New rows get new ids after the copied ones (the server's sequences continue).
    code, _, err = run("--data-dir", str(office), "units", "add", "--code", "000.00.99.H59", "--name", "Sở Thử nghiệm",
                       "--level", "tinh", "--kind", "department")
    assert code == 0, err


def test_a_database_that_already_holds_a_store_is_refused_untouched(run, tmp_path, empty_database):
    office = demo_province(tmp_path / "office")
    assert run("--data-dir", str(office), "migrate-store", "--to", empty_database)[0] == 0
    there = table_checks(empty_database)
    code, _, err = run("--data-dir", str(office), "migrate-store", "--to", empty_database)
    assert code == 2 and "đã có dữ liệu" in err
    assert table_checks(empty_database) == there


def test_a_difference_found_by_the_check_rolls_the_whole_copy_back(run, tmp_path, empty_database, monkeypatch):
    from dvc_desktop.store import transfer

    office = demo_province(tmp_path / "office")
    real = transfer._check
    calls = []

    def differing(connection, table):  # type: ignore[no-untyped-def]
        found = real(connection, table)
        calls.append(table.name)
        if table.name == "classifications" and connection.dialect.name == "postgresql":
            return transfer.TableCheck(found.table, found.rows, "0" * 64)  # as if a row came out otherwise
        return found

    monkeypatch.setattr(transfer, "_check", differing)
    code, _, err = run("--data-dir", str(office), "migrate-store", "--to", empty_database)
    assert code == 2 and "classifications" in err and "không khớp" in err
    assert all(rows == 0 for rows, _ in table_checks(empty_database).values())  # schema made, no row kept
    monkeypatch.setattr(transfer, "_check", real)
    assert run("--data-dir", str(office), "migrate-store", "--to", empty_database)[0] == 0  # then it goes


def test_a_store_of_an_older_schema_is_opened_here_first(run, tmp_path, empty_database):
    from alembic import command

    from dvc_desktop.store.engine import make_engine, sqlite_url
    from dvc_desktop.store.revision import alembic_config

    office = demo_province(tmp_path / "office")
    engine = make_engine(sqlite_url(office / "dvc-desktop.sqlite"))
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
    engine.dispose()
    before = _sha256(office / "dvc-desktop.sqlite")
    code, _, err = run("--data-dir", str(office), "migrate-store", "--to", empty_database)
    assert code == 2 and "0008" in err and "nâng cấp" in err
    assert _sha256(office / "dvc-desktop.sqlite") == before
    engine = create_engine(empty_database)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 0
    engine.dispose()


@pytest.mark.parametrize("value", ["", "\x00", "ả" * 200])
def test_canonical_values_agree_across_engines(value):
    from datetime import datetime, timedelta, timezone

    from dvc_desktop.store.transfer import canonical

    naive_utc = datetime(2026, 12, 4, 3, 0)
    aware = naive_utc.replace(tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=7)))
    assert canonical(naive_utc) == canonical(aware)
    assert canonical({"b": value, "a": 1}) == canonical({"a": 1, "b": value})
    assert canonical(memoryview(value.encode())) == canonical(value.encode())


def test_after_the_move_the_sqlite_fast_paths_step_aside_for_the_server(run, tmp_path, empty_database):
    from datetime import date

    from dvc_desktop.services.first_look import first_look
    from dvc_desktop.services.store_reads import plain_store

    office = demo_province(tmp_path / "office")
    awaiting = _awaiting(run, office)
    assert run("--data-dir", str(office), "migrate-store", "--to", empty_database, "--use")[0] == 0
    assert first_look(office, date.today()) is None  # the file is still there, and is not the store any more
    with plain_store(office) as connection:
        assert connection is None
    code, out, _ = run("--data-dir", str(office), "review", "accept", "--unit", "000.00.09.H59", "--code",
                       _a_classified_code(office, "000.00.09.H59"), "--json")
    assert code == 0, out
    assert _awaiting(run, office) == awaiting - 1  # `status` reads the server, not the file beside
    engine = create_engine(empty_database)
    with engine.connect() as connection:
        accepted = connection.execute(text("SELECT count(*) FROM classifications WHERE review_status = 'accepted'")
                                      ).scalar()
    engine.dispose()
    import sqlite3

    on_file = sqlite3.connect(f"{(office / 'dvc-desktop.sqlite').as_uri()}?mode=ro", uri=True)
    try:
        (file_accepted,) = on_file.execute(
            "SELECT count(*) FROM classifications WHERE review_status = 'accepted'").fetchone()
    finally:
        on_file.close()
    assert accepted == file_accepted + 1  # the decision went to the server, the file kept its count


def _awaiting(run, office) -> int:  # type: ignore[no-untyped-def]
    code, out, _ = run("--data-dir", str(office), "status", "--json")
    assert code == 0
    return next(u for u in json.loads(out)["units"] if u["code"] == "000.00.09.H59")["awaiting_review"]


def _a_classified_code(office, unit_code: str) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from dvc_desktop.services.context import open_context
    from dvc_desktop.store import models

    with open_context(office) as context, context.transaction() as session:
        c = models.Classification
        return session.scalars(select(models.Procedure.code).join(c, c.procedure_id == models.Procedure.id)
                               .join(models.Unit, c.unit_id == models.Unit.id)
                               .where(models.Unit.code == unit_code, c.form.is_not(None), c.review_status == "")
                               ).first()
