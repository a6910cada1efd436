"""One exception hierarchy. Messages say what went wrong, with which value, and how to fix it."""

from __future__ import annotations


class AnnalsError(Exception):
    """Base class of every error Annals raises on purpose."""


class ConfigurationError(AnnalsError):
    """A setting, flag or environment variable has an invalid value (CLI exit code 2)."""


class InputError(AnnalsError):
    """One input (file, line, record) cannot be read; the others go on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelLoadError(AnnalsError):
    """A language model or data file the pipeline needs is missing or broken."""


class StoreError(AnnalsError):
    """The database cannot be opened, migrated or written."""


class NotFoundError(AnnalsError):
    """A requested id does not exist in the store."""
