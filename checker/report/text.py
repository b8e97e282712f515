"""The terminal summary: one screen, conflicts first."""

from __future__ import annotations

from checker.model import Claim, Outcome
from checker.report.figures import interval, why
from checker.report.markdown import summary_line

MAX_CLAIMS_SHOWN = 6


_RED, _YELLOW, _RESET = "\x1b[31;1m", "\x1b[33m", "\x1b[0m"


def render(outcome: Outcome, report_path: str | None = None, colour: bool = False) -> str:
    """A short summary of a check for a terminal (ANSI colour when asked)."""
    claims: dict[str, Claim] = {c.id: c for c in outcome.claims}
    lines = [f"claimcheck: {summary_line(outcome)}"]
    for finding in outcome.findings:
        if finding.status not in ("conflict", "accepted"):
            continue
        label = "CONFLICT" if finding.status == "conflict" else "accepted"
        if colour:
            label = f"{_RED if finding.status == 'conflict' else _YELLOW}{label}{_RESET}"
        slot = finding.slot
        lines.append(f"{label} {finding.code} {finding.name}: {slot.subject} / {slot.object} / {slot.period}"
                     f"  [{finding.id}]")
        in_pairs = {c for pair in finding.disagree for c in pair}
        compared = {c.claim_id: c for c in finding.comparisons}
        shown = [claims[c] for c in finding.claims if c in in_pairs and c in claims]
        for claim in shown[:MAX_CLAIMS_SHOWN]:
            comp = compared.get(claim.id)
            extra = f"  (= {interval(comp.low, comp.high, comp.unit)} at {comp.note})" if comp and comp.note else ""
            lines.append(f"  {claim.doc}:{claim.line}  {claim.text}{extra}")
        if len(shown) > MAX_CLAIMS_SHOWN:
            lines.append(f"  … and {len(shown) - MAX_CLAIMS_SHOWN} more")
        reason = why(finding, claims) if finding.status == "conflict" else None
        if reason:
            lines.append(f"  why: {reason}")
    for doc in outcome.documents:
        if doc.status.status != "ok":
            lines.append(f"{doc.status.status}: {doc.status.doc}: {doc.status.reason}")
    if report_path:
        lines.append(f"Full report: {report_path}")
    return "\n".join(lines) + "\n"


def claims_text(claims: list[Claim]) -> str:
    """Claims one per line for `extract --format text`."""
    out = []
    for c in claims:
        q = c.quantity
        period = c.period.label if c.period else "-"
        out.append(f"{c.doc}:{c.line}: {c.text!r} {q.kind} {interval(q.low, q.high, q.unit)}"
                   f"{' ~' if q.approx else ''}{' ' + q.change if q.change else ''}"
                   f" | who: {c.subject or '-'} | what: {c.object or '-'} | when: {period}")
    return "\n".join(out) + ("\n" if out else "")
