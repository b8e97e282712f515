"""Turn paths into Documents: discovery, decoding, front matter and the document's date."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from checker.config import Config
from checker.dates import day_first_guess, find_dateline, parse_date, yearless_dateline
from checker.errors import CheckerError
from checker.html import HTML_SUFFIXES, visible_text
from checker.model import DocStatus, Document
from checker.suppress import find as find_suppressions
from checker.yamlnodes import load_located

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".rst"}) | HTML_SUFFIXES
MAX_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class Candidate:
    """A file to read, and whether the user named it directly."""

    path: str
    explicit: bool


def discover(paths: list[str]) -> Iterator[Candidate]:
    """Files under the given paths in a stable order; a missing path is an error."""
    for given in paths:
        if os.path.isdir(given):
            yield from _walk(given)
        elif os.path.exists(given) or os.path.islink(given):
            yield Candidate(given, True)
        else:
            raise CheckerError("no such file or directory", given)


def _walk(folder: str) -> Iterator[Candidate]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Candidate(os.path.join(root, name), False)


def load(candidate: Candidate, config: Config) -> tuple[Document | None, DocStatus]:
    """Read one file into a Document, or say why it was skipped or failed."""
    raw, status = read(candidate)
    if raw is None:
        return None, status
    return parse(candidate, raw, config)


def read(candidate: Candidate) -> tuple[bytes | None, DocStatus]:
    """A file's bytes, or None and why it was skipped or failed (not a text file, unreadable, too large)."""
    path = candidate.path
    if not candidate.explicit and Path(path).suffix.lower() not in TEXT_SUFFIXES:
        return None, DocStatus(path, "skipped", f"not a text document ({Path(path).suffix or 'no extension'})")
    try:
        return _read(path), DocStatus(path, "ok")
    except CheckerError as exc:
        return None, _failed(candidate, exc)


def parse(candidate: Candidate, raw: bytes, config: Config) -> tuple[Document | None, DocStatus]:
    """Decode a file's bytes into a Document with its date and suppressions, or say why it was not."""
    path = candidate.path
    try:
        text, encoding = decode(raw)
        if Path(path).suffix.lower() in HTML_SUFFIXES:
            text = visible_text(text)
        document = _with_date(path, text, config)
        suppressions = find_suppressions(text)
    except CheckerError as exc:
        return None, _failed(candidate, exc)
    if suppressions.whole_file:
        return None, DocStatus(path, "skipped", "claimcheck-disable-file")
    note = None if encoding in ("utf-8", "utf-16") else f"decoded as {encoding}"
    return replace(document, suppressions=suppressions), DocStatus(path, "ok", note)


def _failed(candidate: Candidate, exc: CheckerError) -> DocStatus:
    status = "error" if candidate.explicit else "skipped"
    where = f"line {exc.line}: " if exc.line else ""
    return DocStatus(candidate.path, status, where + exc.message)


def _read(path: str) -> bytes:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block the run forever; a device never ends
            raise CheckerError("not a regular file (a pipe, socket or device)", path)
        if info.st_size > MAX_BYTES:
            raise CheckerError(f"larger than {MAX_BYTES // (1024 * 1024)} MiB", path)
        with open(path, "rb") as handle:
            return handle.read()
    except CheckerError:
        raise
    except OSError as exc:
        raise CheckerError(f"cannot read: {exc.strerror or exc}", path) from None


def decode(raw: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), BOM-marked UTF-16, or a detected legacy encoding; refuse binary."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise CheckerError("invalid UTF-16 text") from None
    if b"\x00" in raw[:8192]:
        raise CheckerError("binary file (contains NUL bytes)")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    western = _plausible_cp1252(raw)
    if western is not None:
        return western, "cp1252"
    from charset_normalizer import from_bytes  # only for files that are not UTF-8 or Western

    best = from_bytes(raw[: 1 << 20]).best()
    if best is None or best.encoding in ("utf_8", "utf_16", "utf_32"):
        raise CheckerError(f"not UTF-8 text (bad byte at offset {bad}) and no other encoding fits") from None
    try:
        return raw.decode(best.encoding), best.encoding.replace("_", "-")
    except (UnicodeDecodeError, LookupError):
        raise CheckerError(f"not UTF-8 text (bad byte at offset {bad}) and no other encoding fits") from None


_CP1252_PUNCTUATION = frozenset("–—‘’‚“”„€…•†‡‰‹›™ŒœŠšŽžŸ")


def _plausible_cp1252(raw: bytes) -> str | None:
    """The text as Windows-1252 when it reads as Western text (the commonest legacy encoding in news)."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    odd = sum(1 for c in text if ord(c) > 127 and not ("À" <= c <= "ÿ" or c in _CP1252_PUNCTUATION or c == "\xa0"))
    return text if odd == 0 else None


def front_matter(text: str, path: str) -> tuple[dict[str, object], int]:
    """YAML front matter between leading '---' lines, and how many characters it spans."""
    if not text.startswith("---"):
        return {}, 0
    first_break = text.find("\n")
    if first_break < 0 or text[:first_break].strip() != "---":
        return {}, 0
    end = text.find("\n---", first_break)
    if end < 0:
        return {}, 0
    block = text[first_break + 1 : end + 1]
    located = load_located(block, path)
    if located is None:
        return {}, end + 4
    if not isinstance(located.value, dict):
        raise CheckerError("front matter must be a mapping", path, 2)
    plain = {str(k): v.value for k, v in located.value.items()}
    return plain, end + 4


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    return None


def _with_date(path: str, text: str, config: Config) -> Document:
    """Attach the document's date: claims.yaml first, then front matter, then a dateline."""
    meta = config.document(path)
    fm, _ = front_matter(text, path)
    source = (meta.source if meta else None) or (str(fm["source"]) if "source" in fm else None)
    if meta and meta.date:
        return Document(path, text, meta.date, "claims.yaml", source)
    fm_date = _as_date(fm.get("date"))
    if fm_date:
        return Document(path, text, fm_date, "front matter", source)
    dateline = find_dateline(text)
    if dateline:
        line = text.splitlines()[dateline[1] - 1]
        guess = ", read day first" if day_first_guess(line) else ""
        return Document(path, text, dateline[0], f"dateline (line {dateline[1]}{guess})", source)
    yearless = yearless_dateline(text)
    if yearless:
        return Document(path, text, yearless[0], f"dateline (line {yearless[1]}; its year is the one in which the "
                        "weekday the story names falls on that day, nearest the years it writes)", source)
    if config.default_date:
        return Document(path, text, config.default_date, "default_date in claims.yaml", source)
    return Document(path, text, None, None, source)
