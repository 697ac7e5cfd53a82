"""Where a unit's certificate and its private key are: a token through PKCS#11 (the USB tokens the
government CA issues) or a PKCS#12 file. The PIN is given for one use and never kept.

Every failure of the token or the file becomes a `CredentialError` whose text says, in Vietnamese, what
the person can do (a wrong PIN with the tries the token says are left, a token pulled out, a key label
not on the token). pyHanko makes the signatures (its PKCS11Signer drives python-pkcs11).
"""

from __future__ import annotations

import asyncio
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from asn1crypto import keys as asn1_keys, x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, pkcs12

import datetime as dt

from dvc_desktop.certificates.x509 import MAX_FILE_BYTES, CertificateInfo, allows_digital_signature, der, describe, valid_at
from dvc_desktop.i18n import translate

# The drivers of the tokens Vietnamese CAs hand out, where their installers put them, then the generic
# ones: offered as suggestions in settings (only those present on this machine are shown).
LIBRARY_SUGGESTIONS = {
    # On Windows the drivers go to %SystemRoot%\System32 (usually C:\Windows\System32).
    "win32": [r"%SystemRoot%\System32\eps2003csp11.dll", r"%SystemRoot%\System32\eps2003csp11v2.dll",
              r"%SystemRoot%\System32\ShuttleCsp11_3003.dll", r"%SystemRoot%\System32\opensc-pkcs11.dll",
              r"C:\SoftHSM2\lib\softhsm2-x64.dll"],
    "linux": ["/usr/lib/libeps2003csp11.so", "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
              "/usr/lib/x86_64-linux-gnu/pkcs11/opensc-pkcs11.so", "/usr/lib/softhsm/libsofthsm2.so",
              "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"],
    "darwin": ["/usr/local/lib/libeps2003csp11.dylib", "/Library/OpenSC/lib/opensc-pkcs11.so",
               "/opt/homebrew/lib/softhsm/libsofthsm2.so"],
}


def _t(text: str, **params: object) -> str:
    return translate("certificates", text, **params)


def library_suggestions() -> list[str]:
    import os

    platform = "win32" if sys.platform.startswith("win") else "darwin" if sys.platform == "darwin" else "linux"
    system_root = os.environ.get("SystemRoot", r"C:\Windows")
    paths = [path.replace("%SystemRoot%", system_root) for path in LIBRARY_SUGGESTIONS[platform]]
    return [path for path in paths if Path(path).is_file()]


class CredentialError(ValueError):
    """The token or the PKCS#12 file cannot sign; str() is the Vietnamese reason, `code` a stable key."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class TokenSource:
    """A key on a token: the PKCS#11 library (the token's driver), the token's label and the key's label."""

    library: str
    token_label: str
    key_label: str

    def as_dict(self) -> dict[str, str]:
        return {"kind": "pkcs11", "library": self.library, "token_label": self.token_label,
                "key_label": self.key_label}

    def describe(self) -> str:
        return _t("token «{token}», khóa «{key}» (thư viện {library})", token=self.token_label,
                  key=self.key_label, library=self.library)


@dataclass(frozen=True)
class Pkcs12Source:
    path: str

    def as_dict(self) -> dict[str, str]:
        return {"kind": "pkcs12", "path": self.path}

    def describe(self) -> str:
        return _t("tệp PKCS#12 {path}", path=self.path)


SigningSource = TokenSource | Pkcs12Source


def source_from_dict(value: dict[str, Any]) -> SigningSource:
    if value.get("kind") == "pkcs11":
        return TokenSource(str(value["library"]), str(value["token_label"]), str(value["key_label"]))
    return Pkcs12Source(str(value["path"]))


@dataclass(frozen=True)
class Credential:
    """The certificate a source signs with and the CA certificates that came with it (token or file)."""

    certificate: x509.Certificate
    chain: list[x509.Certificate]


# ---------------------------------------------------------------- PKCS#11

_libraries: dict[str, Any] = {}
_libraries_lock = threading.Lock()


def _library(path: str) -> Any:
    """A PKCS#11 library is initialised once per process (C_Initialize), then shared."""
    import pkcs11

    with _libraries_lock:
        if path not in _libraries:
            if not Path(path).is_file():
                raise CredentialError("library", _t("Không tìm thấy thư viện PKCS#11 {path}: hãy cài trình điều khiển "
                                                    "của token hoặc chọn đúng tệp trong Cài đặt.", path=path))
            try:
                _libraries[path] = pkcs11.lib(path)
            except Exception as error:  # a DLL of the wrong architecture, not a PKCS#11 library
                raise CredentialError("library", _t("Không nạp được thư viện PKCS#11 {path}: {error}", path=path,
                                                    error=error)) from error
        return _libraries[path]


