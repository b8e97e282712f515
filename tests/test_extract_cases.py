"""Extraction cases: text in, claims out (tests/cases/extract/*.yaml)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from conftest import load_cases

from checker.places import place_of

FIELDS = ("kind", "unit", "value", "low", "high", "approx", "change", "precision", "per")


def _same(expected: Any, got: Any) -> bool:
    if isinstance(expected, str) and isinstance(got, float):
        expected = float(expected)  # YAML 1.1 reads 1.3e6 as a string
    if isinstance(expected, int | float) and not isinstance(expected, bool) and got is not None:
        return math.isclose(float(expected), float(got), rel_tol=1e-9)
    return bool(expected == got)


@pytest.mark.parametrize("case", load_cases("extract"))
def test_extract_case(case: dict[str, Any], extract_text: Any) -> None:
    claims = extract_text(case["text"], case.get("config"), case.get("date"))
    found = [c.text for c in claims]
    assert found == [e["text"] for e in case["claims"]], f"claims found: {found}"
    for want, claim in zip(case["claims"], claims, strict=True):
        q = claim.quantity
        got = {
            **{f: getattr(q, f) for f in FIELDS},
            "subject": claim.subject,
            "object": claim.object,
            "period": claim.period.label if claim.period else None,
            "party": claim.party,
            "place": place_of(claim),  # where the checker reads the figure is
        }
        for key, value in want.items():
            if key == "text":
                continue
            assert _same(value, got[key]), f"{claim.text!r}: {key} is {got[key]!r}, expected {value!r}"
        assert case["text"][claim.start : claim.end] == claim.text
        assert q.low is None or q.high is None or q.low <= q.high
