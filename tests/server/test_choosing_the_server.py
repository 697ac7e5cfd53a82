"""Choosing the server: the URL (never a password), `init` on an empty database, the same migrations,
a database of a newer schema or another program's refused, the connection test, the staff name."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from dvc_desktop import local_settings
from dvc_desktop.services.server import checked_url, test_connection as connection_test
from dvc_desktop.services.errors import InvalidRequest

INIT = ("init", "--role", "province", "--unit-code", "000.00.01.H59", "--unit-name", "Văn phòng UBND tỉnh",
        "--province-code", "H59", "--province-name", "Tỉnh Sơn Hà")


@pytest.mark.parametrize("url, refused", [
    ("postgresql+psycopg://dvc:matkhau@may-chu/dvc", "mật khẩu"),
    ("sqlite:///C:/du-lieu/dvc.sqlite", "PostgreSQL"),
    ("postgresql+psycopg://dvc@may-chu", "tên cơ sở dữ liệu"),
    ("không phải địa chỉ", "không hợp lệ"),
])
def test_a_url_with_a_password_or_of_another_kind_is_refused(url, refused):
    with pytest.raises(InvalidRequest, match=refused):
        checked_url(url)


def test_a_plain_postgresql_url_gets_the_psycopg_driver():
    assert checked_url("postgresql://dvc@may-chu:5433/dvc") == "postgresql+psycopg://dvc@may-chu:5433/dvc"


def test_init_on_an_empty_database_creates_the_schema_and_the_store_works(run, data_dir, empty_database):
    report = connection_test(empty_database)
    assert report.ok and "còn trống" in report.message
    code, out, err = run("--database-url", empty_database, "--data-dir", str(data_dir), *INIT)
    assert code == 0, err
    assert "Văn phòng UBND tỉnh" in out
    assert not (data_dir / "dvc-desktop.sqlite").exists()  # nothing of the store on this computer
    engine = create_engine(empty_database)
    with engine.connect() as connection:
        from dvc_desktop.store.revision import head_revision

        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert connection.execute(text("SELECT count(*) FROM levels")).scalar() >= 4
    engine.dispose()
    assert connection_test(empty_database).message.endswith("sẵn sàng dùng.")
    # The environment variable selects it as well.
    import os

    from dvc_desktop.cli import main

    os.environ["DVC_DATABASE_URL"] = empty_database
    try:
        assert main(["--data-dir", str(data_dir), "status", "--json"]) == 0
    finally:
        os.environ.pop("DVC_DATABASE_URL", None)
    code, out, _ = run("--database-url", empty_database, "--data-dir", str(data_dir), "status", "--json")
    assert code == 0 and '"role": "province"' in out


def test_a_database_of_a_newer_version_is_refused_and_left_alone(run, data_dir, empty_database):
    assert run("--database-url", empty_database, "--data-dir", str(data_dir), *INIT)[0] == 0
    engine = create_engine(empty_database)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    code, _, err = run("--database-url", empty_database, "--data-dir", str(data_dir), "status")
    assert code != 0 and "mới hơn" in err and "0099" in err
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0099"
    engine.dispose()
    report = connection_test(empty_database)
    assert not report.ok and "mới hơn" in report.message


def test_another_programs_database_is_refused_untouched(run, data_dir, empty_database):
    engine = create_engine(empty_database)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE ke_toan (so INTEGER)"))
    code, _, err = run("--database-url", empty_database, "--data-dir", str(data_dir), *INIT)
    assert code != 0 and "chương trình khác" in err
    with engine.connect() as connection:
        tables = set(connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
    engine.dispose()
    assert tables == {"ke_toan"}
    assert not connection_test(empty_database).ok


def test_an_unreachable_server_is_said_in_vietnamese(run, data_dir):
    from tests.postgres_server import _free_port

    url = f"postgresql+psycopg://dvc@127.0.0.1:{_free_port()}/dvc"
    report = connection_test(url)
    assert not report.ok and report.message.startswith("Không kết nối được tới")
    code, _, err = run("--database-url", url, "--data-dir", str(data_dir), "status")
    assert code == 1 and "Mất kết nối tới máy chủ cơ sở dữ liệu" in err and "Lỗi không mong đợi" not in err


def test_server_use_remembers_the_url_and_the_staff_name_goes_into_the_audit_log(run, data_dir, empty_database):
    code, _, err = run("--data-dir", str(data_dir), "server", "use", "postgresql+psycopg://dvc:bimat@h/d")
    assert code == 2 and "mật khẩu" in err and local_settings.saved_database_url(data_dir) is None
    assert run("--data-dir", str(data_dir), "server", "use", empty_database)[0] == 0
    assert "bimat" not in (data_dir / "local.json").read_text(encoding="utf-8")
    assert run("--data-dir", str(data_dir), "server", "staff-name", "Nguyễn Thị Lan")[0] == 0
    code, out, _ = run("--data-dir", str(data_dir), "server", "show")
    assert empty_database in out and "Nguyễn Thị Lan" in out
    assert run("--data-dir", str(data_dir), *INIT)[0] == 0  # on the server local.json names
    engine = create_engine(empty_database)
    with engine.connect() as connection:
        actors = set(connection.execute(text("SELECT actor FROM audit_log")).scalars())
    engine.dispose()
    assert actors == {"Nguyễn Thị Lan"}
    assert run("--data-dir", str(data_dir), "server", "forget")[0] == 0
    assert local_settings.saved_database_url(data_dir) is None


@pytest.mark.parametrize("url, said", [
    ("postgresql+psycopg://dvc:bimat@127.0.0.1/dvc", "Không ghi mật khẩu"),
    ("mysql://dvc@127.0.0.1/dvc", "Chỉ dùng được máy chủ PostgreSQL"),
    ("không phải địa chỉ", "không hợp lệ"),
])
def test_a_bad_url_from_the_environment_is_refused_where_the_store_opens(data_dir, monkeypatch, capsys, url, said):
    from dvc_desktop.services.context import open_context
    from dvc_desktop.store.server import ServerUrlError

    monkeypatch.setenv("DVC_DATABASE_URL", url)
    with pytest.raises(ServerUrlError, match=said):  # the window's door: shown as it is, nothing opened
        open_context(data_dir)
    from dvc_desktop.cli import main

    assert main(["--data-dir", str(data_dir), "status"]) == 1
    err = capsys.readouterr().err
    assert said in err and "Lỗi không mong đợi" not in err and "bimat" not in err
    assert not (data_dir / "dvc-desktop.sqlite").exists()
