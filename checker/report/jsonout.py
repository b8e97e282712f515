"""The machine-readable outputs: JSON Lines claims for extract, one JSON object for check."""

from __future__ import annotations

import json
import math
from typing import Any

from checker.model import Claim, Finding, Outcome


def _num(x: float | None) -> float | int | None:
    if x is None or math.isinf(x) or math.isnan(x):
        return None
    return int(x) if x == int(x) and abs(x) < 2**53 else x


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
        "message": finding.message,
        "compared_in": finding.unit,
        "comparisons": [
            {"claim": c.claim_id, "low": _num(c.low), "high": _num(c.high), "unit": c.unit, "conversion": c.note}
            for c in finding.comparisons
        ],
        "notes": list(finding.notes),
        "reason": finding.reason,
    }


def claims_jsonl(claims: list[Claim]) -> str:
    """One JSON object per line per claim."""
    return "".join(json.dumps(claim_record(c), ensure_ascii=False) + "\n" for c in claims)


def claims_json(claims: list[Claim]) -> str:
    """All claims as one JSON array."""
    return json.dumps([claim_record(c) for c in claims], ensure_ascii=False, indent=2) + "\n"


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
        "claims": [claim_record(c, with_id=True) for c in outcome.claims],
        "findings": [finding_record(f) for f in outcome.findings],
    }
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def findings_jsonl(outcome: Outcome) -> str:
    """One JSON object per finding, for line-oriented CI tools."""
    return "".join(json.dumps(finding_record(f), ensure_ascii=False) + "\n" for f in outcome.findings)
