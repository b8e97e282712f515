"""Datelines: the date an undated article states in its first lines (tests/cases/dates/*.yaml).

A wire dateline with no year is dated by the weekday its story names (dates.yearless_dateline).
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import load_cases

from checker.dates import day_first_guess, find_dateline, yearless_dateline


@pytest.mark.parametrize("case", load_cases("dates"))
def test_dateline(case: dict[str, Any]) -> None:
    found = find_dateline(case["text"]) or yearless_dateline(case["text"])  # as the corpus reads a document
    if case["date"] is None:
        assert found is None, f"read a dateline: {found}"
        return
    assert found == (case["date"], case["line"])
    if "day_first_guess" in case:
        line = case["text"].splitlines()[case["line"] - 1]
        assert day_first_guess(line) == case["day_first_guess"]
