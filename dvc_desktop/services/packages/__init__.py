"""Signed packages: export (submission, reference, receipt), verify, import with a preview.

Every refusal is an `InputRejected` whose text names the reason in Vietnamese; an import is one
transaction, so a refused or interrupted import changes nothing. One module per job: `export`,
`verify` (is it acceptable), `importing` (the orchestration), and what applying each kind does
(`submission`, `reference`, `receipt`); `common` holds what they share.
"""

from dvc_desktop.package.acceptance import kind_label
from dvc_desktop.services.packages.common import (
    FORMAT, FORMAT_VERSION, Change, FiguresChange, ImportResult, Verified,
)
from dvc_desktop.services.packages.export import (
    ExportOutlook, ExportResult, SigningNeeds, export_outlook, export_receipt, export_reference, export_submission,
    last_exports, reference_snapshot, signing_needs, submission_snapshot,
)
from dvc_desktop.services.packages.importing import (
    APPLY, import_one, import_packages, import_reference_in, unit_imports,
)
from dvc_desktop.services.packages.receipt import last_receipt
from dvc_desktop.services.packages.reference import ReferencePeek, peek_reference
from dvc_desktop.services.packages.verify import verify_package

__all__ = [
    "APPLY", "Change", "ExportOutlook", "ExportResult", "FORMAT", "FORMAT_VERSION", "FiguresChange", "ImportResult",
    "ReferencePeek", "SigningNeeds", "Verified", "export_outlook", "export_receipt", "export_reference", "export_submission",
    "import_one", "import_packages", "import_reference_in", "kind_label", "last_exports", "last_receipt",
    "peek_reference", "reference_snapshot", "signing_needs", "submission_snapshot", "unit_imports", "verify_package",
]
