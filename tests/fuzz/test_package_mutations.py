"""Structure-aware fuzzing of packages: a real unit's submission, taken apart, one field changed (a
value of another type, a hostile string, a huge number, a key removed or added) and signed again with
the unit's trusted key, so every mutation reaches the parser and the import. Each one is imported at the
province: either imported, or refused with a reason code, one Vietnamese line and the store byte for
byte unchanged; never an unexpected error. `DVC_FUZZ_EXAMPLES=500` for a long run (40 by default)."""

from __future__ import annotations

import copy
import os
import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvc_desktop.package.container import MANIFEST, PAYLOAD, build_payload
from tests.package.conftest import UNIT_PASS, build_offices, classify_some, copy_offices
from tests.package.test_hostile import store_fingerprint

COUNTS = {"examples": 0, "imported": 0, "rejected": 0}

hostile_values = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70), st.floats(allow_nan=True),
    st.text(max_size=30), st.sampled_from(["", "\x01", "\u202e", "<img src=x>", "9" * 400, "2026-13-45",
                                           "../../etc/passwd", "toan_trinh", "mot_phan", "in_person",
                                           "1.000001", "000.00.13.H59"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return build_offices(tmp_path_factory.mktemp("fuzz-offices"), lambda _province, unit: classify_some(unit, 4))


@pytest.fixture(scope="module")
def original(template, tmp_path_factory):
    """The unit's own package, as `package export` writes it: (manifest, data files)."""
    with pytest.MonkeyPatch.context() as patch:
        offices = copy_offices(template, tmp_path_factory.mktemp("fuzz-export"), _NoCapsys(), patch)
        out = offices.tmp / "goc.dvcpkg"
        code, _, err = offices.run(offices.unit, "package", "export", str(out), passphrase=UNIT_PASS)
        assert code == 0, err
    with zipfile.ZipFile(out) as outer, zipfile.ZipFile(outer.open(PAYLOAD)) as inner:
        manifest = json.loads(inner.read(MANIFEST))
        files = {name: json.loads(inner.read(name)) for name in inner.namelist() if name != MANIFEST}
    return manifest, files


class _NoCapsys:
    def readouterr(self):  # the CLI runner reads what was printed; nothing to capture here
        return "", ""


def paths(value, prefix=()):
    """Every place in a JSON document: (path, value) for each dict key and list item."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


def mutate(document, path, how, value):
    document = copy.deepcopy(document)
    if not path:
        return value if how == "set" else document
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "set":
        parent[last] = value
    elif how == "delete" and isinstance(parent, dict):
        del parent[last]
    elif how == "delete" and isinstance(parent, list):
        parent.pop(last)
    elif how == "extra" and isinstance(parent, dict):
        parent["khong_co_trong_luoc_do"] = value
    return document


@pytest.fixture(scope="module")
def signer(template):
    from dvc_desktop.package.keys import public_info, unlock

    keys = template / "unit" / "keys"
    return unlock(keys, UNIT_PASS), public_info(keys)


@pytest.fixture(scope="module")
def province(template, tmp_path_factory):
    """The province's store, copied again only after a mutation was imported (a refusal changes nothing,
    which each example checks)."""
    folder = tmp_path_factory.mktemp("fuzz-province") / "province"
    shutil.copytree(template / "province", folder)
    return folder


@settings(max_examples=int(os.environ.get("DVC_FUZZ_EXAMPLES", "40")), deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_mutated_and_resigned_submission_is_imported_or_refused_cleanly(template, original, signer, province,
                                                                          tmp_path, capsys, monkeypatch, data):
    from dvc_desktop.cli import main
    from dvc_desktop.package.container import build_container
    from dvc_desktop.package.minisign import sign

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    manifest, files = original
    target = data.draw(st.sampled_from(["manifest", *sorted(files)]))
    document = manifest if target == "manifest" else files[target]
    places = list(paths(document))  # () replaces the whole document
    path = data.draw(st.sampled_from(places))
    how = data.draw(st.sampled_from(["set", "set", "delete", "extra"]))
    value = data.draw(hostile_values)
    changed = mutate(document, path, how, value)
    encoded = {name: json.dumps(changed if name == target else body, ensure_ascii=False).encode("utf-8",
                                                                                             "surrogatepass")
               for name, body in files.items()}
    new_manifest = changed if target == "manifest" else copy.deepcopy(manifest)
    if target != "manifest" and isinstance(new_manifest.get("files"), list):  # re-listed: the mutation reaches the data
        new_manifest["files"] = [{"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                                 for n, d in sorted(encoded.items())]
    try:
        payload = build_payload(new_manifest, encoded)
    except Exception:  # a manifest our own builder cannot write: the raw JSON is signed instead
        payload = _raw_payload(new_manifest, encoded)
    private, info = signer
    package = tmp_path / "dot-bien.dvcpkg"
    package.write_bytes(build_container(payload, sign(private, info.key_id, payload, "fuzz")))
    before = store_fingerprint(province)
    capsys.readouterr()
    code = main(["--data-dir", str(province), "package", "import", str(package), "--json"])
    out, err = capsys.readouterr()
    COUNTS["examples"] += 1
    assert "Traceback" not in err and "không mong đợi" not in err, (target, path, how, value, err)
    (result,) = json.loads(out)["results"]
    if result["status"] == "imported":
        COUNTS["imported"] += 1
        assert code == 0
        shutil.rmtree(province)
        shutil.copytree(template / "province", province)
    else:
        COUNTS["rejected"] += 1
        assert result["status"] == "rejected" and result["reason_code"] and code == 3, result
        assert store_fingerprint(province) == before, (target, path, how, value)


def _raw_payload(manifest, encoded) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        for name, data in encoded.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zz_report_counts(capsys):
    """Prints the counts the fuzzing reached (docs/reliability.md records a run's)."""
    with capsys.disabled():
        print(f"\npackage mutations: {COUNTS}")
