"""Wire the stages together: paths -> documents -> claims -> findings -> Outcome. Prints nothing."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker import __version__
from checker.cache import Cache
from checker.config import Config
from checker.corpus import Candidate, discover, parse, read
from checker.errors import CheckerError
from checker.model import Claim, DocInfo, DocStatus, Outcome
from checker.owners import owned
from checker.reconcile import slotted, trends
from checker.records import config_hash, read_documents
from checker.restate import all_findings

if TYPE_CHECKING:
    from checker.extract import Extractor

Result = tuple[DocInfo, list[Claim]]  # a document's accounting line (its status inside) and its claims
CHUNK = 8  # documents handed to a worker process at a time


@dataclass(frozen=True)
class Pending:
    """A document still to settle: its cache key ("" without a cache) and whether the cache holds it."""

    key: str
    cached: bool


class Worker:
    """Turns candidate files into their status, claims and accounting line, using the cache when given."""

    def __init__(self, config: Config, cache: Cache | None = None) -> None:
        self.config = config
        self.cache = cache
        self.extractor: Extractor | None = None

    def __call__(self, candidate: Candidate) -> Result:
        """Read, look up, else decode and extract (and remember) one document."""
        known = self.lookup(candidate)
        return known if isinstance(known, tuple) else self.settle(candidate, known)

    def lookup(self, candidate: Candidate) -> Result | Pending:
        """The result for an unreadable file; else whether the cache has it, and its key."""
        if self.cache is None:
            return Pending("", False)
        raw, status = read(candidate)
        if raw is None:
            return DocInfo(status), []
        key = self.cache.key(candidate.path, candidate.explicit, raw)
        return Pending(key, self.cache.has(key))

    def settle(self, candidate: Candidate, pending: Pending) -> Result:
        """The cached result when there is a good one, else a fresh extraction."""
        hit = self.cache.get(pending.key) if self.cache and pending.cached else None
        return hit if hit else self.extract(candidate, pending.key)

    def extract(self, candidate: Candidate, key: str = "") -> Result:
        """Read, decode and extract one document; store the result under `key` when caching."""
        raw, status = read(candidate)
        if raw is None:
            return DocInfo(status), []
        info, claims = self._extract(candidate, raw)
        if self.cache and info.status.status != "error":
            self.cache.put(key or self.cache.key(candidate.path, candidate.explicit, raw), info, claims)
        return info, claims

    def _extract(self, candidate: Candidate, raw: bytes) -> Result:
        document, status = parse(candidate, raw, self.config)
        if document is None:
            return DocInfo(status), []
        if self.extractor is None:
            from checker.extract import Extractor  # spaCy loads only when something needs extracting

            self.extractor = Extractor(self.config)
        try:
            claims = self.extractor.extract(document)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the others
            failed = DocStatus(status.doc, "error", f"internal error while extracting ({type(exc).__name__}: {exc})")
            return DocInfo(failed, document.date, document.date_source), []
        return DocInfo(status, document.date, document.date_source, len(claims), document.suppressions.ignores), claims


_CHILD: Worker | None = None


def _start_child(config: Config, cache: Cache | None) -> None:
    global _CHILD  # noqa: PLW0603 - one Worker per process, built once
    _CHILD = Worker(config, cache)


def _in_child(job: tuple[Candidate, Pending]) -> Result:
    assert _CHILD is not None
    return _CHILD.extract(job[0], job[1].key)


def candidates(paths: list[str]) -> list[Candidate]:
    """Every file under the paths, each once, sorted by path (the order of every output)."""
    return sorted({c.path: c for c in discover(paths)}.values(), key=lambda c: c.path)


def extracted(paths: list[str], config: Config, progress: Callable[[int, int], None] | None = None,
              jobs: int = 1, cache: Cache | None = None) -> Iterator[Result]:
    """Each input document's accounting line (with its status) and its claims, in path order.

    Cached and unreadable files are settled first, in this process; the rest are extracted here or,
    with jobs > 1 and enough of them, in that many processes. Results and order never depend on jobs.
    Each result is yielded as soon as it and all before it are done.
    """
    worker = Worker(config, cache)
    todo = candidates(paths)
    known = [worker.lookup(c) for c in todo]
    misses = [(c, k) for c, k in zip(todo, known, strict=True) if isinstance(k, Pending) and not k.cached]
    if jobs <= 1 or len(misses) < 2 * CHUNK:
        yield from _reported(_in_order(worker, todo, known, None), len(todo), progress)
        return
    with multiprocessing.get_context().Pool(jobs, _start_child, (config, cache)) as pool:
        fresh = pool.imap(_in_child, misses, CHUNK)
        yield from _reported(_in_order(worker, todo, known, fresh), len(todo), progress)


def _in_order(worker: Worker, todo: list[Candidate], known: list[Result | Pending],
              fresh: Iterator[Result] | None) -> Iterator[Result]:
    """Each document's result in order: settled, read from the cache, or extracted here or in `fresh`."""
    for candidate, entry in zip(todo, known, strict=True):
        if isinstance(entry, tuple):
            yield entry
        elif fresh is not None and not entry.cached:
            yield next(fresh)
        else:
            yield worker.settle(candidate, entry)


