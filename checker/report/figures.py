"""How figures read in reports: $64.4bn, 600,000, 2 GW, 25%."""

from __future__ import annotations

import math

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
    """A stated value or interval: "600,000", "more than 1.3m", "1m – 4m"."""
    if low is not None and high is not None:
        return figure(low, unit) if low == high else f"{figure(low, unit)} – {figure(high, unit)}"
    if low is not None:
        return f"≥ {figure(low, unit)}"
    if high is not None:
        return f"≤ {figure(high, unit)}"
    return "?"
