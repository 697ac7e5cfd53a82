"""Two stores on one machine: a province and a department, keys exchanged as the offices would."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from dvc_desktop.cli import main
from tests.conftest import PROVINCE_PASS, demo_province

UNIT_PASS = "mật khẩu sở tư pháp"
UNIT = "000.00.13.H59"


@dataclass
class Offices:
    province: Path
    unit: Path
    tmp: Path
    run: object  # run(data_dir, *argv, passphrase=...) -> (code, out, err)


def set_up_offices(root: Path, run) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    """Key exchange as the offices do it: the province's reference with its fingerprint checked, the
    unit's public key trusted at the province."""
    province, unit = root / "province", root / "unit"
    demo_province(province)  # init (key PROVINCE_PASS) and demo, built once per run
    assert run(province, "reference", "export", str(root / "ref.dvcpkg"), passphrase=PROVINCE_PASS)[0] == 0
    fingerprint = run(province, "keys", "fingerprint")[1].strip().splitlines()[-1]
    assert run(unit, "init", "--role", "department", "--unit-code", UNIT, "--unit-name", "Sở Tư pháp",
               "--province-code", "H59", passphrase=UNIT_PASS)[0] == 0
    assert run(unit, "reference", "import", str(root / "ref.dvcpkg"), "--fingerprint", fingerprint)[0] == 0
    empty_the_list(unit)
    assert run(unit, "keys", "export-public", str(root / "unit.pub"))[0] == 0
    assert run(province, "trust", "add", str(root / "unit.pub"), "--unit-code", UNIT, "--yes")[0] == 0
    return province, unit


def empty_the_list(unit_dir: Path) -> None:
    """The reference gives the unit the ~290 procedures the demo catalogue assigns to Sở Tư pháp
    (tests/test_first_round.py checks that); these tests build small packages from an empty list,
    removed as a clerk removes procedures."""
    from dvc_desktop.services import workspace as ws
    from dvc_desktop.services.context import open_context

    with open_context(unit_dir) as context:
        ws.remove(context, [row.id for row in ws.load_rows(context)])


