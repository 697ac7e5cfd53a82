"""Operating the server: the server lost in the middle of an import (nothing half-applied, the retry
goes through), backups with pg_dump and their restore with pg_restore."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from dvc_desktop.services.context import open_context
from dvc_desktop.services.packages import importing
from dvc_desktop.store.server import ServerUnavailable, find_client_tool, libpq_conninfo
from tests.package.conftest import UNIT_PASS, classify_some, offices  # noqa: F401 - the fixture
from tests.server.conftest import own_server, table_checks  # noqa: F401 - the fixture


ON_SERVER = pytest.mark.parametrize("store_engine", ["postgresql"], indirect=True)


def test_the_server_killed_in_the_middle_of_an_import_leaves_the_store_as_before(offices, own_server, monkeypatch):
    url = own_server.url_of("postgres")
    code, _, err = offices.run(offices.province, "migrate-store", "--to", url, "--use")
    assert code == 0, err
    classify_some(offices.unit, 30)
    package = offices.tmp / "goi-1.dvcpkg"
    assert offices.run(offices.unit, "package", "export", str(package), passphrase=UNIT_PASS)[0] == 0
    before = table_checks(url)

    real = importing.APPLY["submission"]
    killed = []

    def apply_then_lose_the_server(context, session, *args):  # type: ignore[no-untyped-def]
        real(context, session, *args)
        session.flush()  # the new answers are on the server, inside the import's transaction
        own_server.stop("immediate")  # the server (or the network to it) goes away before the commit
        killed.append(True)

    monkeypatch.setitem(importing.APPLY, "submission", apply_then_lose_the_server)
    with open_context(offices.province) as context:
        with pytest.raises(ServerUnavailable, match="không có gì ghi dở"):
            importing.import_packages(context, [package])
        assert killed
        own_server.start_again()
        assert table_checks(url) == before  # nothing half-applied
        monkeypatch.setitem(importing.APPLY, "submission", real)
        # The same context, once the server is back: the retry goes through (its dead connection replaced).
        [result] = importing.import_packages(context, [package])
        assert result.status == "imported" and result.sequence == 1
    assert table_checks(url)["classifications"][0] == before["classifications"][0] + 30


@ON_SERVER
@pytest.mark.skipif(find_client_tool("pg_dump") is None, reason="pg_dump is not installed")
def test_backup_on_a_server_is_a_pg_dump_that_pg_restore_brings_back(offices, postgres):
    code, out, err = offices.run(offices.province, "backup", str(offices.tmp / "sao-luu" / "tinh.dump"))
    assert code == 0, err
    dump = offices.tmp / "sao-luu" / "tinh.dump"
    assert dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    url = Path(offices.province / "local.json").read_text(encoding="utf-8")
    source = json.loads(url)["database_url"]
    restored = postgres.fresh()
    try:
        done = subprocess.run([find_client_tool("pg_restore"), "--no-owner", "--dbname", libpq_conninfo(restored),
                               str(dump)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        mine, theirs = table_checks(source), table_checks(restored)
        assert mine.pop("audit_log")[0] == theirs.pop("audit_log")[0] + 1  # the backup itself, audited after
        assert mine == theirs
    finally:
        postgres.drop(restored)
    code, _, err = offices.run(offices.province, "restore", str(dump))
    assert code == 2 and "pg_restore" in err and "docs/server.md" in err


@ON_SERVER
def test_without_pg_dump_the_backup_says_how(offices, monkeypatch):
    from dvc_desktop.store import server

    monkeypatch.setattr(server, "find_client_tool", lambda name: None)
    code, _, err = offices.run(offices.province, "backup", str(offices.tmp / "tinh.dump"))
    assert code == 2 and "Không tìm thấy pg_dump" in err and "pg_dump --format=custom" in err
    assert not (offices.tmp / "tinh.dump").exists()

