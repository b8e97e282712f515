"""The markdown discrepancy report: summary, one section per conflict, agreeing slots, documents."""

from __future__ import annotations

import math
from pathlib import Path

from checker.model import Claim, Finding, Outcome, Quantity
from checker.report.figures import interval, why

QUOTE_CHARS = 240


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip()


def quote(claim: Claim, width: int = QUOTE_CHARS) -> str:
    """The claim's sentence, trimmed around the figure, with the figure in bold."""
    s = claim.sentence
    a, b = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    left, right = s[:a], s[b:]
    room = max(width - (b - a), 40)
    if len(left) + len(right) > room:
        keep_left = min(len(left), room // 2)
        keep_right = room - keep_left
        left = ("…" if len(left) > keep_left else "") + left[len(left) - keep_left :]
        right = right[:keep_right] + ("…" if len(right) > keep_right else "")
    return _cell(f"{left}**{s[a:b]}**{right}")


def link(claim: Claim) -> str:
    """A markdown link to the claim's file and line."""
    return f"[{_cell(claim.doc)}:{claim.line}]({claim.doc.replace(' ', '%20')}#L{claim.line})"


def stated(q: Quantity) -> str:
    """The normalised figure with its hedge: "≈350,000", "≥ $76bn"."""
    return ("≈" if q.approx else "") + interval(q.low, q.high, q.unit)


def _slot_title(finding: Finding) -> str:
    s = finding.slot
    return f"{s.subject} · {s.object} · {s.period}"


def summary_line(outcome: Outcome) -> str:
    """Documents, claims, slots and conflicts in one line."""
    conflicts = sum(1 for f in outcome.findings if f.status == "conflict")
    accepted = sum(1 for f in outcome.findings if f.status == "accepted")
    checked = sum(1 for d in outcome.documents if d.status.status == "ok")
    docs = f"{len(outcome.documents)} documents ({checked} checked)"
    extra = f", {accepted} accepted" if accepted else ""
    return f"{docs} · {len(outcome.claims)} claims · {outcome.slots} slots · {conflicts} conflicts{extra}"


def _chart_value(low: float, high: float) -> float:
    if math.isinf(low):
        return high
    if math.isinf(high):
        return low
    return (low + high) / 2


def chart(finding: Finding, claims: dict[str, Claim]) -> list[str]:
    """A Mermaid bar chart of the compared values by document (GitHub renders it)."""
    bars = [(claims[c.claim_id], _chart_value(c.low, c.high)) for c in finding.comparisons if c.claim_id in claims]
    bars = [(claim, value) for claim, value in bars if math.isfinite(value)]
    if len(bars) < 2:
        return []
    labels = ", ".join(f'"{Path(claim.doc).name[:18]}:{claim.line}"' for claim, _ in bars)
    values = ", ".join(f"{value:.6g}" for _, value in bars)
    unit = finding.unit or finding.slot.kind
    title = _slot_title(finding).replace('"', "'")
    return ["```mermaid", "xychart-beta", f'    title "{title}"', f"    x-axis [{labels}]",
            f'    y-axis "{unit}"', f"    bar [{values}]", "```", ""]


def _conflict_section(number: int, finding: Finding, claims: dict[str, Claim]) -> list[str]:
    members = [claims[c] for c in finding.claims if c in claims]
    index = {c.id: i for i, c in enumerate(members, start=1)}
    partners = finding.partners()
    compared = {c.claim_id: c for c in finding.comparisons}
    lines = [
        f"### {number}. {_cell(_slot_title(finding))}",
        "",
        f"`{finding.code} {finding.name}` · id `{finding.id}` · status **{finding.status}**",
        "",
        f"> {_cell(finding.message)}",
        "",
        *([f"**Why:** {_cell(reason)}", ""] if (reason := why(finding, claims)) else []),
        "| # | document | figure as written | normalised | compared as | disagrees with | quote |",
        "|---:|---|---|---|---|---|---|",
    ]
    for i, claim in enumerate(members, start=1):
        q = claim.quantity
        comp = compared.get(claim.id)
        as_compared = interval(comp.low, comp.high, comp.unit) if comp else "not compared"
        with_ = ", ".join(str(n) for n in sorted(index[o] for o in partners.get(claim.id, []) if o in index)) or "–"
        lines.append(
            f"| {i} | {link(claim)} | {_cell(claim.text)} | {_cell(stated(q))} "
            f"| {_cell(as_compared)} | {with_} | {quote(claim)} |"
        )
    lines += ["", *chart(finding, claims), "How compared:", ""]
    conversions = sorted({c.note for c in finding.comparisons if c.note})
    for claim in members:
        comp = compared.get(claim.id)
        if comp and comp.note:
            q = claim.quantity
            lines.append(f"- {_cell(claim.text)} ({stated(q)}) converted at {comp.note}: "
                         f"{interval(comp.low, comp.high, comp.unit)} with its precision")
    if not conversions:
        lines.append(f"- all figures in {finding.unit or 'the same unit (counts)'}; no conversion")
    lines.append(f"- {_cell(finding.method)}")
    for note in finding.notes:
        lines.append(f"- {_cell(note)}")
    if finding.reason:
        lines.append(f"- accepted: {_cell(finding.reason)}")
    return [*lines, ""]


def render(outcome: Outcome) -> str:
    """The whole markdown report."""
    claims = {c.id: c for c in outcome.claims}
    conflicts = [f for f in outcome.findings if f.status == "conflict"]
    accepted = [f for f in outcome.findings if f.status == "accepted"]
    agreeing = [f for f in outcome.findings if f.status == "consistent"]
    lines = ["# claimcheck discrepancy report", "", f"**{summary_line(outcome)}**", ""]
    if conflicts:
        lines += ["## Conflicts", ""]
        for n, finding in enumerate(conflicts, start=1):
            lines += _conflict_section(n, finding, claims)
    else:
        lines += ["No unresolved conflicts.", ""]
    if accepted:
        lines += ["## Accepted discrepancies", ""]
        for n, finding in enumerate(accepted, start=1):
            lines += _conflict_section(n, finding, claims)
    baselined = [f for f in outcome.findings if f.status == "baselined"]
    if baselined:
        lines += ["## Known conflicts (in the baseline)", ""]
        for finding in baselined:
            lines.append(f"- {_cell(_slot_title(finding))} `{finding.code}` `{finding.id}`: {_cell(finding.message)}")
        lines.append("")
    lines += ["## Slots that agree", ""]
    if agreeing:
        for finding in agreeing:
            figures = ", ".join(sorted({claims[c].text for c in finding.claims if c in claims}))
            lines.append(f"- {_cell(_slot_title(finding))}: {len(finding.claims)} claims ({_cell(figures)}) "
                         f"`{finding.code} {finding.name}`")
    else:
        lines.append("- none: no other slot has two or more claims")
    if outcome.trends:
        lines += ["", "## Trends", "", "The same who and what in different periods: shown, never compared.", "",
                  "| who | what | figures by period |", "|---|---|---|"]
        for trend in outcome.trends:
            points = " → ".join(f"{period}: {', '.join(figures)}" for period, figures in trend.points)
            lines.append(f"| {_cell(trend.subject)} | {_cell(trend.object)} | {_cell(points)} |")
    lines += ["", "## Documents", "", "| document | status | date | date from | claims | reason |",
              "|---|---|---|---|---:|---|"]
    for doc in outcome.documents:
        date = doc.date.isoformat() if doc.date else "unknown"
        lines.append(f"| {_cell(doc.status.doc)} | {doc.status.status} | {date} | {_cell(doc.date_source or '–')} "
                     f"| {doc.claims} | {_cell(doc.status.reason or '')} |")
    lines += ["", f"<sub>claimcheck {outcome.version}</sub>", ""]
    return "\n".join(lines)



def step_summary(outcome: Outcome, report: str | None, limit: int = 20) -> str:
    """A compact summary for $GITHUB_STEP_SUMMARY: the counts and one row per conflict."""
    claims = {c.id: c for c in outcome.claims}
    lines = ["### claimcheck", "", summary_line(outcome), ""]
    conflicts = [f for f in outcome.findings if f.status == "conflict"]
    if conflicts:
        lines += ["| conflict | figures |", "|---|---|"]
        for finding in conflicts[:limit]:
            shown = sorted({claims[c].text for pair in finding.disagree for c in pair if c in claims})
            lines.append(f"| {_cell(_slot_title(finding))} `{finding.code}` | {_cell(', '.join(shown))} |")
        if len(conflicts) > limit:
            lines.append(f"| … {len(conflicts) - limit} more | |")
        lines.append("")
    if report:
        lines += [f"Full report: `{report}`", ""]
    return "\n".join(lines)