def _token(source: TokenSource) -> Any:
    import pkcs11.exceptions as p11

    library = _library(source.library)
    try:
        return library.get_token(token_label=source.token_label)
    except p11.NoSuchToken as error:
        raise CredentialError("token_missing", _t(
            "Không thấy token «{token}»: hãy cắm token vào máy (hoặc kiểm tra nhãn token trong Cài đặt).",
            token=source.token_label)) from error
    except p11.MultipleTokensReturned as error:
        raise CredentialError("token_missing", _t("Có nhiều token cùng nhãn «{token}»: hãy rút bớt token.",
                                                  token=source.token_label)) from error


def _pin_message(token: Any) -> str:
    from pkcs11 import TokenFlag

    try:
        flags = TokenFlag(token.flags)
    except Exception:  # the token is gone already: the plain message will do
        flags = TokenFlag(0)
    if flags & TokenFlag.USER_PIN_LOCKED:
        return _t("Mã PIN sai và token đã bị khóa: hãy liên hệ đơn vị cấp chứng thư để mở khóa.")
    if flags & TokenFlag.USER_PIN_FINAL_TRY:
        return _t("Mã PIN sai. Chỉ còn một lần thử: nhập sai lần nữa token sẽ bị khóa.")
    if flags & TokenFlag.USER_PIN_COUNT_LOW:
        return _t("Mã PIN sai. Token báo số lần thử còn lại không nhiều.")
    return _t("Mã PIN sai. Chưa có gì được ký hay ghi.")


def token_failure(error: BaseException, source: TokenSource | None = None, token: Any = None) -> CredentialError:
    """A python-pkcs11 error in the words of a person holding the token."""
    import pkcs11.exceptions as p11

    if isinstance(error, CredentialError):
        return error
    if isinstance(error, p11.PinIncorrect):
        return CredentialError("wrong_pin", _pin_message(token))
    if isinstance(error, p11.PinLocked):
        return CredentialError("pin_locked", _t(
            "Token đã bị khóa do nhập sai mã PIN nhiều lần: hãy liên hệ đơn vị cấp chứng thư để mở khóa."))
    if isinstance(error, (p11.PinLenRange, p11.PinInvalid)):
        return CredentialError("wrong_pin", _t("Mã PIN không đúng độ dài hoặc có ký tự không hợp lệ."))
    if isinstance(error, p11.PinExpired):
        return CredentialError("pin_expired", _t("Mã PIN của token đã hết hạn: hãy đổi mã PIN bằng phần mềm của token."))
    if isinstance(error, (p11.DeviceRemoved, p11.TokenNotPresent, p11.SessionClosed, p11.SessionHandleInvalid,
                          p11.DeviceError, p11.TokenNotRecognised)):
        return CredentialError("token_removed", _t(
            "Token đã bị rút ra hoặc ngừng trả lời trong khi ký: chưa có tệp nào được ghi. Cắm lại token rồi thử lại."))
    if isinstance(error, (p11.NoSuchKey, p11.MultipleObjectsReturned)):
        label = source.key_label if source else ""
        return CredentialError("key_missing", _t(
            "Trên token không có đúng một khóa ký có nhãn «{label}» kèm chứng thư số: hãy chọn lại khóa trong Cài đặt.",
            label=label))
    return CredentialError("token", _t("Token báo lỗi: {error}", error=type(error).__name__))


@contextmanager
def _token_session(source: TokenSource, pin: str) -> Iterator[tuple[Any, Any]]:
    import pkcs11.exceptions as p11

    token = _token(source)
    try:
        with token.open(user_pin=pin) as session:
            yield token, session
    except p11.PKCS11Error as error:
        raise token_failure(error, source, token) from error


def _token_objects(session: Any, source: TokenSource) -> tuple[bytes, x509.Certificate, list[x509.Certificate]]:
    """The key's id, its certificate (the one with the same id, the PKCS#11 convention) and the others."""
    from pkcs11 import Attribute, ObjectClass

    keys = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.LABEL: source.key_label}))
    if len(keys) != 1:
        raise CredentialError("key_missing", _t(
            "Trên token không có đúng một khóa ký có nhãn «{label}»: hãy chọn lại khóa trong Cài đặt.",
            label=source.key_label))
    key_id = bytes(keys[0][Attribute.ID])
    mine: x509.Certificate | None = None
    others: list[x509.Certificate] = []
    for item in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        try:
            certificate = x509.load_der_x509_certificate(bytes(item[Attribute.VALUE]))
        except ValueError:
            continue  # a token may hold other things; only X.509 certificates matter here
        if mine is None and bytes(item[Attribute.ID]) == key_id:
            mine = certificate
        else:
            others.append(certificate)
    if mine is None:
        raise CredentialError("key_missing", _t(
            "Token có khóa «{label}» nhưng không có chứng thư số đi kèm (cùng mã ID).", label=source.key_label))
    return key_id, mine, others