def cli_runner(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """run(data_dir, *argv, passphrase=None) → (exit code, stdout, stderr), as a script would see them."""
    def run(data_dir: Path, *argv: str, passphrase: str | None = None):
        if passphrase is None:
            monkeypatch.delenv("DVC_KEY_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("DVC_KEY_PASSPHRASE", passphrase)
        code = main(["--data-dir", str(data_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def build_offices(root: Path, then=None, database: str | None = None) -> Path:  # type: ignore[no-untyped-def]
    """The two offices set up once at `root` (for a template); `then(province, unit)` may add to them;
    `database`: the province's store on that server database (a template on the throw-away server).
    Copy them per test with `copy_offices`."""
    import contextlib
    import io

    if database is not None:
        from dvc_desktop import local_settings

        local_settings.save_database_url(root / "province", database)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_STATE_HOME", str(root / "state"))

        def run(data_dir: Path, *argv: str, passphrase: str | None = None) -> tuple[int, str]:
            if passphrase is None:
                patch.delenv("DVC_KEY_PASSPHRASE", raising=False)
            else:
                patch.setenv("DVC_KEY_PASSPHRASE", passphrase)
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                code = main(["--data-dir", str(data_dir), *argv])
            return code, out.getvalue()

        province, unit = set_up_offices(root, run)
        if then is not None:
            then(province, unit)
    for name in ("province", "unit"):
        assert not (root / name / "dvc-desktop.lock").exists()
    return root


_TEMPLATES: dict[tuple[str, str], Path] = {}


def offices_template(request: pytest.FixtureRequest, store_engine: str, name: str = "offices",
                     then=None) -> Path:  # type: ignore[no-untyped-def]
    """The two offices built once per run for (`name`, engine), `then` applied: each test copies them
    (copy_offices) instead of setting them up through the command line again (1.5 s a test)."""
    key = (name, store_engine)
    if key not in _TEMPLATES:
        root = request.getfixturevalue("tmp_path_factory").mktemp(f"{name}-{store_engine}")
        database = None
        if store_engine == "postgresql":
            databases = request.getfixturevalue("postgres")
            database = databases.url_of(databases.template(f"{name}_tpl", lambda _url: None))
        _TEMPLATES[key] = build_offices(root, then, database)
    return _TEMPLATES[key]


def copy_offices(template: Path, tmp_path: Path, capsys, monkeypatch,  # type: ignore[no-untyped-def]
                 request: pytest.FixtureRequest | None = None) -> Offices:
    """A fresh copy of the offices at `template`; a province on the server gets a database of its own,
    copied from the template's (`request` gives the test's server)."""
    import shutil

    from dvc_desktop import local_settings

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    for name in ("province", "unit"):
        shutil.copytree(template / name, tmp_path / name)
    for name in ("unit.pub", "ref.dvcpkg"):
        if (template / name).exists():
            shutil.copy(template / name, tmp_path / name)
    on_server = local_settings.saved_database_url(template / "province")
    if on_server is not None:
        from sqlalchemy.engine import make_url

        assert request is not None, "a province on the server is copied with the test's request"
        databases = request.getfixturevalue("postgres")
        url = databases.fresh(make_url(on_server).database)
        local_settings.save_database_url(tmp_path / "province", url)
        request.addfinalizer(lambda: databases.drop(url))
    return Offices(tmp_path / "province", tmp_path / "unit", tmp_path, cli_runner(monkeypatch, capsys))


@pytest.fixture()
def offices(tmp_path, capsys, monkeypatch, store_engine, request) -> Offices:
    """The province (on the test's store engine) and a unit (always SQLite: units work offline), set up
    as the offices do it (set_up_offices) once per run and copied for each test."""
    return copy_offices(offices_template(request, store_engine), tmp_path, capsys, monkeypatch, request)


def classify_some(unit_dir: Path, count: int = 20) -> None:
    """What a clerk does in the window, through the same services."""
    from dvc_desktop.domain.classification import Checklist, Classification, Form
    from dvc_desktop.services import workspace as ws
    from dvc_desktop.services.context import open_context

    with open_context(unit_dir) as context:
        hits = ws.search_reference(context, "", limit=count)
        ids = ws.add_procedures(context, [h.procedure_id for h in hits])
        for index, row_id in enumerate(ids):
            if index % 3 == 0:
                wanted = Classification(Checklist(True, True, False, True, True), Form.PARTIAL,
                                        "law_requires_presence", "Khoản 1 Điều 9 Luật Hộ tịch 2014")
            else:
                wanted = Classification(Checklist(True, True, True, True, True), Form.FULL)
            ws.save_classification(context, row_id, wanted)


def unit_key(offices: Offices):
    """The department's private key and key id, to sign forged test packages with."""
    from dvc_desktop.package.keys import public_info, unlock

    keys = offices.unit / "keys"
    return unlock(keys, UNIT_PASS), public_info(keys)


def forge(offices: Offices, manifest: dict, files: dict[str, bytes], *, payload: bytes | None = None) -> bytes:
    """A package validly signed by the department's trusted key, with whatever content a test needs."""
    from dvc_desktop.package.container import build_container, build_payload
    from dvc_desktop.package.minisign import sign

    private, info = unit_key(offices)
    body = payload if payload is not None else build_payload(manifest, files)
    return build_container(body, sign(private, info.key_id, body, "forged for a test"))


def base_manifest(offices: Offices, files: dict[str, bytes], **changes) -> dict:
    import hashlib

    from dvc_desktop.package.keys import public_info

    info = public_info(offices.unit / "keys")
    manifest = {
        "format": "dvc-package", "format_version": 1, "kind": "submission",
        "sender": {"unit_code": UNIT, "unit_name": "Sở Tư pháp"}, "recipient": "H59", "sequence": 1,
        "created_at": "2026-11-29T08:00:00+00:00", "schema_version": "0003", "rule_set": "ND224-2026",
        "key_id": info.key_id_hex,
        "files": [{"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in sorted(files.items())],
    }
    manifest.update(changes)
    return manifest


def submission_files(classifications: list | None = None, websites: list | None = None) -> dict[str, bytes]:
    return {"classifications.json": json.dumps(classifications or []).encode(),
            "websites.json": json.dumps(websites or []).encode()}


__all__ = ["Offices", "classify_some", "forge", "base_manifest", "submission_files", "base64", "UNIT",
           "PROVINCE_PASS", "UNIT_PASS"]