def _reported(results: Iterable[Result], total: int, progress: Callable[[int, int], None] | None) -> Iterator[Result]:
    for done, result in enumerate(results):
        if progress:
            progress(done, total)
        yield result


def merged(results: Iterable[Result]) -> Iterator[Result]:
    """Results from several sources in path order; a document given twice is an error."""
    by_doc: dict[str, Result] = {}
    for result in results:
        doc = result[0].status.doc
        if doc in by_doc:
            raise CheckerError("document given twice (in two shards, or in a shard and the paths)", doc)
        by_doc[doc] = result
    for doc in sorted(by_doc):
        yield by_doc[doc]


def read_shards(files: list[str], config: Config) -> tuple[list[Result], list[str]]:
    """The documents and claims of shard files, and warnings where a shard came from another version or config."""
    results: list[Result] = []
    warnings: list[str] = []
    for name in files:
        head: dict[str, object] | None = None
        try:
            with open(name, encoding="utf-8") as handle:
                for info, claims, head in read_documents(handle, name):  # noqa: B007 - the header is kept
                    results.append((info, claims))
        except OSError as exc:
            raise CheckerError(f"cannot read shard: {exc.strerror or exc}", name) from None
        except UnicodeDecodeError:
            raise CheckerError("shard is not UTF-8 text", name) from None
        if head is None:
            continue  # an empty shard
        if not head:
            warnings.append(f"{name}: no shard header; cannot tell which version and claims.yaml extracted it")
        elif head.get("version") != __version__ or head.get("config") != config_hash(config):
            warnings.append(f"{name}: extracted by claimcheck {head.get('version')} with claims.yaml digest "
                            f"{head.get('config')}; this run is {__version__} with {config_hash(config)}")
    return results, warnings


def check(paths: list[str], config: Config, progress: Callable[[int, int], None] | None = None,
          jobs: int = 1, cache: Cache | None = None, shards: list[Result] | None = None) -> Outcome:
    """Extract every document (and take in already extracted ones) and reconcile all claims.

    `progress(done, total)` is told as documents are extracted.
    """
    docs: list[DocInfo] = []
    claims: list[Claim] = []
    fresh = extracted(paths, config, progress, jobs, cache) if paths else iter(())
    sources = merged([*fresh, *shards]) if shards else fresh
    for info, found in sources:
        docs.append(info)
        claims.extend(found)
    dates: dict[str, dt.date | None] = {d.status.doc: d.date for d in docs}
    claims = owned(claims)
    slots = slotted(claims, config, dates)
    findings = all_findings(claims, slots, config, dates)
    ignores = tuple((d.status.doc, ignore) for d in docs for ignore in d.ignores)
    return Outcome(tuple(docs), tuple(claims), tuple(findings), len(slots), __version__, ignores,
                   tuple(trends(slots)))
