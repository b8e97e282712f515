"""The per-document extraction cache: `.claimcheck_cache/`, keyed by content, tool version and configuration.

An entry is one document's extraction packed as one positional JSON line (records.pack), so a hit
rebuilds exactly what extraction gave. Entries are JSON, never pickles: a cache folder that came
with a corpus cannot run code.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from checker import __version__
from checker.config import Config
from checker.errors import CheckerError
from checker.model import Claim, DocInfo
from checker.records import config_hash, pack, unpack

CACHE_DIR = ".claimcheck_cache"
CACHE_FORMAT = 2  # 1: shard records per entry; 2: records.pack
_SUFFIX = ".json"
_README = "Extraction cache of claimcheck. Safe to delete, or run `claimcheck clean`.\n"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# claimcheck's cache; see https://bford.info/cachedir/\n"


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of claimcheck's own source: a changed extractor invalidates the cache even without a release."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def default_dir(config: Config) -> Path:
    """Beside the claims.yaml in use, else in the current folder."""
    return Path(config.root or ".") / CACHE_DIR


class Cache:
    """Reads and writes entries under one folder; every entry is named by its key."""

    def __init__(self, folder: Path, config: Config) -> None:
        self.folder = folder
        self.salt = f"{CACHE_FORMAT}\0{__version__}\0{code_digest()}\0{config_hash(config)}\0".encode()

    def key(self, path: str, explicit: bool, raw: bytes) -> str:
        """The entry's name: a digest of the tool version, configuration, path, how it was named, and content."""
        digest = hashlib.sha256(self.salt)
        digest.update(f"{path}\0{int(explicit)}\0".encode("utf-8", "surrogateescape"))
        digest.update(raw)
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{_SUFFIX}"

    def has(self, key: str) -> bool:
        """Whether an entry exists (it may still turn out damaged: see get)."""
        return self._file(key).is_file()

    def get(self, key: str) -> tuple[DocInfo, list[Claim]] | None:
        """The cached extraction, or None when absent or unreadable (a damaged entry is a miss)."""
        try:
            with open(self._file(key), encoding="utf-8") as handle:
                return unpack(handle.read())
        except (OSError, ValueError, TypeError, KeyError):  # UnicodeDecodeError and JSON errors are ValueErrors
            return None

    def put(self, key: str, info: DocInfo, claims: list[Claim]) -> None:
        """Store an entry atomically; a cache that cannot be written is silently not used."""
        target = self._file(key)
        try:
            self._prepare(target.parent)
            fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(pack(info, claims))
            os.replace(temporary, target)
        except OSError:
            return

    def _prepare(self, folder: Path) -> None:
        if folder.is_dir():
            return
        fresh = not self.folder.exists()
        folder.mkdir(parents=True, exist_ok=True)
        if fresh:
            (self.folder / ".gitignore").write_text("*\n", encoding="utf-8")
            (self.folder / "CACHEDIR.TAG").write_text(_TAG, encoding="utf-8")
            (self.folder / "README").write_text(_README, encoding="utf-8")


def clean(folder: Path) -> int:
    """Delete a cache folder; returns how many entries it held. Refuses a folder that is not our cache."""
    if not folder.exists():
        return 0
    if not (folder / "CACHEDIR.TAG").is_file() or folder.name != CACHE_DIR:
        raise CheckerError("not a claimcheck cache folder (no CACHEDIR.TAG); not deleting", str(folder))
    entries = sum(1 for _ in folder.glob(f"*/*{_SUFFIX}"))
    shutil.rmtree(folder)
    return entries
