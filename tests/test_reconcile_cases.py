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
from checker.reconcile import CODES, slotted, trends
from checker.report.figures import why
from checker.restate import reconcile

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
                        spec.get("change"), precision_of(spec["text"]), spec.get("per"))
    sentence = spec.get("sentence", spec["text"])  # the words around a figure, where a case needs them
    sentence_start = spec.get("sentence_index", index) * 1000  # claims sharing a sentence give its index
    start = sentence_start + sentence.index(spec["text"])
    period = None if spec.get("period") is None else Period(str(spec["period"]), str(spec.get("label", spec["period"])),
                                                            bool(spec.get("implied")),  # implied: by the date
                                                            spec.get("months"))  # a fiscal quarter's months
    return Claim(spec["doc"], start, start + len(spec["text"]), spec["text"], quantity, sentence, sentence_start, 1,
                 spec.get("subject"), spec.get("object"), period, party=spec.get("party"))


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
            "disagree": [[label.get(a, "fact"), label.get(b, "fact")] for a, b in f.disagree],
        }
        for f in findings
    ]
    want = [{k: v for k, v in f.items() if k not in ("conversion", "why", "note")} for f in case["findings"]]
    assert got == want
    by_id = {c.id: c for c in claims}
    for finding, expected in zip(findings, case["findings"], strict=True):
        if "conversion" in expected:
            assert any(expected["conversion"] in (c.note or "") for c in finding.comparisons)
        if "note" in expected:
            assert any(expected["note"] in note for note in finding.notes), finding.notes
        if "why" in expected:
            assert why(finding, by_id) == expected["why"]


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


def test_different_periods_make_a_trend_not_a_conflict() -> None:
    base = {"doc": "a.txt", "kind": "count", "subject": "Meta", "object": "GPUs"}
    specs = [{**base, "text": "350,000", "value": 350000, "period": "2024"},
             {**base, "doc": "b.txt", "text": "1.3 million", "value": 1.3e6, "period": "2025"},
             {**base, "doc": "c.txt", "text": "600,000", "value": 600000, "period": "2024"},
             {**base, "text": "5 GW", "kind": "power", "unit": "W", "value": 5e9, "period": "2025",
              "object": "capacity"}]
    claims = [build_claim(i, spec) for i, spec in enumerate(specs)]
    config = config_from(None)
    assert [f.code for f in reconcile(claims, config, {})] == ["CC001"]  # only the two 2024 figures meet
    (trend,) = trends(slotted(claims, config))
    assert (trend.subject, trend.object, trend.kind) == ("Meta", "gpu", "count")
    assert trend.points == (("2024", ("350,000", "600,000")), ("2025", ("1.3 million",)))