def _chain_of(certificate: x509.Certificate, pool: list[x509.Certificate]) -> list[x509.Certificate]:
    """The issuers of `certificate` found in `pool`, nearest first (what goes into a signature)."""
    chain: list[x509.Certificate] = []
    current = certificate
    while current.issuer != current.subject and len(chain) < 8:
        issuer = next((c for c in pool if c.subject == current.issuer and c not in chain), None)
        if issuer is None:
            break
        chain.append(issuer)
        current = issuer
    return chain


# ---------------------------------------------------------------- PKCS#12


def _pkcs12(source: Pkcs12Source, pin: str) -> tuple[Any, x509.Certificate, list[x509.Certificate]]:
    path = Path(source.path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CredentialError("pkcs12", _t("Tệp {name} quá lớn để là tệp PKCS#12.", name=path.name))
        data = path.read_bytes()
    except OSError as error:
        raise CredentialError("pkcs12", _t("Không đọc được tệp {name}: {error}", name=path.name,
                                           error=error.strerror or error)) from error
    try:
        key, certificate, additional = pkcs12.load_key_and_certificates(data, pin.encode("utf-8"))
    except ValueError as error:
        raise CredentialError("wrong_pin", _t(
            "Mật khẩu của tệp PKCS#12 không đúng, hoặc tệp không phải PKCS#12. Chưa có gì được ký hay ghi.")) from error
    if key is None or certificate is None:
        raise CredentialError("pkcs12", _t("Tệp PKCS#12 {name} không có cả khóa riêng và chứng thư số.",
                                           name=path.name))
    return key, certificate, list(additional)


# ---------------------------------------------------------------- what callers use


def read_credential(source: SigningSource, pin: str) -> Credential:
    """The certificate the source would sign with, and its chain; proves the PIN opens it."""
    if isinstance(source, TokenSource):
        with _token_session(source, pin) as (_, session):
            _, certificate, others = _token_objects(session, source)
    else:
        _, certificate, others = _pkcs12(source, pin)
    return Credential(certificate, _chain_of(certificate, others))


def _asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(der(certificate))


@contextmanager
def open_signer(source: SigningSource, pin: str) -> Iterator[Any]:
    """A pyHanko `Signer` for the source, open for the duration of the block (the token's session)."""
    from pyhanko.sign import signers
    from pyhanko.sign.pkcs11 import PKCS11Signer
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    if isinstance(source, TokenSource):
        with _token_session(source, pin) as (_, session):
            key_id, certificate, others = _token_objects(session, source)
            chain = _chain_of(certificate, others)
            signer = PKCS11Signer(session, signing_cert=_asn1(certificate), key_id=key_id,
                                  ca_chain=[_asn1(c) for c in chain], other_certs_to_pull=())
            # The key's handle now, while the token answers: a search left open when it goes away would fail
            # later, in a finaliser, where no one can report it.
            asyncio.run(signer.ensure_objects_loaded())
            yield signer
        return
    key, certificate, others = _pkcs12(source, pin)
    private = asn1_keys.PrivateKeyInfo.load(key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    yield signers.SimpleSigner(signing_cert=_asn1(certificate), signing_key=private,
                               cert_registry=SimpleCertificateStore.from_certs(
                                   [_asn1(c) for c in _chain_of(certificate, others)]))


def signer_certificate(signer: Any) -> CertificateInfo:
    """The certificate an open signer signs with, refused when it could not make a signature anyone accepts."""
    certificate = x509.load_der_x509_certificate(signer.signing_cert.dump())
    check_usable(certificate)
    return describe(certificate)


def check_usable(certificate: x509.Certificate, now: dt.datetime | None = None) -> None:
    """A certificate that may sign today: allowed to sign (keyUsage) and within its validity."""
    info = describe(certificate)
    holder = info.common_name or info.subject
    if not allows_digital_signature(certificate):
        raise CredentialError("key_usage", _t("Chứng thư số «{subject}» không được phép dùng để ký số (keyUsage).",
                                              subject=holder))
    if not valid_at(certificate, now or dt.datetime.now(dt.timezone.utc)):
        raise CredentialError("certificate_expired", _t(
            "Chứng thư số «{subject}» không còn hiệu lực hôm nay (hiệu lực {since} – {until}): hãy gia hạn với đơn vị "
            "cấp chứng thư.", subject=holder, since=info.not_before[:10], until=info.not_after[:10]))
