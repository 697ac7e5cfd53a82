"""The command line `dvc-desktop <verb>` (contract: docs/cli.md). No Qt widgets here.

This module parses the global options and runs a verb; each group of verbs lives in a module of its
own that registers them (`add_verbs`): setup, catalog, oversight, keys, packages, province, department,
publication, indicators, reports; `common` holds what they share."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from dvc_desktop import __version__
from dvc_desktop.cli.common import EXIT_ERROR, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, _t
from dvc_desktop.paths import data_dir

# json, logging, sqlite3 and tempfile are imported where they are used: starting the window goes
# through this module, and its first paint waits for every import here (bench/startup.py).
__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_REJECTED", "EXIT_USAGE", "build_parser", "main", "utf8_output"]


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=_t("thư mục dữ liệu (mặc định: $DVC_DATA_DIR hoặc thư mục dữ liệu người dùng)"))
    parser.add_argument("--database-url", metavar="URL",
                        help=_t("kho của tỉnh trên máy chủ PostgreSQL: postgresql+psycopg://người_dùng@máy_chủ/tên_csdl "
                                "(hoặc đặt biến DVC_DATABASE_URL); mật khẩu lấy từ tệp pgpass hoặc PGPASSWORD"))
    parser.add_argument("--demo", action="store_const", const="department",
                        help=_t("dùng một kho dữ liệu mẫu tạm thời (xóa khi thoát)"))
    parser.add_argument("--demo-province", dest="demo", action="store_const", const="province",
                        help=_t("như --demo, nhưng là kho của Văn phòng UBND tỉnh đã nhận gói của các đơn vị"))
    parser.add_argument("--passphrase-file", metavar="FILE", type=Path,
                        help=_t("đọc mật khẩu khóa từ tệp (hoặc đặt biến DVC_KEY_PASSPHRASE)"))
    parser.add_argument("--pin-file", metavar="FILE", type=Path,
                        help=_t("đọc mã PIN của token (chứng thư số) từ tệp (hoặc đặt biến DVC_TOKEN_PIN)"))
    parser.add_argument("--wait", type=float, default=5.0, metavar="SECONDS",
                        help=_t("chờ tối đa số giây này khi dữ liệu đang được phiên khác dùng (mặc định 5)"))
    parser.add_argument("--overwrite", action="store_true",
                        help=_t("cho phép thay tệp đầu ra đã có cùng loại (chỉ thay khi tệp mới đã ghi trọn vẹn)"))
    parser.add_argument("--take-over-lock", "--take-over", action="store_true", dest="take_over_lock",
                        help=_t("giành lại khóa dữ liệu do một máy khác để lại (chỉ khi chắc chắn máy đó không còn "
                                "mở dữ liệu này); được ghi vào nhật ký"))
    parser.add_argument("--self-test", action="store_true",
                        help=_t("tự kiểm tra bản cài đặt trong một thư mục tạm (không đụng đến dữ liệu) rồi thoát"))


def _window_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments when they name no verb (start the window), parsed without building every verb's
    parser, which the window's first paint would wait for; None when there is more to parse."""
    parser = argparse.ArgumentParser(prog="dvc-desktop", add_help=False)
    _add_global_options(parser)
    args, rest = parser.parse_known_args(argv)
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dvc-desktop",
        description=_t("Danh mục dịch vụ công trực tuyến toàn trình / một phần của tỉnh. "
                       "Không có lệnh: mở cửa sổ ứng dụng."),
    )
    _add_global_options(parser)
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    # Each verb group registers its verbs; imported here, not above: starting the window goes through
    # this module and its first paint waits for every import at its top.
    from dvc_desktop.cli import (
        catalog, certificates, department, indicators, keys, oversight, packages, province, publication, reports, setup,
    )

    for group in (setup, catalog, oversight, keys, packages, province, department, publication, indicators, reports,
                  certificates):
        group.add_verbs(verbs)
    return parser


# ---------------------------------------------------------------- keys and packages


def _start_window(args: argparse.Namespace) -> int:
    """No verb: the window (on a throw-away demo store with --demo)."""
    from dvc_desktop.gui.app import run_gui

    return run_gui(data_dir(args.data_dir), demo=args.demo)


