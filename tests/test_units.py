"""Every unit in the tables converts to its kind's canonical unit (pint does the arithmetic)."""

from __future__ import annotations

import json
import math

import pytest

from checker.units import CANONICAL, SYMBOLS, WORD_UNITS, convert, physical_unit

ALL = sorted({*SYMBOLS.values(), *WORD_UNITS.values()})


@pytest.mark.parametrize("kind,pint_unit", ALL, ids=[f"{k}:{u}" for k, u in ALL])
def test_unit_converts(kind: str, pint_unit: str) -> None:
    unit = convert(kind, pint_unit)
    assert unit.kind == kind
    if kind in CANONICAL:
        assert unit.unit in (CANONICAL[kind][0], "mAh")
    assert math.isfinite(unit.factor) and unit.factor > 0


@pytest.mark.parametrize(
    "tokens,unit,factor",
    [
        (["miles", "per", "hour"], "m/s", 0.44704),
        (["GW"], "W", 1e9),
        (["kilowatt", "-", "hours"], "Wh", 1e3),
        (["sq", "ft"], "m2", 0.09290304),
        (["gallons"], "m3", 0.003785411784),
        (["tons"], "kg", 907.18474),
        (["basis", "points"], "pp", 0.01),
    ],
)
def test_phrases(tokens: list[str], unit: str, factor: float) -> None:
    found = physical_unit(tokens, 0)
    assert found is not None
    assert found[0].unit == unit
    assert math.isclose(found[0].factor, factor, rel_tol=1e-9)
    assert found[1] == len(tokens)


def test_fahrenheit_has_an_offset() -> None:
    found = physical_unit(["°F"], 0)
    assert found is not None
    celsius = 212 * found[0].factor + found[0].offset
    assert math.isclose(celsius, 100.0, rel_tol=1e-9)


def test_stored_unit_factors_are_pints() -> None:
    """unit_factors.json holds pint's factor for every unit of the tables; else regenerate it:
    python -m checker.units > checker/unit_factors.json
    """
    from importlib import resources

    from checker.units import FACTORS_FILE, factor_table

    stored = json.loads(resources.files("checker").joinpath(FACTORS_FILE).read_text("utf-8"))
    assert stored == json.loads(json.dumps(factor_table()))
