"""How figures read in reports: $64.4bn, 600,000, 2 GW, 25%."""

from __future__ import annotations

import math

from checker.model import Claim, Comparison, Finding
from checker.units import rate_per

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
_SI = ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"))
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))


def _trim(x: float, digits: int = 3) -> str:
    text = f"{x:.{digits}g}" if abs(x) < 10 ** digits else f"{x:,.0f}"
    return text


def figure(x: float | None, unit: str | None) -> str:
    """One number in its unit, rounded for reading."""
    if x is None or math.isinf(x):
        return "∞" if x is not None and x > 0 else ("-∞" if x is not None else "?")
    if unit == "%":
        return f"{_trim(x)}%"
    if unit == "pp":
        return f"{_trim(x)} points"
    if unit and len(unit) == 3 and unit.isupper():
        symbol = SYMBOLS.get(unit, unit + " ")
        for size, suffix in _SCALES:
            if abs(x) >= size:
                return f"{symbol}{_trim(x / size)}{suffix}"
        return f"{symbol}{x:,.2f}".rstrip("0").rstrip(".")
    if unit:
        for size, prefix in _SI:
            if abs(x) >= size:
                return f"{_trim(x / size)} {prefix}{unit}"
        return f"{_trim(x)} {unit}"
    if abs(x) >= 1e9:
        return f"{_trim(x / 1e9)} billion"
    return f"{x:,.0f}" if x == int(x) else f"{x:,.4g}"


def interval(low: float | None, high: float | None, unit: str | None) -> str:
    """A stated value or interval: "600,000", "≥ 1.3m", "1m – 4m", "≤ $2.5bn" (an unbounded side is left out)."""
    low = None if low is not None and low == -math.inf else low
    high = None if high is not None and high == math.inf else high
    if low is not None and high is not None:
        return figure(low, unit) if low == high else f"{figure(low, unit)} – {figure(high, unit)}"
    if low is not None:
        return f"≥ {figure(low, unit)}"
    if high is not None:
        return f"≤ {figure(high, unit)}"
    return "?"


def why(finding: Finding, claims: dict[str, Claim]) -> str | None:
    """One sentence a reader can check by hand: the first disagreeing pair, converted, and how far apart.

    "62 billion euros (= $64.4bn – $65.4bn at 1.0472 USD/EUR on 2025-01-24 (ECB)) is 1.6% short of
    $67 billion (read as $66.5bn – $67.5bn); the tolerance is 0.0% relative."
    """
    compared = {c.claim_id: c for c in finding.comparisons}
    for a, b in finding.disagree:
        ca, cb, qa, qb = compared.get(a), compared.get(b), claims.get(a), claims.get(b)
        if ca is None or cb is None or qa is None:
            continue
        if qb is None:  # b is a known fact from claims.yaml
            return _against_known(finding, qa, ca, cb)
        if finding.code == "CC003":
            return (f"{_as_compared(qa, ca)} is more than {_as_compared(qb, cb)}, "
                    "yet claims.yaml declares the first part of the second.")
        if ca.bound and cb.bound and (ca.low == cb.low == -math.inf or ca.high == cb.high == math.inf):
            return _bounds(finding, (ca, qa), (cb, qb))
        (low, low_claim), (high, high_claim) = sorted([(ca, qa), (cb, qb)], key=lambda p: p[0].low)
        gap, base = separation(low, high)
        apart = _apart(gap, base, finding.slot.kind.startswith("percent"))
        allowed = f"; the tolerance is {finding.tolerance}" if finding.tolerance else ""
        return f"{_as_compared(low_claim, low)} is {apart} {_as_compared(high_claim, high)}{allowed}."
    return None


def separation(low: Comparison, high: Comparison) -> tuple[float, float]:
    """The gap between two disjoint intervals, low below high, and what a relative gap is taken of.

    The base is the larger end in magnitude, as the reconciler judges a gap (reconcile._apart).
    """
    return high.low - low.high, max(abs(low.high), abs(high.low)) or 1.0


def _apart(gap: float, base: float, points: bool) -> str:
    """How far below the other a figure is: "1.6% short of", "2 percentage points below", "just short of"."""
    if gap == 0:
        return "just short of (no figure rounds to both)"
    return f"{_trim(gap)} percentage points below" if points else f"{gap / base:.1%} short of"


def _bounds(finding: Finding, a: tuple[Comparison, Claim], b: tuple[Comparison, Claim]) -> str:
    """Two claims bounded on the same side: their bounds compared ("up to $2bn" against "up to $3bn")."""
    (low, low_claim), (high, high_claim) = sorted([a, b], key=lambda p: p[0].bound or (0.0, 0.0))
    lo, hi = low.bound or (0.0, 0.0), high.bound or (0.0, 0.0)
    gap, base = hi[0] - lo[1], max(abs(lo[1]), abs(hi[0])) or 1.0
    apart = _apart(gap, base, finding.slot.kind.startswith("percent"))
    allowed = f"; the tolerance is {finding.tolerance}" if finding.tolerance else ""
    side = "most" if low.low == -math.inf else "least"
    return (f"{_told(low_claim)} (a bound read as {interval(*lo, low.unit)}{_a_year(low_claim)}) is {apart} "
            f"{_told(high_claim)} (a bound read as {interval(*hi, high.unit)}{_a_year(high_claim)}): both state the "
            f"{side} it can be{allowed}.")


def _against_known(finding: Finding, claim: Claim, compared: Comparison, known: Comparison) -> str:
    figure_ = interval(known.low, known.high, known.unit)
    below = compared.high < known.low
    gap, base = separation(compared, known) if below else separation(known, compared)
    side = "short of" if below else "above"
    if finding.slot.kind.startswith("percent"):
        apart = f"{_trim(gap)} percentage points {side}"
    else:
        apart = f"{gap / base:.1%} {side}"
    allowed = f"; the tolerance is {finding.tolerance}" if finding.tolerance else ""
    return f"{_as_compared(claim, compared)} is {apart} the known {figure_} ({known.claim_id}){allowed}."


def _as_compared(claim: Claim, comparison: Comparison) -> str:
    span = interval(comparison.low, comparison.high, comparison.unit)
    if comparison.note:
        return f"{_told(claim)} (= {span}{_a_year(claim)} at {comparison.note})"
    if _a_year(claim):
        return f"{_told(claim)} (= {span}{_a_year(claim)})"
    stated = interval(claim.quantity.low, claim.quantity.high, claim.quantity.unit)
    return claim.text if span == stated else f"{claim.text} (read as {span})"


_PER = {"mo": "a month", "wk": "a week", "d": "a day"}  # the time rates compared per year (units.PER_YEAR)


def _told(claim: Claim) -> str:
    """A claim's text with the time it is per, where its figure leaves that out: "900,000 a month"."""
    per = _PER.get(_per(claim))
    return f"{claim.text} {per}" if per and not claim.text.endswith(per.split()[-1]) else claim.text


def _a_year(claim: Claim) -> str:
    """The words after a figure compared per year that was stated per month, week or day: " a year"."""
    return " a year" if _per(claim) in _PER else ""


def _per(claim: Claim) -> str:
    """The time a claim's figure is per ("mo"): a count's, or its money unit's ("EUR/mo"); "" when none."""
    return claim.quantity.per or rate_per(claim.quantity.unit)
