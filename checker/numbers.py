"""Read a number phrase (as tokens) into a value or interval, with its unit and precision."""

from __future__ import annotations

from dataclasses import dataclass

from checker.patterns import DIGITS, FRACTION, FRACTION_WORDS, SCALES, SMALL_NUMBERS, VAGUE
from checker.units import UNIT_WORDS, Unit, unit_of

_PLURAL_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}


@dataclass(frozen=True)
class Number:
    """One number as read: value, half-width of its implied precision, tokens used, scale seen."""

    value: float
    precision: float
    used: int
    scale: float

    @property
    def scaled(self) -> bool:
        """Whether a scale word or abbreviation followed the number."""
        return self.scale != 1.0


@dataclass(frozen=True)
class Amount:
    """A whole figure as read from tokens: interval, unit and how many tokens it spans."""

    low: float | None
    high: float | None
    value: float | None
    precision: float
    unit: Unit | None
    approx: bool
    first: int
    used: int
    scaled: bool
    written_unit: bool
    bare_digits: bool


def digits_precision(text: str) -> float:
    """Half a unit of the last significant digit; round integers keep at least two figures."""
    plain = text.replace(",", "").replace("\u2009", "").replace("\u202f", "")
    if "." in plain:
        return 0.5 * 10.0 ** -len(plain.split(".", 1)[1])
    digits = plain.lstrip("0") or "0"
    trailing = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10.0 ** min(trailing, max(len(digits) - 2, 0))


def value_precision(value: float) -> float:
    """Precision of a number said in words, from the figure it stands for."""
    if value != int(value):
        return 0.5 * 10.0 ** -len(repr(value).split(".", 1)[1])
    return digits_precision(str(int(value)))


def _lower(tokens: list[str], i: int) -> str:
    return tokens[i].lower() if i < len(tokens) else ""


def read_number(tokens: list[str], i: int) -> Number | None:
    """A number starting at tokens[i]: digits or words, with scales; None if there is none."""
    t = tokens[i] if i < len(tokens) else ""
    if DIGITS.match(t):
        value = float(t.replace(",", "").replace("\u2009", "").replace("\u202f", ""))
        j, precision = i + 1, digits_precision(t)
    elif FRACTION.match(t):
        num, den = t.split("/")
        if float(den) == 0:
            return None
        value, j, precision = float(num) / float(den), i + 1, 0.0
    else:
        words = _read_words(tokens, i)
        if words is None:
            return None
        value, j = words
        precision = value_precision(value)
    j, value, precision = _and_a_fraction(tokens, j, value, precision)
    scale = 1.0
    while j < len(tokens) and (tokens[j] in SCALES or tokens[j].lower() in SCALES):
        scale *= SCALES.get(tokens[j], SCALES.get(tokens[j].lower(), 1.0))
        j += 1
    return Number(value * scale, precision * scale, j - i, scale)


def _read_words(tokens: list[str], i: int) -> tuple[float, int] | None:
    """Number words ("twenty-five", "one hundred", "a dozen", "half a") up to the first scale."""
    lower = _lower(tokens, i)
    nxt = _lower(tokens, i + 1)
    if lower in ("a", "an") and (nxt in SMALL_NUMBERS or tokens[i + 1 : i + 2] and tokens[i + 1] in SCALES):
        if nxt in ("dozen", "hundred"):
            return float(SMALL_NUMBERS[nxt]), i + 2
        return 1.0, i + 1
    if lower in ("a", "an", "another") and i + 1 < len(tokens) and tokens[i + 1].lower() in UNIT_WORDS:
        return 1.0, i + 1
    if lower == "half" and nxt in ("a", "an"):
        return 0.5, i + 2
    if lower in FRACTION_WORDS and i + 1 < len(tokens) and tokens[i + 1] in SCALES:
        return FRACTION_WORDS[lower], i + 1
    total, j, seen = 0.0, i, False
    while j < len(tokens):
        w = tokens[j].lower()
        if w in SMALL_NUMBERS:
            n = SMALL_NUMBERS[w]
            total = total * n if n == 100 and total else total + n
            j, seen = j + 1, True
        elif w == "-" and seen and _lower(tokens, j + 1) in SMALL_NUMBERS:
            j += 1
        elif w == "and" and seen and _lower(tokens, j + 1) in SMALL_NUMBERS and total >= 100:
            j += 1
        else:
            break
    return (total, j) if seen else None


