"""GitHub Actions workflow commands: one ::error annotation per disagreeing claim."""

from __future__ import annotations

from checker.model import Outcome


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(outcome: Outcome) -> str:
    """::error lines for the claims in unresolved conflicts, naming the claims they disagree with."""
    claims = {c.id: c for c in outcome.claims}
    lines = []
    for finding in outcome.findings:
        if finding.status != "conflict":
            continue
        partners = finding.partners()
        slot = finding.slot
        for claim_id in finding.claims:
            if claim_id not in partners or claim_id not in claims:
                continue
            claim = claims[claim_id]
            others = ", ".join(
                f"{claims[o].text} ({claims[o].doc}:{claims[o].line})"
                for o in partners[claim_id]
                if o in claims
            )
            title = f"{finding.code} {finding.name}"
            message = f"{slot.subject} / {slot.object} / {slot.period}: {claim.text} disagrees with {others}"
            lines.append(
                f"::error file={_property(claim.doc)},line={claim.line},col={claim.column},"
                f"title={_property(title)}::{_data(message)}"
            )
    return "\n".join(lines) + ("\n" if lines else "")
