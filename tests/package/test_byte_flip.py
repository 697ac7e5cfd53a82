"""Every byte of a package is covered: flipping one bit anywhere in the file makes it invalid.

The signature covers package.zip; the canonical rebuild of the container covers everything else
(headers, CRCs, the central directory, the signature file's bytes).
"""

from __future__ import annotations

import base64
import collections
import io
import time
import zipfile
from pathlib import Path


from dvc_desktop.package.container import PAYLOAD, SIGNATURE, build_container
from dvc_desktop.services.context import open_context
from dvc_desktop.services.packages import verify_package
from tests.package.conftest import UNIT_PASS, Offices, classify_some

MAX_EXHAUSTIVE = 6_000
MIN_SAMPLED = 3_000
EDGE = 200


def positions_to_try(size: int) -> list[int]:
    """Every position of a small file; else every k-th, at least MIN_SAMPLED, plus both edges in full."""
    if size <= MAX_EXHAUSTIVE:
        return list(range(size))
    step = max(1, size // MIN_SAMPLED)
    chosen = set(range(0, size, step)) | set(range(min(EDGE, size))) | set(range(max(0, size - EDGE), size))
    return sorted(chosen)


def test_positions_to_try():
    assert positions_to_try(10) == list(range(10))
    assert positions_to_try(MAX_EXHAUSTIVE) == list(range(MAX_EXHAUSTIVE))
    sampled = positions_to_try(100_003)
    assert len(sampled) >= MIN_SAMPLED
    assert set(range(EDGE)) <= set(sampled) and set(range(100_003 - EDGE, 100_003)) <= set(sampled)


def export_small(offices: Offices) -> Path:
    classify_some(offices.unit, 5)
    path = offices.tmp / "original.dvcpkg"
    code, _, err = offices.run(offices.unit, "package", "export", str(path), passphrase=UNIT_PASS)
    assert code == 0, err
    return path


def flip_all(context, original: bytes, positions: list[int], scratch: Path) -> dict[str, list]:
    """verify_package on each one-bit flip: positions accepted, refused (with their codes), or crashed."""
    outcome: dict[str, list] = {"accepted": [], "refused": [], "crashed": []}
    for position in positions:
        data = bytearray(original)
        data[position] ^= 0x01
        scratch.write_bytes(data)
        try:
            result = verify_package(context, scratch)
        except Exception as error:  # noqa: BLE001 - recorded; a crash is a refusal without a reason
            outcome["crashed"].append((position, f"{type(error).__name__}: {error}"[:100]))
            continue
        if result["valid"]:
            outcome["accepted"].append(position)
        else:
            assert result["reason"] and result["reason_code"], result
            outcome["refused"].append((position, result["reason_code"]))
    return outcome


def members(data: bytes) -> tuple[bytes, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(PAYLOAD), archive.read(SIGNATURE).decode("utf-8")


def test_no_single_bit_flip_is_accepted(offices):
    original_path = export_small(offices)
    original = original_path.read_bytes()
    positions = positions_to_try(len(original))

    started = time.monotonic()
    with open_context(offices.province) as context:
        control = verify_package(context, original_path)
        assert control["valid"] is True, control  # the untouched file is valid, so the loop below can fail
        assert control["procedures"] == 5
        outcome = flip_all(context, original, positions, offices.tmp / "flipped.dvcpkg")
    elapsed = time.monotonic() - started

    reasons = collections.Counter(code for _, code in outcome["refused"])
    print(f"\nbyte flip: package {len(original)} bytes; {len(positions)} positions tried; "
          f"{len(outcome['refused'])} rejected with a reason, {len(outcome['crashed'])} raised instead, "
          f"{len(outcome['accepted'])} accepted; {elapsed:.1f} s")
    print(f"  reasons: {dict(reasons.most_common())}")
    for position, error in outcome["crashed"]:
        print(f"  position {position} raised {error}")
    assert outcome["accepted"] == [], f"flipped files accepted at positions {outcome['accepted'][:20]}"
    # A refusal names its reason: verify_package must not raise. (Found by this suite: a flipped "encrypted"
    # flag or a local header's extra length made open_container raise RuntimeError/EOFError.)
    assert outcome["crashed"] == []
    assert len(outcome["refused"]) == len(positions)

    # Most flips above are caught by a CRC or the canonical rebuild before the signature is even checked.
    # Flip each bit of package.zip again, now re-wrapped in a canonical container (CRCs right): only the
    # signature can tell, and it must, at every position.
    payload, signature = members(original)
    assert build_container(payload, signature) == original
    scratch = offices.tmp / "rewrapped.dvcpkg"
    codes: collections.Counter[str] = collections.Counter()
    with open_context(offices.province) as context:
        for position in range(len(payload)):
            changed = bytearray(payload)
            changed[position] ^= 0x01
            scratch.write_bytes(build_container(bytes(changed), signature))
            result = verify_package(context, scratch)
            codes["accepted" if result["valid"] else result["reason_code"]] += 1
    print(f"  package.zip re-wrapped: {len(payload)} positions, {dict(codes)}")
    assert codes == {"bad_signature": len(payload)}


def test_a_changed_signature_file_is_refused(offices):
    """The untrusted comment and the unused low bits of the base64 lines are outside what Ed25519 signs:
    only the canonical-text check covers them (found by this suite; once accepted, contrary to DESIGN.md)."""
    original_path = export_small(offices)
    payload, signature = members(original_path.read_bytes())
    edits = {}
    lines = signature.split("\n")
    edits["untrusted comment"] = "\n".join(["untrusted comment: anything at all", *lines[1:]])
    # 64 bytes in 88 base64 characters: the character before "==" carries 4 unused bits
    last = lines[3]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    padded = last[:-3] + alphabet[alphabet.index(last[-3]) ^ 0b0001] + last[-2:]
    assert base64.b64decode(padded) == base64.b64decode(last) and padded != last
    edits["base64 padding bits"] = "\n".join([*lines[:3], padded, *lines[4:]])
    verified = []
    with open_context(offices.province) as context:
        for edit, changed in edits.items():
            path = offices.tmp / "resigned.dvcpkg"
            path.write_bytes(build_container(payload, changed))
            assert path.read_bytes() != original_path.read_bytes()
            if verify_package(context, path)["valid"]:
                verified.append(edit)
    assert verified == [], f"changed files verify: {verified}"
