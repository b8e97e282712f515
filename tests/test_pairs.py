"""Disagreeing pairs: found by bisection, counted exactly, and listed as a cover past PAIR_LIMIT."""

from __future__ import annotations

import pytest
from conftest import config_from
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import reconcile
from checker.model import Claim, Period, Quantity, Slot
from checker.reconcile import Placed, conflicting_pairs
from checker.restate import reconcile as run_reconcile

SLOT = Slot("Acme", "widgets", "2025", "count")


def _placed(n: int, low: float, high: float, doc: str = "a.txt", start: int | None = None,
            hedged: bool = False) -> Placed:
    """A claim placed at [low, high]; a hedged range's ends are not compared as a closed range's (see _ends)."""
    claim = Claim(doc, n if start is None else start, n + 1, "x", Quantity("count", None, None, low, high, hedged,
                                                                         None, 0.0),
                  "x", 0, 1, "Acme", "widgets", Period("2025", "2025"))
    return Placed(claim, SLOT, low, high, None, None)


def _brute(placed: list[Placed], points: bool, limit: float) -> set[tuple[int, int]]:
    spots = [(p.claim.doc, p.claim.start) for p in placed]
    return {(i, j) for i in range(len(placed)) for j in range(i + 1, len(placed))
            if spots[i] != spots[j] and reconcile._apart(placed[i].low, placed[i].high, placed[j].low,
                                                         placed[j].high, points, limit)}


def _ends_apart(placed: list[Placed], points: bool, limit: float) -> set[tuple[int, int]]:
    """Closed ranges of exact ends (precision 0) that overlap, neither inside the other, and differ at both ends."""
    spots = [(p.claim.doc, p.claim.start) for p in placed]
    return {(i, j) for i in range(len(placed)) for j in range(i + 1, len(placed))
            if spots[i] != spots[j] and placed[i].low < placed[i].high and placed[j].low < placed[j].high
            and not reconcile._apart(placed[i].low, placed[i].high, placed[j].low, placed[j].high, points, limit)
            and all(reconcile._apart(x, x, y, y, points, limit) for x, y in ((placed[i].low, placed[j].low),
                                                                              (placed[i].high, placed[j].high)))
            and (placed[i].low < placed[j].low) == (placed[i].high < placed[j].high)}


_INTERVALS = st.lists(
    st.tuples(st.integers(-50, 200), st.integers(0, 30), st.integers(0, 3)), min_size=0, max_size=40
)


@settings(max_examples=300, deadline=None)
@given(_INTERVALS, st.sampled_from([0.0, 0.05, 0.2]), st.sampled_from([3, 10_000]))
def test_pairs_match_brute_force(intervals: list[tuple[int, int, int]], tolerance: float, cap: int) -> None:
    placed = [_placed(n, float(low), float(low + width), start=spot if spot else None, hedged=True)
              for n, (low, width, spot) in enumerate(intervals)]
    config = config_from({"tolerance": {"relative": tolerance}})
    everything = _brute(placed, False, tolerance)
    original = reconcile.PAIR_LIMIT
    reconcile.PAIR_LIMIT = cap
    try:
        pairs, total = conflicting_pairs(placed, config)
    finally:
        reconcile.PAIR_LIMIT = original
    assert total == len(everything)
    assert set(pairs) <= everything and pairs == sorted(set(pairs))
    if total <= cap:
        assert set(pairs) == everything
    assert {i for pair in pairs for i in pair} == {i for pair in everything for i in pair}  # every disputed claim


@settings(max_examples=200, deadline=None)
@given(_INTERVALS, st.sampled_from([0.0, 0.05, 0.2]))
def test_closed_ranges_also_pair_where_their_ends_differ(intervals: list[tuple[int, int, int]],
                                                        tolerance: float) -> None:
    placed = [_placed(n, float(low), float(low + width), start=spot if spot else None, hedged=False)
              for n, (low, width, spot) in enumerate(intervals)]
    config = config_from({"tolerance": {"relative": tolerance}})
    everything = _brute(placed, False, tolerance) | _ends_apart(placed, False, tolerance)
    pairs, total = conflicting_pairs(placed, config)
    assert total == len(everything)
    assert set(pairs) == everything


def test_a_slot_of_thousands_lists_a_cover_and_counts_every_pair() -> None:
    claims = [_placed(n, 100.0 if n % 2 else 200.0, 100.0 if n % 2 else 200.0).claim for n in range(3000)]
    findings = run_reconcile(claims, config_from({}), {})
    (finding,) = findings
    assert finding.disagree_total == 1500 * 1500
    assert len(finding.disagree) <= 2 * 3000
    assert {c for pair in finding.disagree for c in pair} == set(finding.claims)
    assert any("2,250,000 pairs disagree" in note for note in finding.notes)


@pytest.mark.parametrize("n", [2, 30])
def test_small_slots_list_every_pair(n: int) -> None:
    claims = [_placed(k, float(100 + k * 10), float(100 + k * 10)).claim for k in range(n)]  # within 10x
    (finding,) = run_reconcile(claims, config_from({}), {})
    assert finding.disagree_total == len(finding.disagree) == n * (n - 1) // 2
