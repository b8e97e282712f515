"""Baselines: record today's conflicts so CI fails only on new ones, and see which were fixed."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from checker.errors import CheckerError
from checker.model import Finding, Outcome
from checker.report.jsonout import dumps

FORMAT_VERSION = 1
DEFAULT_PATH = "claimcheck-baseline.json"


@dataclass(frozen=True)
class Comparison:
    """How a check compares with a baseline: the outcome with known conflicts marked, and what was fixed."""

    outcome: Outcome
    new: tuple[str, ...]
    known: tuple[str, ...]
    fixed: tuple[dict[str, Any], ...]


def entries(outcome: Outcome) -> list[dict[str, Any]]:
    """One baseline entry per unresolved conflict."""
    claims = {c.id: c for c in outcome.claims}
    found = []
    for finding in outcome.findings:
        if finding.status != "conflict":
            continue
        disputed = sorted({c for pair in finding.disagree for c in pair if c in claims})
        found.append({
            "fingerprint": finding.id,
            "code": finding.code,
            "slot": {"subject": finding.slot.subject, "object": finding.slot.object,
                     "period": finding.slot.period, "kind": finding.slot.kind},
            "values": [{"doc": claims[c].doc, "text": claims[c].text} for c in disputed],
            "files": sorted({claims[c].doc for c in disputed}),
            "note": "",
        })
    return found


def render(outcome: Outcome, keep: list[dict[str, Any]] | None = None) -> str:
    """The baseline file for an outcome (notes of entries kept from an older baseline survive)."""
    notes = {e["fingerprint"]: e.get("note", "") for e in keep or []}
    items = entries(outcome)
    for item in items:
        item["note"] = notes.get(item["fingerprint"], "")
    return _dump(items)


def pruned(recorded: list[dict[str, Any]], fixed: tuple[dict[str, Any], ...]) -> str:
    """The baseline file without the entries that were fixed."""
    return _dump([e for e in recorded if e not in fixed])


def _dump(items: list[dict[str, Any]]) -> str:
    body = {"format": FORMAT_VERSION, "tool": "claimcheck", "findings": items}
    return dumps(body) + "\n"


def load(path: str) -> list[dict[str, Any]]:
    """The entries of a baseline file; a missing or malformed file is an error naming it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CheckerError("baseline file not found (create it with `claimcheck baseline`)", path) from None
    except (OSError, ValueError) as exc:
        raise CheckerError(f"cannot read baseline: {exc}", path) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION or not isinstance(data.get("findings"), list):
        raise CheckerError(f"not a claimcheck baseline (format {FORMAT_VERSION} expected)", path)
    return [e for e in data["findings"] if isinstance(e, dict) and isinstance(e.get("fingerprint"), str)]


def compare(outcome: Outcome, baseline: list[dict[str, Any]]) -> Comparison:
    """Mark conflicts already in the baseline as `baselined`; list new and fixed ones."""
    known_ids = {e["fingerprint"] for e in baseline}
    findings: list[Finding] = []
    new, known = [], []
    for finding in outcome.findings:
        if finding.status == "conflict" and finding.id in known_ids:
            findings.append(replace(finding, status="baselined"))
            known.append(finding.id)
            continue
        if finding.status == "conflict":
            new.append(finding.id)
        findings.append(finding)
    seen = {f.id for f in outcome.findings}
    fixed = tuple(e for e in baseline if e["fingerprint"] not in seen)
    return Comparison(replace(outcome, findings=tuple(findings)), tuple(new), tuple(known), fixed)
