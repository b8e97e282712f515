"""The machine-readable outputs: JSON Lines claims for extract, one JSON object for check."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

from checker.model import Claim, Finding, Outcome

_encode_string = json.encoder.encode_basestring


def _num(x: float | None) -> float | int | None:
    """A JSON number: whole floats as integers (below 2**53), infinities and NaN as null."""
    if x is None:
        return None
    if type(x) is not float:
        x = float(x)  # an int (int.is_integer is new in Python 3.12)
    if x.is_integer():
        return int(x) if -(2**53) < x < 2**53 else x
    return x if math.isfinite(x) else None


def claim_record(claim: Claim, with_id: bool = False) -> dict[str, Any]:
    """The contract's fields for one claim (DESIGN.md section 3)."""
    q = claim.quantity
    record: dict[str, Any] = {"id": claim.id} if with_id else {}
    record.update({
        "doc": claim.doc,
        "start": claim.start,
        "end": claim.end,
        "line": claim.line,
        "column": claim.column,
        "text": claim.text,
        "kind": q.kind,
        "unit": q.unit,
        "value": _num(q.value),
        "low": _num(q.low),
        "high": _num(q.high),
        "approx": q.approx,
        "change": q.change,
        "subject": claim.subject,
        "object": claim.object,
        "period": claim.period.label if claim.period else None,
    })
    return record


def finding_record(finding: Finding) -> dict[str, Any]:
    """One finding as the contract shapes it, plus how each claim was compared."""
    return {
        "id": finding.id,
        "code": finding.code,
        "name": finding.name,
        "status": finding.status,
        "slot": {
            "subject": finding.slot.subject,
            "object": finding.slot.object,
            "period": finding.slot.period,
            "kind": finding.slot.kind,
        },
        "claims": list(finding.claims),
        "disagree": [list(pair) for pair in finding.disagree],
        "disagree_total": finding.pairs_disagreeing,
        "message": finding.message,
        "compared_in": finding.unit,
        "comparisons": [
            {"claim": c.claim_id, "low": _num(c.low), "high": _num(c.high), "unit": c.unit, "conversion": c.note}
            for c in finding.comparisons
        ],
        "notes": list(finding.notes),
        "reason": finding.reason,
    }


def dumps(value: Any) -> str:
    """Exactly json.dumps(value, ensure_ascii=False, indent=2), many times faster on large reports.

    The standard library falls back to its pure-Python encoder whenever indent is set; here every
    scalar goes to the C string encoder or repr directly.
    """
    out: list[str] = []
    _write(value, "\n", out)
    return "".join(out)


def _scalar(value: Any) -> str | None:
    if isinstance(value, str):
        return _encode_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    return None


def _write(value: Any, newline: str, out: list[str]) -> None:
    """Append value's JSON to out; `newline` is a line break plus the current indentation.

    Containers of scalars only (a claim record, a pair of ids) are written with one join.
    """
    text = _scalar(value)
    if text is not None:
        out.append(text)
        return
    inner = newline + "  "
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        items = [_encode_string(str(key)) + ": " + (
            _encode_string(item) if type(item) is str else _scalar(item) or _joined(item, inner))
            for key, item in value.items()]
        out.append("{" + inner + ("," + inner).join(items) + newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        items = [_encode_string(item) if type(item) is str else _scalar(item) or _joined(item, inner)
                 for item in value]
        out.append("[" + inner + ("," + inner).join(items) + newline + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _joined(value: Any, newline: str) -> str:
    """A container's JSON as one string: the pieces of a large report are freed as each item is done."""
    pieces: list[str] = []
    _write(value, newline, pieces)
    return "".join(pieces)


def claims_jsonl(claims: list[Claim]) -> str:
    """One JSON object per line per claim."""
    return "".join(_compact(claim_record(c)) + "\n" for c in claims)


def claims_json(claims: list[Claim]) -> str:
    """All claims as one JSON array, one claim per line."""
    return _array([_compact(claim_record(c)) for c in claims], "") + "\n"


def check_json(outcome: Outcome) -> str:
    """The check result: documents, claims with ids, findings (DESIGN.md section 3)."""
    conflicts = sum(1 for f in outcome.findings if f.status == "conflict")
    body = {
        "version": outcome.version,
        "summary": {
            "documents": len(outcome.documents),
            "claims": len(outcome.claims),
            "slots": outcome.slots,
            "conflicts": conflicts,
        },
        "documents": [
            {
                "doc": d.status.doc,
                "status": d.status.status,
                "reason": d.status.reason,
                "date": d.date.isoformat() if d.date else None,
                "date_source": d.date_source,
                "claims": d.claims,
            }
            for d in outcome.documents
        ],
        "claims": (claim_record(c, with_id=True) for c in outcome.claims),
        "findings": (finding_record(f) for f in outcome.findings),
    }
    return one_record_per_line(body)


def one_record_per_line(body: dict[str, Any]) -> str:
    """JSON with the top level indented and each record of a list on one line of its own.

    Readable and greppable (one claim, one finding, one document per line), and written by the
    standard library's C encoder: ten times faster than indenting every level on large reports.
    """
    if not body:
        return "{}\n"
    parts = []
    for key, value in body.items():
        if isinstance(value, list | Iterator):  # a generator's records are built and written one at a time
            parts.append(f"  {_compact(key)}: " + _array([_compact(v) for v in value], "  "))
        else:
            parts.append(f"  {_compact(key)}: {_compact(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def _array(records: list[str], indent: str) -> str:
    """A JSON array of already encoded records, one a line, closed at `indent`."""
    if not records:
        return "[]"
    inner = "\n" + indent + "  "
    return "[" + inner + ("," + inner).join(records) + "\n" + indent + "]"


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # built once: json.dumps with options builds one per call


def _compact(value: Any) -> str:
    """json.dumps(value, ensure_ascii=False)."""
    return _ENCODER.encode(value)


def findings_jsonl(outcome: Outcome) -> str:
    """One JSON object per finding, for line-oriented CI tools."""
    return "".join(_compact(finding_record(f)) + "\n" for f in outcome.findings)
