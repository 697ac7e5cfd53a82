"""The first run is one unit of work: identity, signing key and the province's reference package commit
together, the key files moved in after the commit; a refusal leaves nothing, so a retry starts clean."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from dvc_desktop.package import keys as keyfiles
from dvc_desktop.services.context import open_context
from dvc_desktop.services.errors import InputRejected, InvalidRequest
from dvc_desktop.services.settings import get_identity
from dvc_desktop.services.setup import set_up
from dvc_desktop.store import models

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server

PROVINCE_PASS = "mật khẩu của tỉnh"
UNIT_PASS = "mật khẩu sở tư pháp"
UNIT = ("department", "000.00.13.H40", "Sở Tư pháp", "H40", "Tỉnh Thử Nghiệm", "thunghiem.gov.vn")


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[Path, str]:
    from dvc_desktop.services.keys import generate_signing_key
    from dvc_desktop.services.packages import export_reference
    from dvc_desktop.services.setup import initialise
    from dvc_desktop.services.units import add_unit

    root = tmp_path_factory.mktemp("province")
    with open_context(root / "data") as context:
        initialise(context, "province", "000.00.01.H40", "Văn phòng UBND tỉnh", "H40", "Tỉnh Thử Nghiệm")
        key = generate_signing_key(context, PROVINCE_PASS)
        add_unit(context, "000.00.13.H40", "Sở Tư pháp", "tinh")
        export_reference(context, root / "tham-chieu.dvcpkg", PROVINCE_PASS)
    return root / "tham-chieu.dvcpkg", key.fingerprint


def key_files(data_dir: Path) -> list[str]:
    folder = data_dir / "keys"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def nothing_recorded(data_dir: Path) -> bool:
    with open_context(data_dir) as context, context.transaction() as session:
        return (get_identity(session) is None
                and session.scalar(select(func.count()).select_from(models.AuditEntry)) == 0
                and session.scalar(select(func.count()).select_from(models.PackageImport)) == 0)


def test_a_refused_reference_leaves_nothing_and_the_retry_makes_one_key(data_dir, reference):
    path, fingerprint = reference
    wrong = fingerprint.replace(fingerprint[0], "0" if fingerprint[0] != "0" else "1", 1)
    with open_context(data_dir) as context, pytest.raises(InputRejected, match="Dấu vân tay không khớp"):
        set_up(context, *UNIT, passphrase=UNIT_PASS, reference=path, fingerprint=wrong)
    assert key_files(data_dir) == [] and nothing_recorded(data_dir)

    with open_context(data_dir) as context:
        done = set_up(context, *UNIT, passphrase=UNIT_PASS, reference=path, fingerprint=fingerprint)
    assert done.key_created and done.reference is not None and done.reference.status == "imported"
    assert key_files(data_dir) == sorted([keyfiles.PRIVATE_FILE, keyfiles.PUBLIC_FILE])  # no rotation nobody asked for


def test_a_commit_that_fails_leaves_no_key_files(data_dir, reference, failing_commit):
    path, fingerprint = reference
    with open_context(data_dir) as context, pytest.raises(Exception, match="disk is full"):
        set_up(context, *UNIT, passphrase=UNIT_PASS, reference=path, fingerprint=fingerprint)
    assert key_files(data_dir) == []


def test_a_short_passphrase_is_refused_before_anything_is_written(data_dir):
    with open_context(data_dir) as context, pytest.raises(InvalidRequest):
        set_up(context, *UNIT, passphrase="ngắn")
    assert key_files(data_dir) == [] and nothing_recorded(data_dir)


def test_key_files_a_failed_older_set_up_left_are_kept_aside(data_dir):
    keyfiles.generate(data_dir / "keys", "khóa cũ bị bỏ dở")
    left = keyfiles.public_info(data_dir / "keys")
    with open_context(data_dir) as context:
        set_up(context, *UNIT, passphrase=UNIT_PASS)
    current = keyfiles.public_info(data_dir / "keys")
    assert current is not None and left is not None and current.key_id != left.key_id
    names = key_files(data_dir)
    assert not any(n.startswith(keyfiles.NEXT_PREFIX) for n in names)
    assert sum(".replaced-" in n for n in names) == 2
    keyfiles.unlock(data_dir / "keys", UNIT_PASS)


def test_setting_up_again_with_the_same_answers_keeps_the_key(data_dir):
    with open_context(data_dir) as context:
        set_up(context, *UNIT, passphrase=UNIT_PASS)
        first = keyfiles.public_info(data_dir / "keys")
        again = set_up(context, *UNIT, passphrase=UNIT_PASS)
    assert not again.key_created and keyfiles.public_info(data_dir / "keys") == first
