"""Errors a use case reports to its caller; each maps to one exit code of the command line."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from dvc_desktop.atomic_files import IncompleteOutput

if TYPE_CHECKING:
    from dvc_desktop.services.context import ServiceContext


class ServiceError(Exception):
    """Base: str(error) is a complete user-facing sentence."""

    exit_code = 1


class InvalidRequest(ServiceError):
    """The request itself is wrong (bad argument, wrong role, not initialised): exit code 2."""

    exit_code = 2


class InputRejected(ServiceError):
    """An input file or package was refused; nothing was changed: exit code 3."""

    exit_code = 3


class ChangedMeanwhile(ServiceError):
    """Someone else changed what the user decided on since it was read (several staff on one server):
    nothing was written; the sentence says who and when, and the window reloads to show it."""


class ServerBusy(ServiceError):
    """Work that must not overlap another staff member's (a package import on the server) waited its
    time and gave up; nothing was written. Trying again later is safe (`retryable`)."""

    retryable = True


class OutputInUse(InvalidRequest):
    """An output file another program holds (Excel on Windows): the window offers to try again."""


def refuse_protected_output(data_dir: Path, target: Path | str) -> None:
    """InvalidRequest, before anything is written, when `target` is the store, its lock, or in the data
    folder's `keys/` or `backups/`."""
    from dvc_desktop.i18n import translate
    from dvc_desktop.store.protected import protected_kind

    what = protected_kind(data_dir, Path(target))
    if what:
        raise InvalidRequest(translate(
            "export", "Không ghi vào {path}: đó là {what} của DVC Desktop; ghi vào đó sẽ làm mất dữ liệu. "
                      "Hãy chọn một tệp ở nơi khác.", path=target, what=what))


def prepare_output(context: "ServiceContext", target: Path | str) -> None:
    """Before anything is written: never the data folder's own files; an existing file only when it is of
    the same kind and the user said to replace it (`--overwrite`; the window's save dialogs ask)."""
    from dvc_desktop.i18n import translate
    from dvc_desktop.store.protected import same_kind

    path = Path(target)
    refuse_protected_output(context.db.data_dir, path)
    if not path.exists():
        return
    if path.is_dir():
        raise InvalidRequest(translate("export", "{path} là một thư mục: hãy ghi rõ tên tệp.", path=path))
    if not same_kind(path):
        raise InvalidRequest(translate(
            "export", "Tệp {path} đã có và không phải tệp {suffix}: không ghi đè. Hãy chọn tên khác.",
            path=path, suffix=path.suffix or "?"))
    if not context.overwrite:
        raise InvalidRequest(translate(
            "export", "Tệp {path} đã có. Thêm --overwrite để thay nó (tệp cũ chỉ bị thay khi tệp mới đã ghi "
                      "trọn vẹn), hoặc chọn tên khác.", path=path))


@contextmanager
def writing_output(path: Path | str) -> Iterator[None]:
    """Turn a refused write of an output file into a sentence: on Windows, Excel holds a file it has open,
    so it can be neither replaced nor written. The writers write to a temporary name, so the old file
    is unchanged."""
    try:
        yield
    except PermissionError as error:
        from dvc_desktop.i18n import translate

        raise OutputInUse(translate(
            "export", "Không ghi được tệp {name}: tệp đang mở trong Excel (hoặc chương trình khác), hoặc thư mục "
                      "không cho phép ghi. Hãy đóng tệp rồi làm lại; tệp cũ vẫn nguyên vẹn.",
            name=Path(path).name)) from error
    except IncompleteOutput as error:
        from dvc_desktop.i18n import translate

        raise InvalidRequest(translate(
            "export", "Tệp {name} ghi ra không trọn vẹn (ổ đĩa đầy hoặc lỗi ghi): đã bỏ bản hỏng, tệp cũ vẫn "
                      "nguyên vẹn. Hãy giải phóng dung lượng rồi làm lại.", name=Path(path).name)) from error
