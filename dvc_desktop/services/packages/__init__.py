"""Signed packages: export (submission, reference, receipt), verify, import with a preview.

Every refusal is an `InputRejected` whose text names the reason in Vietnamese; an import is one
transaction, so a refused or interrupted import changes nothing. One module per job: `export`,
`verify` (is it acceptable), `importing` (the orchestration), and what applying each kind does
(`submission`, `reference`, `receipt`); `common` holds what they share.
"""

from dvc_desktop.services.packages.common import (  # noqa: F401
    FORMAT, FORMAT_VERSION, OPTIONAL_FILES, Change, FiguresChange, ImportResult, Verified, kind_label,
)
from dvc_desktop.services.packages.export import (  # noqa: F401
    ExportOutlook, ExportResult, export_outlook, export_receipt, export_reference, export_submission, last_exports,
    reference_snapshot, submission_snapshot,
)
from dvc_desktop.services.packages.importing import (  # noqa: F401
    APPLY, import_one, import_packages, import_reference_in, unit_imports,
)
from dvc_desktop.services.packages.receipt import last_receipt  # noqa: F401
from dvc_desktop.services.packages.reference import ReferencePeek, peek_reference  # noqa: F401
from dvc_desktop.services.packages.verify import verify_package  # noqa: F401
