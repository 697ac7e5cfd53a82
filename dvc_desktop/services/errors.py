"""Errors a use case reports to its caller; each maps to one exit code of the command line."""

from __future__ import annotations


class ServiceError(Exception):
    """Base: str(error) is a complete user-facing sentence."""

    exit_code = 1


class InvalidRequest(ServiceError):
    """The request itself is wrong (bad argument, wrong role, not initialised): exit code 2."""

    exit_code = 2


class InputRejected(ServiceError):
    """An input file or package was refused; nothing was changed: exit code 3."""

    exit_code = 3
