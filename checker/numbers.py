"""Read a figure from tokens: numbers in digits or words, scales, currencies, units, signs and ranges.

A small recursive-descent reader over token texts. It decides how far a figure goes; the Matcher
patterns only say where one can start.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from checker.patterns import (
    ABBREVIATED_SCALES,
    CHANGE_BEFORE,
    CHANGE_NON_VERBS,
    DECIMAL_BEFORE,
    DENOMINATORS,
    DIGITS,
    DOTTED_THOUSANDS,
    FRACTION,
    MULTIPLIERS,
    ORDINAL_SEQUENCE,
    ORDINAL_UNITS,
    ORDINALS,
    PLURAL_SCALES,
    RANGE_SEPARATORS,
    RANK_BEFORE,
    RANK_DIGITS,
    RANK_NOT_BEFORE,
    SIGNS,
    SMALL_NUMBERS,
    STOPWORDS,
    VAGUE,
    VAGUE_NEEDS_OF,
    WORD_SCALES,
    YEAR_WORDS,
    fraction_value,
)
from checker.units import (
    ARTICLE_UNIT_KINDS,
    CROWN_WORDS,
    CURRENCY_PAIRS,
    CURRENCY_SYMBOLS,
    MILLION_CODES,
    RATE_DENOMINATORS,
    RATE_NOT_AFTER,
    UNIT_FIRST_WORDS,
    WEAK_SYMBOLS,
    WEIGHED_GOODS,
    Unit,
    currency_symbol,
    currency_word,
    physical_unit,
)


@dataclass(frozen=True)
class Number:
    """A number as read: value, half-width of its implied precision, and where it ends."""

    value: float
    precision: float
    end: int
    words: bool = False
    digits: str = ""
    scale: float = 1.0


@dataclass(frozen=True)
class Figure:
    """One side of a possible range: a number with its sign, scale and unit."""

    value: float
    precision: float
    start: int
    end: int
    scale: float
    unit: Unit | None
    currency_first: bool
    words: bool
    sign: int
    digits: str

    @property
    def scaled(self) -> bool:
        """Whether a scale word or abbreviation followed the number."""
        return self.scale != 1.0

    @property
    def bare(self) -> bool:
        """Plain digits: no unit, scale, sign or words."""
        return not (self.unit or self.scaled or self.words or self.sign)


@dataclass(frozen=True)
class Amount:
    """A whole figure or range as read, in canonical units, with the token span it covers."""

    low: float | None
    high: float | None
    value: float | None
    precision: float
    unit: Unit | None
    approx: bool
    first: int
    end: int
    scaled: bool
    bare: bool
    sign: int = 0
    label: str | None = None
    digits: str = ""


def digits_precision(text: str, figures: int = 2) -> float:
    """Half a unit of the last significant digit; round integers keep at least `figures` figures."""
    plain = text.replace(",", "").replace("\u2009", "").replace("\u202f", "").lstrip("+-−")
    if "." in plain:
        return 0.5 * 10.0 ** -len(plain.split(".", 1)[1])
    digits = plain.lstrip("0") or "0"
    trailing = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10.0 ** min(trailing, max(len(digits) - figures, 0))


def value_precision(value: float) -> float:
    """Precision of a number said in words, from the figure it stands for."""
    if value != int(value):
        decimals = f"{value:.10f}".rstrip("0").split(".", 1)[1]
        return 0.5 * 10.0 ** -min(len(decimals), 3)
    return digits_precision(str(int(value)), figures=1)


def is_year(text: str, earliest: int = 1800) -> bool:
    """A plain four-digit number that reads as a year (1800-2100 alone; from 1000 in a pair)."""
    return text.isdigit() and len(text) == 4 and earliest <= int(text) <= 2100


_NOT_MILLION = frozenset("tall long high wide deep away above below across thick short apart".split())


class Reader:
    """Reads figures from a sentence's tokens."""

    def __init__(self, tokens: list[str], currency: str = "USD", spaces: list[bool] | None = None,
                 crowns: str | None = None) -> None:
        self.tokens = tokens
        self.lower = [t.lower() for t in tokens]
        self.currency = currency
        self.spaces = spaces if spaces is not None else [True] * len(tokens)
        self.crowns = crowns  # the currency the document's bare "crowns" are, if it says (see units.crown_currency)

    def glued(self, i: int) -> bool:
        """Whether token i is written right after token i - 1, with no space between."""
        return 0 < i < len(self.tokens) and not self.spaces[i - 1]

    def low(self, i: int) -> str:
        """The lower-cased token at i, or "" past the end."""
        return self.lower[i] if 0 <= i < len(self.lower) else ""

    def tok(self, i: int) -> str:
        """The token at i, or "" past the end."""
        return self.tokens[i] if 0 <= i < len(self.tokens) else ""

    # --- numbers ----------------------------------------------------------

    def digits(self, i: int) -> Number | None:
        """Digits with separators, decimals, exponents ("1e10", "1.1^23") and mixed fractions ("2 1/4")."""
        if self._dotted_thousands(i):  # "35.000 jobs", "1.234.567": full stops as thousands separators
            groups = self.tok(i).replace(".", "")
            return Number(float(groups), digits_precision(groups), i + 1, digits=self.tok(i))
        m = DIGITS.match(self.tok(i))
        if m is None:
            f = FRACTION.match(self.tok(i))
            part = fraction_value(f) if f else None
            if f is None or part is None:
                return None
            value = part * (-1 if f["sign"] in ("-", "−") else 1)
            return Number(value, 0.0, i + 1, digits=self.tok(i))
        raw = m["num"].replace(",", "").replace("\u2009", "").replace("\u202f", "")
        value = float(raw) * (-1 if m["sign"] in ("-", "−", "minus-") else 1)
        precision = digits_precision(m["num"])
        exponent = m["exp"] or m["exp10"]
        if exponent:
            value *= 10.0 ** int(exponent.replace("−", "-"))
            precision = 0.0
        j = i + 1
        if m["num"].isdigit() and len(m["num"]) <= 3 and re.fullmatch(r"\d{3}", self.tok(j)) and self.spaces[i]:
            groups, k = m["num"], j  # "10 000 dollars", "1 234 567": spaces as thousands separators
            while re.fullmatch(r"\d{3}", self.tok(k)) and self.spaces[k - 1]:
                groups, k = groups + self.tok(k), k + 1
            after = self.tok(k)
            if not re.fullmatch(r"\d+", after) and not after[:1].isupper() and not (after == "-" and self.glued(k)):
                # not "130 787 Dreamliners", "30 777-9s": a count, then a model's number
                sign = -1.0 if value < 0 else 1.0
                return Number(float(groups) * sign, digits_precision(groups), k, digits=groups)
        powered = self._power(value, j)
        if powered is not None:
            return Number(powered, 0.0, j + 2, digits=m["num"])
        frac = FRACTION.match(self.tok(j))
        part = fraction_value(frac) if frac and not frac["sign"] else None
        if part is not None and value == int(value) and "." not in raw:
            value += part * (1 if value >= 0 else -1)
            return Number(value, 0.0, j + 1, digits=m["num"])
        return Number(value, precision, j, digits=m["num"])

    def _dotted_thousands(self, i: int) -> bool:
        """Whether full stops separate thousands in the token at i.

        Two or more of them ("1.234.567"), or one before three digits and a word that counts or goes on
        ("35.000 jobs", "4.700 staff positions", "90.000 people", "7.700 in total"; not "1.125 inches",
        "2.375 percent", "1.625 billion", "1.125 times" nor "1.500 to 2.000").
        """
        token = self.tok(i)
        if "." not in token or not DOTTED_THOUSANDS.fullmatch(token):
            return False
        if token.count(".") > 1:
            return True
        after = self.low(i + 1)
        return self.spaces[i] and after.isalpha() and after not in WORD_SCALES and after not in DECIMAL_BEFORE \
            and self.tok(i + 1) not in ABBREVIATED_SCALES \
            and physical_unit(self.tokens, i + 1) is None and currency_word((after,), self.currency) is None

    def _power(self, value: float, j: int) -> float | None:
        """"1.1^23", "2.5^-1": a power written with a caret, when it is a finite real number."""
        exponent = re.fullmatch(r"[+\-−]?\d{1,3}(?:\.\d+)?", self.tok(j + 1)) if self.tok(j) == "^" else None
        if exponent is None:
            return None
        try:
            result = value ** float(exponent.group().replace("−", "-"))
        except (OverflowError, ZeroDivisionError):
            return None
        return result if isinstance(result, float) and math.isfinite(result) else None

    def words(self, i: int) -> Number | None:  # noqa: C901 - one grammar, read in one pass
        """Number words: "one hundred and six", "twenty-one trillion", "two thirds", "half a dozen"."""
        if self.low(i) in ("half", "quarter") and self.low(i + 1) in WORD_SCALES:
            scale = WORD_SCALES[self.low(i + 1)]
            share = 0.5 if self.low(i) == "half" else 0.25
            return Number(share * scale, 0.0, i + 2, words=True, scale=scale)
        if self.low(i) == "half" and self.low(i + 1) in ("a", "an"):
            rest = self.words(i + 2) if self.low(i + 2) in MULTIPLIERS or self.low(i + 2) in WORD_SCALES else None
            if rest is None:
                rest_scale = WORD_SCALES.get(self.low(i + 2)) or MULTIPLIERS.get(self.low(i + 2))
                if rest_scale is None:  # "half a point" is a share of a percentage point; "half a day" no figure
                    return Number(0.5, 0.0, i + 2, words=True) if self.low(i + 2) in ("point", "points") else None
                return Number(0.5 * rest_scale, 0.05 * rest_scale, i + 3, words=True)
            return Number(0.5 * rest.value, 0.5 * rest.precision, rest.end, words=True)
        total = current = mark = 0.0
        j, seen, last = i, False, ""
        while j < len(self.tokens):
            w = self.lower[j]
            parts = w.split("-")
            if w in SMALL_NUMBERS or (len(parts) > 1 and all(p in SMALL_NUMBERS for p in parts)):
                n = float(sum(SMALL_NUMBERS[p] for p in parts))
                if last == "small" and not (current % 100 >= 20 and current % 10 == 0 and n < 10):
                    ordinal = self._compound_ordinal(j)
                    if ordinal:  # "one twenty-fifth", "three twenty firsts": numerator, then an ordinal
                        return Number((total + current) / ordinal[0], 0.0, ordinal[1], words=True)
                    break
                current += n
                seen, last = True, "small"
            elif w in ("a", "an") and last in ("", "and") and (
                self.low(j + 1) in MULTIPLIERS or self.low(j + 1) in WORD_SCALES or self.low(j + 1) in DENOMINATORS
            ):
                current += 1
                seen, last = True, "small"
            elif w == "-" and last == "small" and (self.low(j + 1) in SMALL_NUMBERS or self.low(j + 1) in DENOMINATORS):
                pass
            elif w in ("hundred", "hundreds") and seen and last != "hundred":
                current = (current or 1) * 100 if current % 100 or not current else current * 100
                last = "hundred"
            elif w in ("dozen", "dozens") and seen:
                part = total + current - mark
                total, current = mark + part * 12, 0.0
                last = "dozen"
            elif w in WORD_SCALES and seen:
                total += (current or 1) * WORD_SCALES[w]
                current, last = 0.0, "scale"
            elif w == "and" and seen and self._joins(j, last):
                mark, last = total + current, "and"
            elif w in DENOMINATORS and seen and last in ("small", "hundred", "scale"):
                if w in ("quarter", "half") and last != "small":
                    break
                if j == i + 1 and self.low(i) in ("a", "an") and w not in ("quarter", "half") and (
                    self.low(j + 1) in ORDINAL_SEQUENCE
                ):
                    return None  # "a third straight meeting": a round, not a third
                share = self._fraction(i, j, total + current, mark)
                if self.low(j + 1) == "of" and self.low(j + 2) in ("a", "an") and self.low(j + 3) in WORD_SCALES:
                    scale = WORD_SCALES[self.low(j + 3)]  # "a quarter of a billion", "three quarters of a million"
                    return Number(share * scale, 0.1 * share * scale, j + 4, words=True, scale=scale)
                if self.low(j + 1) == "of" and self.low(j + 2) in ("a", "an") and (
                    self.low(j + 3) in UNIT_FIRST_WORDS or self.low(j + 3) in ("point", "points")
                ):
                    return Number(share, 0.0, j + 3, words=True)  # "a quarter of a percentage point": in its unit
                return Number(share, 0.0, j + 1, words=True)
            elif w == "point" and seen and self.low(j + 1) in SMALL_NUMBERS:
                decimals, k = "", j + 1
                while self.low(k) in SMALL_NUMBERS and SMALL_NUMBERS[self.low(k)] < 10:
                    decimals += str(SMALL_NUMBERS[self.low(k)])
                    k += 1
                if not decimals:
                    tail = self.words(k)
                    if tail is None:
                        break
                    decimals, k = str(int(tail.value)), tail.end
                value = total + current + float("0." + decimals)
                return Number(value, 0.5 * 10.0 ** -len(decimals), k, words=True)
            else:
                break
            j += 1
        if not seen or last == "and":
            return None
        while self.low(j - 1) in ("-", "and"):
            j -= 1
        value = total + current
        scale = WORD_SCALES[self.low(j - 1)] if last == "scale" else 1.0
        return Number(value, value_precision(value), j, words=True, scale=scale)

    def _compound_ordinal(self, j: int) -> tuple[float, int] | None:
        """A tens word and an ordinal at j ("twenty-fifth", "twenty firsts"): the denominator and its end."""
        tens = SMALL_NUMBERS.get(self.low(j), 0)
        if tens < 20 or tens % 10:
            return None
        k = j + 2 if self.low(j + 1) == "-" else j + 1
        unit = DENOMINATORS.get(self.low(k)) or ORDINAL_UNITS.get(self.low(k))
        if unit is None or unit >= 10:
            return None
        return tens + unit, k + 1

    def _fraction(self, i: int, j: int, whole: float, mark: float) -> float:
        """The value of a number ending in the denominator at j: "two thirds", "one hundred thirty fifths".

        A tens word just before the ordinal makes one denominator ("thirty fifths" = 35ths) unless "and"
        comes before it; after "and", a numerator under ten is a fraction added to what came before.
        """
        denominator = DENOMINATORS[self.low(j)]
        k = j - 1 if self.low(j - 1) != "-" else j - 2
        tens = SMALL_NUMBERS.get(self.low(k), 0)
        if denominator < 10 and tens >= 20 and tens % 10 == 0 and k > i and self.low(k - 1) != "and":
            rest = whole - tens
            return (rest or 1.0) / (tens + denominator)
        part = whole - mark
        if mark and part < 10:
            return mark + part / denominator
        return whole / denominator

    def _joins(self, j: int, last: str) -> bool:
        """Whether "and" at j continues a number: "hundred and six", "one and a half", "twenty and three fifths"."""
        nxt = self.low(j + 1)
        small_next = nxt in SMALL_NUMBERS or all(p in SMALL_NUMBERS for p in nxt.split("-"))
        if last in ("hundred", "scale", "dozen") and small_next:
            return True
        k = j + 2
        while k < j + 8 and (self.low(k) in SMALL_NUMBERS or self.low(k) in ("-", "and", "a", "an")):
            k += 1
        return (nxt in ("a", "an") or small_next) and self.low(k) in DENOMINATORS

    def number(self, i: int) -> Number | None:
        """A number at i, in digits or words; "one over three" is a fraction."""
        number = self.digits(i) or self.words(i)
        if number is None or self.low(number.end) != "over":
            return number
        below = self.digits(number.end + 1) or self.words(number.end + 1)
        if below is None or below.value == 0 or self.tok(below.end)[:1].isalnum():
            return number
        return Number(number.value / below.value, 0.0, below.end, words=number.words)

    # --- scales, currencies, units ----------------------------------------

    def scales(self, j: int, value: float, money: bool) -> tuple[float, int]:
        """Scale words and abbreviations after a number, and where they end."""
        scale = 1.0
        while True:
            t, w = self.tok(j), self.low(j)
            if t == "-" and self.low(j + 1) in WORD_SCALES and self.glued(j) and self.glued(j + 1):
                j += 1  # "a $20-billion plant", "twenty-billion-dollar"
                t, w = self.tok(j), self.low(j)
            if w in WORD_SCALES:
                scale *= WORD_SCALES[w]
            elif t in ABBREVIATED_SCALES and (t not in ("m", "M") or money or self._million_m(j)):
                scale *= ABBREVIATED_SCALES[t]
            elif t == "T" and money:
                scale *= 1e12
            elif w in MULTIPLIERS and scale == 1.0 and value == int(value) and w != "hundreds":
                scale *= MULTIPLIERS[w]
            else:
                return scale, j
            j += 1

    def _million_m(self, j: int, alone: bool = True) -> bool:
        """"1.3m users" is a million; "100 m" or "a 100m sprint" is a length.

        So is an "m" with no noun after it that an earlier million of the sentence sets the pattern for
        ("had 131.6m subscribers, and Hulu 64.1m,"); with `alone` false, only the noun after it counts.
        """
        nxt = self.low(j + 1)
        if nxt == "of" or nxt.isalpha() and nxt not in STOPWORDS and nxt not in _NOT_MILLION:
            return True
        return alone and not nxt.isalpha() and any(
            self.tok(k) in ("m", "M") and self.glued(k) and self.tok(k - 1)[-1:].isdigit()
            and self._million_m(k, alone=False) for k in range(1, j))

    def currency_prefix(self, i: int) -> tuple[str | None, int]:
        """A currency written before the number: "$", "US$", "US $", "$US", "EUR"."""
        pair = CURRENCY_PAIRS.get((self.low(i), self.low(i + 1)))
        if pair and not {self.tok(i), self.tok(i + 1)} & {"a", "s"}:  # "a $5 bill" is not Australian
            return pair, i + 2
        code = currency_symbol(self.tok(i), self.currency)
        if code:
            return code, i + 1
        return None, i

    def unit_after(self, j: int, money: bool) -> tuple[Unit | None, int]:
        """A unit written after the number: currency words or codes, "of dollars", physical units, %."""
        if self.tok(j) in MILLION_CODES:  # "30 MUSD", "120 MEUR"
            return Unit("money", self.tok(j)[1:], 1e6), j + 1
        code = currency_symbol(self.tok(j), self.currency)
        symbol = self.tok(j) in CURRENCY_SYMBOLS and self.tok(j) not in WEAK_SYMBOLS
        if code and (symbol or len(self.tok(j)) == 3):
            scale = WORD_SCALES.get(self.low(j + 1))  # "75 USD million"
            return Unit("money", code, scale or 1.0), j + (2 if scale else 1)
        of = 1 if self.low(j) == "of" else 0
        if self.tok(j) == "-" and self.glued(j) and self.glued(j + 1):
            hyphenated = currency_word(tuple(self.lower[j + 1 : j + 2]), self.currency)
            if hyphenated:
                return hyphenated[0], j + 2
        words = tuple(self.lower[j + of : j + of + 3])
        found = currency_word(words, self.currency)
        if found is None and self.crowns and words[:1] and words[0] in CROWN_WORDS:
            found = Unit("money", self.crowns), 1  # "between 24 and 27 billion crowns" after "Danish crowns"
        pounds = bool(words) and words[0] in ("pound", "pounds")  # money only with a scale, never of goods weighed
        if found and (not pounds or (money and not self._weighed(j + of + found[1]))):
            return found[0], j + of + found[1]
        if of:
            return None, j
        hyphen = 1 if self.tok(j) == "-" and self.glued(j) and self.glued(j + 1) else 0
        if self.low(j + hyphen) in ("point", "points") and self._share_before(j):
            return Unit("percent", "pp"), j + hyphen + 1  # "a quarter point", "a half-point cut": of a rate
        physical = physical_unit(self.tokens, j + hyphen)
        if physical:
            return physical[0], j + hyphen + physical[1]
        return None, j

    def _weighed(self, j: int) -> bool:
        """Whether goods weighed follow pounds ending at j: "of copper", "of refined copper" (see WEIGHED_GOODS)."""
        return self.low(j) == "of" and (self.low(j + 1) in WEIGHED_GOODS or self.low(j + 2) in WEIGHED_GOODS)

    def _share_before(self, j: int) -> bool:
        """Whether a share of one ends at j: "a quarter", "half a", "three quarters of a" (a point of a rate)."""
        shares = ("quarter", "quarters", "half")
        if self.low(j - 1) in shares:
            return True
        if self.low(j - 1) not in ("a", "an"):
            return False
        return self.low(j - 2) == "half" or (self.low(j - 2) == "of" and self.low(j - 3) in shares)

    def rate(self, j: int, unit: Unit) -> tuple[Unit, int]:
        """A money rate: "$15.4/hour", "$52 a barrel", "$10 per gram" -> USD/h, USD/bbl, USD/g."""
        if unit.kind != "money" or self.low(j) not in ("per", "/", "a", "an"):
            return unit, j
        if self.low(j + 2) in RATE_NOT_AFTER:
            return unit, j
        for n in (2, 1):
            if j + 1 + n > len(self.lower):
                continue
            phrase = " ".join(self.lower[j + 1 : j + 1 + n])
            key = phrase[:-1] if phrase.endswith("s") and phrase[:-1] in RATE_DENOMINATORS else phrase
            if key in RATE_DENOMINATORS:
                return Unit("money", f"{unit.unit}/{RATE_DENOMINATORS[key]}", unit.factor), j + 1 + n
        return unit, j

    # --- figures and amounts ----------------------------------------------

    def figure(self, i: int, inherit_money: bool = False) -> Figure | None:
        """A signed number with its currency, scale and unit, starting at i."""
        sign, j = 0, i
        code, j = self.currency_prefix(j)
        million = 1.0
        if code is None and self.tok(j) in MILLION_CODES:  # "MAUD 60"
            code, j, million = self.tok(j)[1:], j + 1, 1e6
        if self._is_sign(j):
            sign, j = SIGNS[self.low(j)], j + 1
        if code is None:
            code, j = self.currency_prefix(j)
        number = self.number(j)
        if number is None:
            return self._article_unit(i) if code is None and sign == 0 else None
        value = number.value * (sign or 1)
        if self.tok(j)[:1] in ("+", "-", "−") or self.tok(j).startswith("minus-"):
            sign = -1 if value < 0 else 1
        money = code is not None or inherit_money
        scale, k = self.scales(number.end, number.value, money)
        inner = number.scale
        weak = code is not None and self.tok(i) in WEAK_SYMBOLS
        if weak and not (scale != 1.0 or "," in number.digits or "." in number.digits or abs(value) >= 10):
            return None
        unit: Unit | None = Unit("money", code, million) if code else None
        if unit is None:
            unit, k = self.unit_after(k, money=scale != 1.0)
        if unit is not None and unit.kind == "money" and unit.factor == 1.0 and scale == 1.0:
            value, k = self._and_cents(k, value, unit, code is not None)
        if unit is not None:
            unit, k = self.rate(k, unit)
        return Figure(value * scale, number.precision * scale, i, k, scale * inner, unit, code is not None,
                      number.words, sign, number.digits)

    def _and_cents(self, k: int, value: float, unit: Unit, prefixed: bool = False) -> tuple[float, int]:
        """Add the minor unit: "3 dollars 50 cents", "one dollar and one", "c $ 100 and fifty".

        A bare number after "and" counts only where nothing else follows it.
        """
        j = k + 1 if self.low(k) == "and" else k
        minor = self.number(j)
        if minor is None or minor.value >= 100:
            return value, k
        after = currency_word(tuple(self.lower[minor.end : minor.end + 1]), self.currency)
        if after is None:
            ends = self.tok(minor.end) in ("", ".", ",", ";", ")", "!", "?", "and")
            named = prefixed and j > k or self.lower[k - 1] in ("dollars", "dollar", "usd", "euros", "eur", "pounds")
            return (value + minor.value * 0.01, minor.end) if ends and named else (value, k)
        if after[0].factor != 0.01 or after[0].unit != unit.unit:
            return value, k
        return value + minor.value * 0.01, minor.end + 1

    def _is_sign(self, j: int) -> bool:
        """A sign written before a number: "minus 5", "-5" glued, but not the dash of "2-2" or " - 50"."""
        if self.low(j) not in SIGNS or not (DIGITS.match(self.tok(j + 1)) or self.low(j + 1) in SMALL_NUMBERS):
            return False
        if self.low(j) == "plus" and j > 0 and self.low(j - 1) not in _PLUS_SIGNED_AFTER:
            return False  # "2.1 gigawatts ..., plus 433 megawatts of upgrades": and, no sign
        if self.low(j) in ("minus", "plus", "negative"):
            return True
        before = self.tok(j - 1)
        if j == 0:  # "-5%" and "- 10 k" alone are negative; "- 100,000 H100 GPUs today" is a list item
            return self.glued(j + 1) or not any(t.isalpha() and len(t) > 3 for t in self.tokens)
        return self.glued(j + 1) and not (self.glued(j) and before[-1:].isalnum())

    def _article_unit(self, i: int) -> Figure | None:
        """"another gigawatt", "a gigawatt of power": one of a unit said with an article."""
        if self.low(i) not in ("a", "an", "another"):
            return None
        money = currency_word(tuple(self.lower[i + 1 : i + 2]), self.currency)
        if money and self.low(i + 1) not in ("pound", "won", "rand", "mark"):
            return Figure(1.0, 0.0, i, i + 2, 1.0, money[0], False, True, 0, "")
        found = physical_unit(self.tokens, i + 1)
        if found is None or found[0].kind not in ARTICLE_UNIT_KINDS:
            return None
        if self.low(i) != "another" and self.low(i + 1 + found[1]) != "of":
            return None
        return Figure(1.0, 0.5, i, i + 1 + found[1], 1.0, found[0], False, True, 0, "")

    def vague(self, i: int) -> Amount | None:
        """"hundreds of billions of dollars", "tens of thousands", "several million", "dozens"."""
        code, j = self.currency_prefix(i)
        word = self.low(j)
        if word not in VAGUE or word in VAGUE_NEEDS_OF and self.low(j + 1) != "of":
            return None
        low, high = VAGUE[word]
        j += 1
        while True:
            k = j + 1 if self.low(j) == "of" else j
            factor = PLURAL_SCALES.get(self.low(k)) or WORD_SCALES.get(self.low(k))
            if not factor:
                break
            low, high, j = low * factor, high * factor, k + 1
        unit: Unit | None = Unit("money", code) if code else None
        if unit is None:
            unit, j = self.unit_after(j, money=True)
        if word == "several" and unit is None and j == i + 1:
            return None
        factor = unit.factor if unit else 1.0
        return Amount(low * factor, high * factor, None, 0.0, unit, True, i, j, True, False)

    def amount(self, i: int) -> Amount | None:
        """The figure or range starting at token i, in canonical units."""
        rank = self.rank(i)
        if rank is not None:
            return self._ranks(i, rank)
        vague = self.vague(i)
        if vague:
            return vague
        between = self.low(i - 1) == "between"
        first = self.figure(i)
        if first is None:
            return None
        at = first.end + 1 if self.tok(first.end) == "-" and self.low(first.end + 1) in ("to", "and") else first.end
        sep = self.low(at)
        joined = sep in RANGE_SEPARATORS or (sep in ("and", "to") and between)  # "between €5bn-€6bn" too
        second = self.figure(at + 1, inherit_money=first.currency_first) if joined else None
        if second is None:
            return self._single(first)
        verdict = self._pair(first, second, sep)
        if verdict == "range":
            return self._range(first, second, i - 1 if between else i)
        if verdict in ("score", "years", "code"):
            return Amount(None, None, None, 0.0, None, False, i, second.end, False, True, 0, verdict, first.digits)
        if verdict == "separate":
            first = self._sharing_unit(first, second)
        return self._single(first)

    def rank(self, i: int) -> tuple[int, int] | None:
        """An ordinal at i, past "the" ("the tenth", "15th", "twenty-first"): its number and where it ends."""
        j = i + 1 if self.low(i) == "the" else i
        word = self.low(j)
        digits = RANK_DIGITS.fullmatch(word)
        if digits:
            return int(digits["n"]), j + 1
        if word in ORDINALS:
            return ORDINALS[word], j + 1
        tens = SMALL_NUMBERS.get(word, 0)
        k = j + 2 if self.low(j + 1) == "-" else j + 1
        if tens >= 20 and tens % 10 == 0 and ORDINALS.get(self.low(k), 10) < 10:
            return tens + ORDINALS[self.low(k)], k + 1
        return None

    def _ranks(self, i: int, first: tuple[int, int]) -> Amount | None:
        """Ranks as figures: "between the tenth and the fifteenth" (a range), "higher than 10th" (one end).

        `first` is the rank at i (see rank). Only there: "the third quarter" or "its first plant" state
        no figure.
        """
        if self.low(i - 1) not in RANK_BEFORE:
            return None
        number, end = first
        if self.low(i - 1) == "than":
            if self.low(end) in RANK_NOT_BEFORE:
                return None
            return Amount(number, number, number, 0.0, None, False, i, end, False, False)
        second = self.rank(end + 1) if self.low(end) == "and" else None
        if second is None or second[0] <= number or self.low(second[1]) in RANK_NOT_BEFORE:
            return None
        return Amount(number, second[0], None, 0.0, None, False, i - 1, second[1], False, False)

    def _pair(self, first: Figure, second: Figure, sep: str) -> str:
        """How "X sep Y" reads: a range, two separate figures, a score, years, a code, or unrelated."""
        tight = sep in ("-", "–") and self.glued(first.end) and self.glued(first.end + 1)
        if first.bare and second.bare and is_year(first.digits, 1000) and (
            is_year(second.digits, 1000) or tight and len(second.digits) == 2
        ):
            return "years"
        if tight and self.tok(second.end) in ("-", "/") and self.glued(second.end):
            return "code"  # +1-222-2222: a phone number
        if tight and first.sign > 0 and self.tok(first.start)[:1] == "+":
            return "code"
        if first.bare and second.bare and tight and "." not in first.digits + second.digits:
            if second.digits.startswith("0") and len(second.digits) > 1 or len(second.digits) >= 4:
                return "code"
            if first.value >= second.value:
                return "score"
        if first.bare and is_year(first.digits) and second.unit is None or second.sign < 0 and sep in ("-", "–"):
            return "apart"
        if first.bare and is_year(first.digits) and self.low(first.start - 1) in _BEFORE_A_YEAR:
            return "apart"  # "cut its forecast for 2025 to $6bn": a year, then the figure
        u1, u2 = first.unit, second.unit
        rate_of = u1 is not None and u2 is not None and (u2.unit or "").startswith(f"{u1.unit}/")
        if u1 is not None and not (u2 is None and first.currency_first or u1 == u2 or rate_of):
            return "apart"
        ordered = first.value * _shared_scale(first, second) < second.value
        # "raised its quarterly dividend by 5 cents to 45 cents": a change, then the new level ("cut its
        # workforce by 5% to 10%" is a range of changes)
        by_then_to = self.low(first.start - 1) == "by" and u1 is not None and u1.kind != "percent" \
            and self._changed_from(first.start - 1)
        if self._changes(first.start) or by_then_to:
            from_to = self.low(first.start - 1) == "from"
            if from_to and self.low(first.start - 2) in ("up", "down") and self._figure_before(first.start - 2):
                return "range"  # "$2.52 to $2.62 a share, up from $2.50 to $2.60": the range it was before
            if not from_to and ordered and u1 is not None and u1.kind == "percent" and u1 == u2 \
                    and self._expected_change(first.start):
                return "range"  # "expects sales to grow 4.8% to 5.1%": a forecast's range of growth
            return "separate" if from_to or u1 is not None or not ordered else "range"
        if not ordered:
            return "separate" if u1 is None else "apart"
        if self.low(first.start - 1) == "from" and self._changed_from(first.start - 1):
            return "separate"  # "raised the power it can draw from 300 megawatts to 480 megawatts": a change
        return "range"

    def _figure_before(self, k: int) -> bool:
        """Whether a figure is written in the few tokens before token k ("$2.62 a share, up from")."""
        return any(DIGITS.search(self.tok(j)) for j in range(max(0, k - _FIGURE_REACH), k))

    def _changed_from(self, k: int) -> bool:
        """Whether a change verb governs "from" or "by" at token k, earlier in its clause.

        "raised ... from X to Y", "raised its quarterly dividend by 5 cents to 45 cents".

        A span is no change: "fines from $250,000 to $1 million", "homes priced from X to Y".
        """
        for j in range(k - 1, max(-1, k - CHANGE_REACH), -1):
            word = self.low(j)
            if word in _CLAUSE_MARKS:
                return False
            if word in CHANGE_BEFORE and word not in CHANGE_NON_VERBS:
                return True
        return False

    def _sharing_unit(self, first: Figure, second: Figure) -> Figure:
        """"from 13.5 to 14.0 mm": the first figure is in the second's unit (and scale)."""
        if first.unit is not None or second.unit is None:
            return first
        scale = _shared_scale(first, second)
        return Figure(first.value * scale, first.precision * scale, first.start, first.end, first.scale, second.unit,
                      False, first.words, first.sign, first.digits)

    def _expected_change(self, start: int) -> bool:
        """Whether the change verb before a figure is one still to come: "to grow 4.8%", "will rise by 3%".

        ("Inflation rose 0.3% to 2.4%" is a change, then the level it reached.)
        """
        k = start - 2 if self.low(start - 1) == "by" else start - 1
        return self.low(k) in CHANGE_BEFORE and self.low(k - 1) in _EXPECTED_BEFORE

    def _changes(self, start: int) -> bool:
        """Whether a change verb governs the figure: "rose 5% to", "fell from X to", "increased by"."""
        k = start - 1
        for skip in ("from", "by"):
            if self.low(k) == skip:
                k -= 1
        return self.low(k) in CHANGE_BEFORE and not (self.low(k) == "up" and self.low(k + 1) == "to")

    def _single(self, f: Figure) -> Amount:
        unit = f.unit
        value = f.value * (unit.factor if unit else 1.0) + (unit.offset if unit else 0.0)
        precision = f.precision * (unit.factor if unit else 1.0)
        label = "year" if f.bare and is_year(f.digits) or self.low(f.start - 1) in YEAR_WORDS else None
        return Amount(value, value, value, abs(precision), unit, False, f.start, f.end, f.scaled, f.bare,
                      f.sign, label, f.digits)

    def _range(self, first: Figure, second: Figure, start: int) -> Amount:
        scale = _shared_scale(first, second)
        lo, lo_precision = first.value * scale, first.precision * scale
        unit = second.unit if second.unit is not None and first.unit is not None else first.unit or second.unit
        factor = unit.factor if unit else 1.0
        offset = unit.offset if unit else 0.0
        precision = max(lo_precision, second.precision) * factor
        return Amount(lo * factor + offset, second.value * factor + offset, None, abs(precision), unit, False,
                      start, second.end, second.scaled or first.scaled, False, 0, None, first.digits)


