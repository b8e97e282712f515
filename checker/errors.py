"""The one error type the CLI turns into a one-line message and exit code 2."""

from __future__ import annotations


class CheckerError(Exception):
    """A user-facing problem with input, configuration or usage, tied to a file and line."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message
