"""Why a package is refused: one exception, its message in Vietnamese and a stable code for --json."""

from __future__ import annotations

from dvc_desktop.i18n import translate


class PackageRejected(ValueError):
    """The package is refused; str() is the Vietnamese reason, `code` a stable key for --json."""

    def __init__(self, code: str, message: str, fingerprint: str = "", claimed_sender: str = "",
                 certificate: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.fingerprint = fingerprint  # of the signing key, when the user is asked to confirm it
        # An unknown signer: the unit the unverified manifest names, so the window can offer to trust
        # that unit's key. A hint only: nothing is accepted on its word.
        self.claimed_sender = claimed_sender
        # A certificate signature: who signed (subject, organisation, serial…), so the office can confirm
        # the unit's organisation the first time, and see whose certificate was refused.
        self.certificate = certificate


def reject(code: str, text: str, **params: object) -> PackageRejected:
    return PackageRejected(code, translate("package", text, **params))
