"""The plain sqlite3 reads: the same answers as the services' reads, and the plain path taken only for a
store the usual opening would use as it is (otherwise the caller opens it the usual way)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from dvc_desktop.services import store_reads
from dvc_desktop.services.context import open_context
from dvc_desktop.services.rounds import open_round
from dvc_desktop.services.setup import initialise
from dvc_desktop.services.status import status, status_of
from dvc_desktop.store.files import CHECK_ALWAYS_UP_TO, DB_FILE_NAME, SESSION_MARK
from dvc_desktop.store.lock import StoreLock
from dvc_desktop.store.restore import STAGED_STORE

TODAY = date(2026, 12, 4)


@pytest.fixture()
def province(data_dir: Path) -> Path:
    """A province's store, closed cleanly, with a round open (its deadline, its reporting date)."""
    with open_context(data_dir) as context:
        context.today = lambda: TODAY
        initialise(context, "province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
        open_round(context, "Rà soát cuối năm 2026", "Công văn 12/VP-KSTT", date(2026, 12, 20),
                   opened_on=date(2026, 12, 1), reporting_date=date(2026, 12, 31))
    return data_dir


def read(data_dir: Path, work):  # type: ignore[no-untyped-def]
    with store_reads.plain_store(data_dir) as connection:
        return None if connection is None else work(connection)


def test_the_plain_status_is_the_services_status(province):
    with open_context(province) as context:
        context.today = lambda: TODAY
        usual = status(context)
    plain = read(province, lambda connection: status_of(connection, TODAY))
    assert plain == usual
    assert plain.round is not None and plain.round["reporting_date"] == "2026-12-31"
    assert plain.deadline == "2026-12-20" and plain.role == "province"


def test_the_small_reads_agree_with_the_services(province):
    from dvc_desktop.services.context import load_levels
    from dvc_desktop.services.rounds import current_round
    from dvc_desktop.services.settings import get_deadline, get_identity

    with open_context(province) as context, context.transaction() as session:
        usual = (get_identity(session), current_round(session), get_deadline(session), load_levels(session))
    plain = read(province, lambda c: (store_reads.identity(c), store_reads.current_round(c), store_reads.deadline(c),
                                      store_reads.levels(c)))
    assert plain == usual
    assert plain[1].opened_on == date(2026, 12, 1) and plain[2] == date(2026, 12, 20)


@pytest.mark.parametrize("leftover", [SESSION_MARK, STAGED_STORE])
def test_a_session_that_ended_badly_or_a_restore_cut_short_goes_the_usual_way(province, leftover):
    (province / leftover).write_bytes(b"")
    assert read(province, lambda _c: "plain") is None


def test_no_store_an_other_schema_or_a_missing_level_goes_the_usual_way(province, tmp_path):
    assert read(tmp_path / "nothing-here", lambda _c: "plain") is None
    assert read(province, lambda _c: "plain") == "plain"
    with sqlite3.connect(province / DB_FILE_NAME) as connection:
        connection.execute("DELETE FROM levels WHERE code = 'xa'")
    connection.close()
    assert read(province, lambda _c: "plain") is None  # the usual opening adds the bundled level back
    with open_context(province):
        pass
    assert read(province, lambda _c: "plain") == "plain"
    with sqlite3.connect(province / DB_FILE_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    connection.close()
    assert read(province, lambda _c: "plain") is None


def test_a_small_store_is_checked_as_every_opening_checks_it(province):
    assert (province / DB_FILE_NAME).stat().st_size <= CHECK_ALWAYS_UP_TO
    data = bytearray((province / DB_FILE_NAME).read_bytes())
    page = 4096
    data[2 * page:3 * page] = b"\x7f" * page  # a page of a table, overwritten
    (province / DB_FILE_NAME).write_bytes(bytes(data))
    assert read(province, lambda _c: "plain") is None  # the usual opening says it is damaged


def test_beside_a_session_of_this_computer_it_reads_as_a_shared_command_does(province):
    with StoreLock(province):
        assert read(province, lambda connection: store_reads.identity(connection).unit_code) == "000.00.01.H59"
        (province / SESSION_MARK).write_bytes(b"")  # the holder's own mark: it is that session's to clear
        assert read(province, lambda _c: "plain") == "plain"


def test_nothing_is_written(province):
    before = (province / DB_FILE_NAME).read_bytes()
    read(province, lambda connection: status_of(connection, TODAY))
    assert (province / DB_FILE_NAME).read_bytes() == before
    assert not (province / SESSION_MARK).exists()
