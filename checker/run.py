"""Wire the stages together: paths -> documents -> claims -> findings -> Outcome. Prints nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from checker import __version__
from checker.config import Config
from checker.corpus import discover, load
from checker.extract import Extractor
from checker.model import Claim, DocInfo, DocStatus, Outcome
from checker.reconcile import reconcile, slot_count


def extracted(paths: list[str], config: Config,
              progress: Callable[[int, int], None] | None = None) -> Iterator[tuple[DocStatus, list[Claim], DocInfo]]:
    """Each input document's status, its claims, and its accounting line, in a stable order."""
    extractor: Extractor | None = None
    candidates = sorted({c.path: c for c in discover(paths)}.values(), key=lambda c: c.path)
    for done, candidate in enumerate(candidates):
        if progress:
            progress(done, len(candidates))
        document, status = load(candidate, config)
        if document is None:
            yield status, [], DocInfo(status)
            continue
        extractor = extractor or Extractor(config)
        try:
            claims = extractor.extract(document)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the others
            failed = DocStatus(status.doc, "error", f"internal error while extracting ({type(exc).__name__}: {exc})")
            yield failed, [], DocInfo(failed, document.date, document.date_source)
            continue
        yield status, claims, DocInfo(status, document.date, document.date_source, len(claims),
                                      document.suppressions.ignores)


def check(paths: list[str], config: Config, progress: Callable[[int, int], None] | None = None) -> Outcome:
    """Extract every document and reconcile all claims; `progress(done, total)` is told as it goes."""
    docs: list[DocInfo] = []
    claims: list[Claim] = []
    for _, found, info in extracted(paths, config, progress):
        docs.append(info)
        claims.extend(found)
    dates: dict[str, dt.date | None] = {d.status.doc: d.date for d in docs}
    findings = reconcile(claims, config, dates)
    ignores = tuple((d.status.doc, ignore) for d in docs for ignore in d.ignores)
    return Outcome(tuple(docs), tuple(claims), tuple(findings), slot_count(claims, config), __version__, ignores)