CHANGE_REACH = 12  # tokens before "from X to Y" searched for the verb of a change
_CLAUSE_MARKS = frozenset({",", ";", ".", ":", "(", ")"})
# Words after which "plus" is a sign ("rose to plus 5", "(plus 3%)"); after any other word it joins two figures
_PLUS_SIGNED_AFTER = frozenset({"(", "[", "at", "to", "from", "of", "by", "is", "was", "were", "be", "reached", "stood",
                                "or", "and"})
_EXPECTED_BEFORE = frozenset({"to", "will", "would", "could", "should", "may", "might"})  # before a verb to come
_BEFORE_A_YEAR = frozenset({"for", "in", "of", "since", "during", "fiscal", "year"})  # "for 2025 to $6bn"


def _shared_scale(first: Figure, second: Figure) -> float:
    """The scale the first figure of a pair borrows from the second: "1 to 4 million" (not "$800,000 to $1.3m")."""
    if second.scaled and not first.scaled and first.value < second.value / second.scale:
        return second.scale
    return 1.0


_FIGURE_REACH = 8  # tokens before "up from" a figure may be in, for "up from X to Y" to restate a range


def read_amount(tokens: list[str], currency: str = "USD", i: int = 0) -> Amount | None:
    """Read a figure or range starting at tokens[i] ("$60-65 billion", "between 1 and 4 million")."""
    if i == 0 and tokens and tokens[0].lower() == "between":
        return Reader(tokens, currency).amount(1)
    return Reader(tokens, currency).amount(i)
