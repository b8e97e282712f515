"""Reconciliation cases: claims in, findings out (tests/cases/reconcile/*.yaml)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import pytest
from conftest import config_from, load_cases

from checker.extract import build_nlp
from checker.model import Claim, Period, Quantity
from checker.numbers import read_amount
from checker.reconcile import CODES, reconcile

CASES = load_cases("reconcile")


@lru_cache(maxsize=1)
def _nlp() -> Any:
    return build_nlp()


def _num(x: Any) -> float | None:
    return None if x is None else float(x)


def precision_of(text: str) -> float:
    """The implied precision the extractor gives a figure written this way."""
    amount = read_amount([t.text for t in _nlp().make_doc(text)])
    return amount.precision if amount else 0.0


def build_claim(index: int, spec: dict[str, Any]) -> Claim:
    value = _num(spec.get("value"))
    low = _num(spec.get("low", value))
    high = _num(spec.get("high", value))
    quantity = Quantity(spec["kind"], spec.get("unit"), value, low, high, bool(spec.get("approx")),
                        spec.get("change"), precision_of(spec["text"]))
    start = index * 100
    return Claim(spec["doc"], start, start + len(spec["text"]), spec["text"], quantity, spec["text"], start, 1,
                 spec.get("subject"), spec.get("object"), Period(str(spec["period"]), str(spec["period"])))


@pytest.mark.parametrize("case", CASES)
def test_reconcile_case(case: dict[str, Any]) -> None:
    claims = [build_claim(i, spec) for i, spec in enumerate(case["claims"])]
    label = {c.id: spec["id"] for c, spec in zip(claims, case["claims"], strict=True)}
    dates: dict[str, dt.date | None] = dict(case.get("dates") or {})
    findings = reconcile(claims, config_from(case.get("config")), dates)
    got = [
        {
            "code": f.code,
            "status": f.status,
            "claims": [label[c] for c in f.claims],
            "disagree": [[label[a], label[b]] for a, b in f.disagree],
        }
        for f in findings
    ]
    want = [{k: v for k, v in f.items() if k != "conversion"} for f in case["findings"]]
    assert got == want
    for finding, expected in zip(findings, case["findings"], strict=True):
        if "conversion" in expected:
            assert expected["conversion"] in {c.note for c in finding.comparisons}


def test_every_finding_code_has_a_case() -> None:
    covered = {f["code"] for case in CASES for f in case.values[0]["findings"]}
    assert covered == set(CODES)


def test_fingerprint_ignores_line_numbers_and_follows_figures() -> None:
    spec = {"doc": "a.txt", "text": "$67 billion", "kind": "money", "unit": "USD", "value": 67e9,
            "subject": "Meta", "object": "capex", "period": "2025"}
    other = {**spec, "doc": "b.txt", "text": "$80 billion", "value": 80e9}
    config = config_from(None)
    first = reconcile([build_claim(0, spec), build_claim(1, other)], config, {})[0]
    moved = reconcile([build_claim(5, spec), build_claim(9, other)], config, {})[0]
    changed = reconcile([build_claim(0, spec), build_claim(1, {**other, "value": 81e9})], config, {})[0]
    assert first.id == moved.id
    assert first.id != changed.id
