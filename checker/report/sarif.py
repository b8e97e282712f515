"""SARIF 2.1.0: one result per disagreeing claim, the other claims of the conflict as related locations."""

from __future__ import annotations

from typing import Any

from checker.model import Claim, Finding, Outcome
from checker.report.jsonout import dumps

RULES: dict[str, tuple[str, str, str]] = {
    # code: (name, short description, help)
    "CC001": ("value-conflict", "Figures about the same thing disagree",
              "Two documents (or two places in one) state figures for the same subject, measure and period "
              "whose intervals do not overlap. Correct the figure that is wrong, or accept the difference in "
              "claims.yaml (accepted: with a reason)."),
    "CC002": ("conflict-after-conversion", "Figures disagree once converted into one currency",
              "After converting at the ECB reference rate of each document's date, the figures still do not "
              "overlap. Check the figure and the currency, or accept the difference in claims.yaml."),
    "CC003": ("part-exceeds-whole", "A part is larger than the whole it belongs to",
              "claims.yaml declares one measure part of another (part_of); a figure for the part exceeds the "
              "figure for the whole. One of them is wrong, or the declared scope is."),
    "CC004": ("contradicts-known-fact", "A figure contradicts a known fact recorded in claims.yaml",
              "claims.yaml records this figure (facts:, with its source); the document states one whose "
              "interval does not reach it. Correct the document, or the recorded fact if it is out of date."),
    "CC005": ("restated-differently", "Two articles telling one story state one figure differently",
              "The two articles agree on other figures, so they tell the same story; this figure is said in "
              "alike words in both but differs like a slip of one number (digits swapped, one digit off). "
              "Correct the article that misreports it, or record why both stand."),
}


def _location(claim: Claim) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": claim.doc.replace("\\\\", "/")},
            "region": {
                "startLine": claim.line,
                "startColumn": claim.column,
                "endColumn": claim.column + len(claim.text),
                "charOffset": claim.start,
                "charLength": claim.end - claim.start,
                "snippet": {"text": claim.text},
            },
        }
    }


def _results(finding: Finding, claims: dict[str, Claim], rule_index: int) -> list[dict[str, Any]]:
    partners = finding.partners()
    slot = finding.slot
    results = []
    for claim_id in finding.claims:
        if claim_id not in partners or claim_id not in claims:
            continue
        claim = claims[claim_id]
        others = [claims[o] for o in partners[claim_id] if o in claims]
        text = (f"{slot.subject} / {slot.object} / {slot.period}: {claim.text} disagrees with "
                + ", ".join(f"{o.text} ({o.doc}:{o.line})" for o in others)) if others else finding.message
        related = [
            {"id": n, **_location(o), "message": {"text": f"{o.text} in {o.doc}"}}
            for n, o in enumerate(others, start=1)
        ]
        results.append({
            "ruleId": finding.code,
            "ruleIndex": rule_index,
            "level": "error",
            "message": {"text": text},
            "locations": [_location(claim)],
            "relatedLocations": related,
            "partialFingerprints": {"claimcheck/v1": f"{finding.id}/{claim.doc}"},
        })
    return results


def render(outcome: Outcome) -> str:
    """The SARIF log of one check."""
    claims = {c.id: c for c in outcome.claims}
    codes = sorted(RULES)
    rules = [
        {
            "id": code,
            "name": RULES[code][0],
            "shortDescription": {"text": RULES[code][1]},
            "fullDescription": {"text": RULES[code][2]},
            "help": {"text": RULES[code][2]},
            "defaultConfiguration": {"level": "error"},
        }
        for code in codes
    ]
    results = [
        result
        for finding in outcome.findings
        if finding.status == "conflict" and finding.code in RULES
        for result in _results(finding, claims, codes.index(finding.code))
    ]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "claimcheck", "version": outcome.version, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return dumps(log) + "\n"
