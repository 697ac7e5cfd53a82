"""Every byte of a package is covered: flipping one bit anywhere in the file makes it invalid.

The signature covers package.zip; the canonical rebuild of the container covers everything else
(headers, CRCs, the central directory, the signature file's bytes).
"""

from __future__ import annotations

import collections
import time

from dvc_desktop.services.context import open_context
from dvc_desktop.services.packages import verify_package
from tests.package.conftest import UNIT_PASS, classify_some

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
    sampled = positions_to_try(100_000)
    assert len(sampled) >= MIN_SAMPLED
    assert set(range(EDGE)) <= set(sampled) and set(range(100_000 - EDGE, 100_000)) <= set(sampled)


def test_every_single_bit_flip_is_rejected(offices):
    classify_some(offices.unit, 5)
    original_path = offices.tmp / "original.dvcpkg"
    code, _, err = offices.run(offices.unit, "package", "export", str(original_path), passphrase=UNIT_PASS)
    assert code == 0, err
    original = original_path.read_bytes()
    flipped_path = offices.tmp / "flipped.dvcpkg"
    positions = positions_to_try(len(original))

    accepted: list[int] = []
    reasons: collections.Counter[str] = collections.Counter()
    started = time.monotonic()
    with open_context(offices.province) as context:
        control = verify_package(context, original_path)
        assert control["valid"] is True, control  # the untouched file is valid: the check below can fail
        assert control["procedures"] == 5
        for position in positions:
            data = bytearray(original)
            data[position] ^= 0x01
            flipped_path.write_bytes(data)
            result = verify_package(context, flipped_path)
            if result["valid"]:
                accepted.append(position)
            else:
                assert result["reason"], result
                reasons[result["reason_code"]] += 1
    elapsed = time.monotonic() - started

    print(f"\nbyte flip: package {len(original)} bytes, {len(positions)} positions tried, "
          f"{sum(reasons.values())} rejected, {len(accepted)} accepted, {elapsed:.1f} s; "
          f"reasons: {dict(reasons.most_common())}")
    assert accepted == [], f"flipped files accepted at positions {accepted[:20]}"
    assert sum(reasons.values()) == len(positions)
