"""The full reasoning behind one finding, for `claimcheck explain ID`."""

from __future__ import annotations

from checker.model import Claim, Finding, Outcome
from checker.report.figures import interval, separation, why


def _stated(claim: Claim) -> str:
    q = claim.quantity
    hedge = " (approximate)" if q.approx else ""
    change = f" (a change, {q.change})" if q.change else ""
    return f"{interval(q.low, q.high, q.unit)}{hedge}{change}"


def render(finding: Finding, outcome: Outcome) -> str:
    """Every step from the claims as written to the verdict."""
    claims = {c.id: c for c in outcome.claims}
    compared = {c.claim_id: c for c in finding.comparisons}
    slot = finding.slot
    lines = [
        f"{finding.id}  {finding.code} {finding.name}  status: {finding.status}",
        f"slot: who = {slot.subject}; what = {slot.object}; when = {slot.period}; kind = {slot.kind}",
        f"verdict: {finding.message}",
        *([f"why: {reason}"] if (reason := why(finding, claims)) else []),
        "",
        "claims:",
    ]
    for n, claim_id in enumerate(finding.claims, start=1):
        claim = claims.get(claim_id)
        if claim is None:
            continue
        comp = compared.get(claim_id)
        lines.append(f"  [{n}] {claim.doc}:{claim.line}:{claim.column}  {claim.text!r}")
        lines.append(f"      sentence: {claim.sentence.strip()[:300]}")
        period = claim.period.label if claim.period else "unknown"
        lines.append(f"      read as: {_stated(claim)}; who: {claim.subject}; what: {claim.object}; when: {period}")
        if comp:
            how = f" (converted at {comp.note})" if comp.note else ""
            lines.append(f"      compared as: {interval(comp.low, comp.high, comp.unit)}{how}")
        else:
            lines.append("      not compared")
    number = {c: n for n, c in enumerate(finding.claims, start=1)}
    lines += ["", "pairs that disagree:" if finding.disagree else "pairs that disagree: none"]
    for a, b in finding.disagree:
        ca, cb = compared.get(a), compared.get(b)
        if ca and cb:
            gap, base = separation(*((ca, cb) if ca.high < cb.low else (cb, ca)))
            lines.append(f"  [{number.get(a, a)}] vs [{number.get(b, b)}]: intervals do not overlap; gap "
                         f"{interval(gap, gap, ca.unit)} ({gap / base:.1%} of the larger end)")
    lines += ["", f"method: {finding.method}"]
    lines += [f"note: {note}" for note in finding.notes]
    if finding.reason:
        lines.append(f"accepted because: {finding.reason}")
    return "\n".join(lines) + "\n"