def _and_a_fraction(tokens: list[str], j: int, value: float, precision: float) -> tuple[int, float, float]:
    """Absorb "and a half" / "and three quarters" after a number."""
    if _lower(tokens, j) != "and":
        return j, value, precision
    k = j + 1
    share = 1.0
    if _lower(tokens, k) in ("a", "an", "one"):
        k += 1
    elif _lower(tokens, k) in SMALL_NUMBERS:
        share = float(SMALL_NUMBERS[_lower(tokens, k)])
        k += 1
    if _lower(tokens, k) == "-":
        k += 1
    frac = FRACTION_WORDS.get(_lower(tokens, k))
    if frac is None:
        return j, value, precision
    return k + 1, value + share * frac, min(precision, 0.05) if precision else 0.05


def _unit_at(tokens: list[str], j: int, currency: str) -> tuple[Unit | None, int]:
    """A unit written at tokens[j] ("%", "per cent", "euros", "of dollars", "GW"), and tokens used."""
    lower = _lower(tokens, j)
    if lower in ("per", "percentage") and _lower(tokens, j + 1) in ("cent", "point", "points"):
        return Unit("percent", "pp" if lower == "percentage" else "%"), 2
    if lower == "of" and j + 1 < len(tokens):
        money = unit_of(tokens[j + 1], currency)
        return (money, 2) if money and money.kind == "money" else (None, 0)
    found = unit_of(tokens[j], currency) if j < len(tokens) else None
    return (found, 1) if found else (None, 0)


def read_vague(tokens: list[str], i: int, currency: str) -> Amount | None:
    """Vague amounts: "hundreds of billions of dollars", "tens of thousands", "several million"."""
    j = i
    prefix, j = _prefix_currency(tokens, j, currency)
    word = _lower(tokens, j)
    if word not in VAGUE:
        return None
    low, high = VAGUE[word]
    j += 1
    while True:
        k = j + 1 if _lower(tokens, j) == "of" else j
        w = tokens[k] if k < len(tokens) else ""
        factor = _PLURAL_SCALES.get(w.lower()) or (SCALES.get(w) if w and len(w) > 1 else None)
        if not factor:
            break
        low, high, j = low * factor, high * factor, k + 1
    unit, n = _unit_at(tokens, j, currency)
    unit = prefix or unit
    if unit:
        low, high = low * unit.factor, high * unit.factor
    if word == "several" and j == i + 1 + (1 if prefix else 0) and unit is None:
        return None
    return Amount(low, high, None, 0.0, unit, True, i, j + n - i, True, unit is not None, False)


def _prefix_currency(tokens: list[str], j: int, currency: str) -> tuple[Unit | None, int]:
    """A currency symbol or ISO code written before the number ("$", "US$", "EUR")."""
    if j < len(tokens):
        token = tokens[j]
        unit = unit_of(token, currency)
        symbol_or_code = not token.isalpha() or (token.isupper() and len(token) == 3)
        if unit is not None and unit.kind == "money" and symbol_or_code:
            return unit, j + 1
    return None, j


def read_amount(tokens: list[str], currency: str = "USD") -> Amount | None:
    """Read a figure or range from the start of tokens ("$60-65 billion", "between 1 and 4 million")."""
    i = 1 if _lower(tokens, 0) == "between" else 0
    vague = read_vague(tokens, i, currency)
    if vague:
        return vague
    prefix, j = _prefix_currency(tokens, i, currency)
    first = read_number(tokens, j)
    if first is None:
        return None
    j += first.used
    unit1, n = _unit_at(tokens, j, currency)
    j += n
    second: Number | None = None
    unit2: Unit | None = None
    sep = _lower(tokens, j)
    if (sep in ("-", "–", "—", "to") and i == 0) or (sep == "and" and i == 1):
        prefix2, k = _prefix_currency(tokens, j + 1, currency)
        candidate = read_number(tokens, k)
        if candidate is not None:
            second = candidate
            k += candidate.used
            unit2, n2 = _unit_at(tokens, k, currency)
            j = k + n2
    if second is None and i == 1:
        return None
    unit = prefix or unit1 or unit2
    factor = unit.factor if unit else 1.0
    bare = DIGITS.match(tokens[i + (1 if prefix else 0)]) is not None and not first.scaled and unit is None
    if second is None:
        v = first.value * factor
        return Amount(v, v, v, first.precision * factor, unit, False, 0, j, first.scaled, unit is not None, bare)
    lo, hi = first.value, second.value
    if second.scaled and not first.scaled:
        lo, first_precision = lo * second.scale, first.precision * second.scale
    else:
        first_precision = first.precision
    if not lo < hi:
        return None
    precision = max(first_precision, second.precision) * factor
    return Amount(lo * factor, hi * factor, None, precision, unit, False, 0, j, second.scaled, unit is not None, bare)