def _run(args: argparse.Namespace, handler: Callable) -> int:
    if getattr(args, "settings_only", False):  # `server …`: this computer's settings, no store opened
        return int(handler(data_dir(args.data_dir), None, args, url=args.database_url))
    if not args.demo and not getattr(args, "local_store", False):  # migrate-store reads the local file
        from dvc_desktop import local_settings

        url = local_settings.database_url(data_dir(args.data_dir), args.database_url)
        if url:
            return _run_on_server(args, handler, url)
    plain = getattr(args, "plain_handler", None)
    if plain is not None and not args.demo:
        code = _run_plain(args, plain)
        if code is not None:
            return code
    from dvc_desktop.services.context import open_context

    if args.demo:
        import tempfile

        from dvc_desktop.demo.build import load_demo  # the demo's workbooks need openpyxl; other verbs not

        from dvc_desktop.services.settings import Role

        with tempfile.TemporaryDirectory(prefix="dvc-demo-") as scratch:
            with open_context(Path(scratch)) as context:
                load_demo(context, role=Role(args.demo))
                context.overwrite = args.overwrite
                return handler(context, args)
    from dvc_desktop.store.lock import StoreLock, StoreLockedError

    folder = data_dir(args.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    lock = StoreLock(folder)
    try:
        reads_only = getattr(args, "reads_only", False)  # held: runs beside the holder, no need to wait
        lock.acquire(0.0 if reads_only else max(0.0, args.wait), lambda: print(_t(
            "Dữ liệu đang được một phiên khác dùng; chờ tối đa {seconds} giây…", seconds=f"{args.wait:g}"),
            file=sys.stderr, flush=True))
    except StoreLockedError as error:
        if reads_only and error.holder is not None and not error.other_host:
            # The window (or another command) has the store: a command that only reads runs beside it,
            # on SQLite's own locking, as a reader of the committed data.
            context = open_context(folder, shared=True)
            context.overwrite = args.overwrite
            with context:
                return handler(context, args)
        if not (error.other_host and args.take_over_lock):
            raise
        holder = lock.take_over()
        print(_t("Đã giành lại khóa dữ liệu từ máy {host}.", host=holder.host if holder else "?"), file=sys.stderr)
    if getattr(args, "without_store", False):  # `restore`: the store may be too damaged to open
        try:
            return handler(folder, lock, args)
        finally:
            lock.release()
    try:
        context = open_context(folder, lock=lock)
    except BaseException:
        lock.release()
        raise
    context.overwrite = args.overwrite
    with context:
        return handler(context, args)


def _run_on_server(args: argparse.Namespace, handler: Callable, url: str) -> int:
    """A verb on the province's PostgreSQL store: several staff at once, so no lock file; the server
    serialises what must not overlap (store/server.py). No SQLite fast path."""
    from dvc_desktop.services.context import open_context

    folder = data_dir(args.data_dir)
    if getattr(args, "without_store", False):  # `restore`: a server's store is restored with pg_restore
        return handler(folder, None, args, url=url)
    with open_context(folder, url=url) as context:  # the URL is checked where the store opens
        context.overwrite = args.overwrite
        context.wait_seconds = max(0.0, args.wait)  # another staff member's import: wait this long at most
        context.notify = lambda text: print(text, file=sys.stderr, flush=True)
        return handler(context, args)


def _run_plain(args: argparse.Namespace, handler: Callable) -> int | None:
    """A verb that only reads, run through `sqlite3` alone when the store is one the usual opening
    would use as it is (`store_reads.plain_store`): SQLAlchemy and the models (0.3 s of imports) are
    never loaded. None: open it the usual way, which migrates, checks or explains."""
    import sqlite3

    from dvc_desktop.services.store_reads import plain_store

    with plain_store(data_dir(args.data_dir)) as connection:
        if connection is None:
            return None
        try:
            return int(handler(connection, args))
        except sqlite3.Error:  # damage the read met: the usual opening checks the store and says so
            return None


def utf8_output() -> None:
    """JSON, CSV and messages leave as UTF-8 whatever the console's code page: redirected on Windows,
    `status --json > out.json` would otherwise be encoded in cp1252 or cp1258 and fail on Vietnamese
    letters ("'charmap' codec can't encode"). The bundle also runs in Python's UTF-8 mode (installer.spec)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "").replace("_", "")
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    utf8_output()
    args = _window_arguments(argv) or build_parser().parse_args(argv)
    if not args.database_url:
        return _main(args)
    # As $DVC_DATABASE_URL for everything this run opens (the window included), for this run only.
    import os

    from dvc_desktop.local_settings import ENV_DATABASE_URL

    before = os.environ.get(ENV_DATABASE_URL)
    os.environ[ENV_DATABASE_URL] = args.database_url
    try:
        return _main(args)
    finally:
        if before is None:
            os.environ.pop(ENV_DATABASE_URL, None)
        else:
            os.environ[ENV_DATABASE_URL] = before


def _main(args: argparse.Namespace) -> int:
    if args.self_test:
        from dvc_desktop.selftest import run_self_test

        return run_self_test()
    handler = getattr(args, "handler", None)
    if handler is None:
        return _start_window(args)
    from dvc_desktop.logs import configure_logging

    log_file = configure_logging()
    try:
        return _run(args, handler)
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:  # one place turns every failure into a message and an exit code
        code, message = _describe(error)
        if code == EXIT_ERROR and not _is_expected(error):
            import logging

            logging.getLogger("dvc_desktop.cli").exception("unexpected error")
            if log_file:
                message += " " + _t("(chi tiết trong {path})", path=log_file)
        print(f"dvc-desktop: {message}", file=sys.stderr)
        return code


def _is_expected(error: Exception) -> bool:
    from dvc_desktop.services.errors import ServiceError
    from dvc_desktop.store.integrity import StoreDamaged
    from dvc_desktop.store.lock import StoreLockedError
    from dvc_desktop.store.migrate import ForeignDatabaseError

    from dvc_desktop.store.server import ServerUnavailable, ServerUrlError

    from dvc_desktop.domain.errors import DomainError

    return isinstance(error, (ServiceError, StoreLockedError, ForeignDatabaseError, StoreDamaged, DomainError,
                              ServerUnavailable, ServerUrlError))


def _describe(error: Exception) -> tuple[int, str]:
    from dvc_desktop.services.errors import ServiceError
    from dvc_desktop.store.disk import disk_full_message, is_disk_full, where

    if isinstance(error, ServiceError):
        return error.exit_code, str(error)
    from dvc_desktop.domain.errors import DomainError

    if isinstance(error, DomainError):  # a value a rule refuses (text the store's last guard caught)
        from dvc_desktop.services.errors import InvalidRequest

        return InvalidRequest.exit_code, str(error)
    if _is_expected(error):
        return EXIT_ERROR, str(error)
    if is_disk_full(error):
        return EXIT_ERROR, disk_full_message(where(error))
    return EXIT_ERROR, _t("Lỗi không mong đợi: {error}", error=error)

