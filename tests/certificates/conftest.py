"""The test CA hierarchy and a SoftHSM2 token holding the agencies' keys, made once per run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.certificates.pki import Hierarchy, SoftToken, make_hierarchy, make_token, softhsm_library

TOKEN_LABEL = "DVC Sở Tư pháp"
PIN = "246810"
# The keys on the token, by label, and which certificate of the hierarchy each goes with.
TOKEN_KEYS = ("agency", "agency_renewed", "other_organisation", "expired", "not_yet_valid", "no_signing", "revoked",
              "foreign")


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
