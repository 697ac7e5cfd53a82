"""The test CA hierarchy and a SoftHSM2 token holding the agencies' keys, made once per run."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.certificates.pki import Hierarchy, SoftToken, make_hierarchy, make_token, softhsm_library
from dvc_desktop.cli import main
from tests.test_first_round import HEALTH, JUSTICE, OFFICE, PROVINCE, catalog_workbook

TOKEN_LABEL = "DVC Sở Tư pháp"
PIN = "246810"
# The keys on the token, by label, and which certificate of the hierarchy each goes with.
TOKEN_KEYS = ("agency", "agency_renewed", "other_organisation", "expired", "not_yet_valid", "no_signing", "revoked",
              "foreign", "office")


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Hierarchy:
    hierarchy = make_hierarchy()
    hierarchy.write(tmp_path_factory.mktemp("pki"))
    return hierarchy


@pytest.fixture(scope="session")
def soft_token(pki: Hierarchy, tmp_path_factory: pytest.TempPathFactory) -> SoftToken:
    """SoftHSM2 is a real PKCS#11 token in software; CI installs it (scripts/test), so there it must be."""
    if softhsm_library() is None:
        if os.environ.get("CI"):
            pytest.fail("softhsm2 is not installed: scripts/test installs it")
        pytest.skip("softhsm2 is not installed (scripts/test installs it)")
    keys = {label: (getattr(pki, label), [pki.foreign_root] if label == "foreign" else [pki.issuing, pki.root])
            for label in TOKEN_KEYS}
    return make_token(tmp_path_factory.mktemp("softhsm"), TOKEN_LABEL, PIN, keys)


@pytest.fixture()
def pin_file(tmp_path: Path) -> Path:
    path = tmp_path / "pin.txt"
    path.write_text(PIN + "\n", encoding="utf-8")
    return path


PASS = "mật khẩu đủ dài của tỉnh"


@pytest.fixture()
def cli(capsys, monkeypatch):
    monkeypatch.delenv("DVC_KEY_PASSPHRASE", raising=False)
    monkeypatch.delenv("DVC_TOKEN_PIN", raising=False)

    def run(directory: Path, *argv: str, expect: int = 0, passphrase: bool = False):
        if passphrase:
            monkeypatch.setenv("DVC_KEY_PASSPHRASE", PASS)
        try:
            code = main(["--data-dir", str(directory), *argv])
        finally:
            monkeypatch.delenv("DVC_KEY_PASSPHRASE", raising=False)
        out, err = capsys.readouterr()
        assert code == expect, (argv, code, out, err)
        return json.loads(out) if "--json" in argv and out.strip() else (out + err)

    return run


def init_store(cli, directory: Path, role: str, unit: tuple[str, str], passphrase: bool) -> None:
    cli(directory, "init", "--role", role, "--unit-code", unit[0], "--unit-name", unit[1], "--province-code",
        PROVINCE, "--province-name", "Tỉnh Thử Nghiệm", "--province-domain", "thunghiem.gov.vn", passphrase=passphrase)


@pytest.fixture()
def round_open(tmp_path, cli):
    """The province with its units, catalogue and an open round; the reference package and its fingerprint."""
    office = tmp_path / "office"
    init_store(cli, office, "province", OFFICE, passphrase=True)
    for code, name in (JUSTICE, HEALTH):
        cli(office, "units", "add", "--code", code, "--name", name, "--level", "tinh")
    cli(office, "catalog", "import-excel", str(catalog_workbook(tmp_path / "danh-muc.xlsx")))
    cli(office, "round", "open", "--name", "Rà soát DVCTT năm 2026", "--basis", "Công văn 1234/UBND-KSTT",
        "--deadline", (date.today() + timedelta(days=14)).isoformat())
    reference = tmp_path / "tham-chieu.dvcpkg"
    cli(office, "reference", "export", str(reference), passphrase=True)
    return office, reference, cli(office, "keys", "fingerprint").splitlines()[-1]
