"""Signing and accepting a 2,000-procedure package with an official certificate, against the minisign path.

The payload is a real unit's submission of 2,000 classifications (exported through the services). The
same `package.zip` bytes are signed:
- minisign (baseline): the unit's Ed25519 key, already unlocked, as `package export` signs after the
  passphrase;
- certificate, PKCS#11: a 2,048-bit RSA key on a SoftHSM2 token (session opened, key found, signed,
  CMS built), as `package export --pin-file` signs;
- certificate, PKCS#12: the same key from a `.p12` file.
Then each container is accepted by the province as `package import` checks it (container, signature,
chain and CRL for the certificate, manifest, every data file and its rules): minisign against the
trusted key, the certificate against the CA root and a CRL. Signing and acceptance alternate between the
paths, seven times each; the medians are reported as ratios to minisign's.

    .venv/bin/python bench/certificates.py

Needs softhsm2 (scripts/test installs it); about 30 s, most of it the set-up.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import report  # noqa: E402

SIZE = 2_000
REPEAT = 7
PIN = "246810"


def _payload_and_key(root: Path) -> tuple[bytes, object, object, str]:
    """A real 2,000-procedure submission's package.zip, the unit's unlocked key and public key, the unit."""
    from bench.packages import PASS, province, unit
    from dvc_desktop.package import keys as keyfiles
    from dvc_desktop.package.keys import public_info
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.packages import export_submission

    province_dir = province(root, SIZE)
    code, name = "000.00.13.H59", "Sở Tư pháp"
    folder = unit(root, code, name, public_info(province_dir / "keys").fingerprint, SIZE)
    with open_context(folder) as context:
        export_submission(context, root / "big.dvcpkg", PASS)
    with zipfile.ZipFile(root / "big.dvcpkg") as container:
        payload = container.read("package.zip")
    return payload, keyfiles.unlock(folder / "keys", PASS), public_info(folder / "keys"), code


def _with_certificate(payload: bytes, sha256: str, holder: str) -> bytes:
    """The same payload, its manifest naming the certificate (a certificate-only package: no key id)."""
    from dvc_desktop.package.container import MANIFEST, build_payload

    inner = zipfile.ZipFile(io.BytesIO(payload))
    manifest = json.loads(inner.read(MANIFEST))
    manifest.update(key_id=None, certificate={"sha256": sha256, "holder": holder})
    return build_payload(manifest, {n: inner.read(n) for n in inner.namelist() if n != MANIFEST})


def main() -> None:
    from bench import fresh_settings

    fresh_settings()
    from tests.certificates.pki import make_hierarchy, make_token, softhsm_library

    if softhsm_library() is None:
        sys.exit("softhsm2 is not installed (scripts/test installs it)")
    with tempfile.TemporaryDirectory(prefix="dvc-bench-cert-") as scratch:
        root = Path(scratch)
        started = time.perf_counter()
        payload, private, public, code = _payload_and_key(root)
        hierarchy = make_hierarchy()
        token = make_token(root / "softhsm", "DVC bench", PIN,
                           {"agency": (hierarchy.agency, [hierarchy.issuing, hierarchy.root])})
        p12 = root / "agency.p12"
        p12.write_bytes(hierarchy.agency.pkcs12(PIN, [hierarchy.issuing.certificate]))
        print(f"set-up (province and unit of {SIZE} procedures, token) {time.perf_counter() - started:.1f} s; "
              f"package.zip {len(payload) / 1024:.0f} KB", flush=True)
        run(payload, private, public, code, token, p12, hierarchy)


def run(payload: bytes, private, public, code: str, token, p12: Path, hierarchy) -> None:  # type: ignore[no-untyped-def]
    from dvc_desktop.certificates.cms import CertificateTrust, sign_detached
    from dvc_desktop.certificates.credentials import Pkcs12Source, TokenSource, open_signer
    from dvc_desktop.certificates.x509 import describe
    from dvc_desktop.package.acceptance import CertificatePolicy, Signer, accept
    from dvc_desktop.package.container import build_container
    from dvc_desktop.package.minisign import sign

    info = describe(hierarchy.agency.certificate)
    cert_payload = _with_certificate(payload, info.sha256, info.common_name)
    token_source = TokenSource(token.library, token.token_label, "agency")
    file_source = Pkcs12Source(str(p12))

    def minisign_signed() -> bytes:
        comment = f"dvc-desktop submission sender:{code} sha256:{hashlib.sha256(payload).hexdigest()}"
        return build_container(payload, sign(private, public.key_id, payload, comment))

    def certificate_signed(source) -> bytes:  # type: ignore[no-untyped-def]
        with open_signer(source, PIN) as signer:
            return build_container(cert_payload, None, sign_detached(signer, cert_payload))

    signer = Signer(code, public.public_key)
    policy = CertificatePolicy(CertificateTrust([hierarchy.root.certificate], [hierarchy.crl]),
                               {code: info.organisation}.get)
    paths = {
        "minisign": (minisign_signed, lambda raw: accept(raw, lambda key_id: signer)),
        "certificate, PKCS#11 token": (lambda: certificate_signed(token_source),
                                       lambda raw: accept(raw, lambda key_id: None, certificates=policy)),
        "certificate, PKCS#12 file": (lambda: certificate_signed(file_source),
                                      lambda raw: accept(raw, lambda key_id: None, certificates=policy)),
    }
    signing: dict[str, list[float]] = {name: [] for name in paths}
    accepting: dict[str, list[float]] = {name: [] for name in paths}
    made: dict[str, bytes] = {}
    for name, (make, check) in paths.items():  # once each first: libraries loaded, token opened once
        check(make())
    for _ in range(REPEAT):
        for name, (make, check) in paths.items():
            start = time.perf_counter()
            made[name] = make()
            signing[name].append(time.perf_counter() - start)
            start = time.perf_counter()
            accepted = check(made[name])
            accepting[name].append(time.perf_counter() - start)
            assert accepted.count == SIZE
    base_sign = statistics.median(signing["minisign"])
    base_accept = statistics.median(accepting["minisign"])
    for name in paths:
        if name == "minisign":
            continue
        report(f"sign 2,000-procedure package: {name}", statistics.median(signing[name]), "minisign", base_sign)
    for name in paths:
        if name == "minisign":
            continue
        report(f"accept it at the province: {name}", statistics.median(accepting[name]), "minisign", base_accept)
    sizes = {name: len(raw) for name, raw in made.items()}
    cms = sizes["certificate, PKCS#11 token"] - len(cert_payload)
    print("container sizes: " + ", ".join(f"{name} {size / 1024:.1f} KB" for name, size in sizes.items())
          + f"; the CMS signature with its chain and the ZIP entry: {cms / 1024:.1f} KB", flush=True)


if __name__ == "__main__":
    main()
