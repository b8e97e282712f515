"""Unit words and symbols: currencies to ISO 4217, physical units to SI base units, percent."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    """What a unit token means: the kind of quantity, its canonical unit and the factor to it."""

    kind: str
    unit: str | None
    factor: float = 1.0


# Currency symbols: "$" is resolved to the configured default currency (USD unless told).
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "$", "US$": "USD", "U.S.$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD",
    "R$": "BRL", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "Fr.": "CHF", "Rs": "INR", "Rs.": "INR",
}
CURRENCY_CODES: frozenset[str] = frozenset(
    "USD EUR GBP JPY CNY CHF CAD AUD NZD INR KRW HKD SGD SEK NOK DKK PLN CZK HUF RON BGN "
    "BRL MXN ZAR RUB TRY ILS IDR MYR PHP THB ISK RMB".split()
)
CURRENCY_WORDS: dict[str, Unit] = {
    "dollar": Unit("money", "$"), "dollars": Unit("money", "$"),
    "euro": Unit("money", "EUR"), "euros": Unit("money", "EUR"),
    "pound": Unit("money", "GBP"), "pounds": Unit("money", "GBP"),
    "sterling": Unit("money", "GBP"),
    "yen": Unit("money", "JPY"), "yuan": Unit("money", "CNY"), "renminbi": Unit("money", "CNY"),
    "rupee": Unit("money", "INR"), "rupees": Unit("money", "INR"),
    "won": Unit("money", "KRW"), "franc": Unit("money", "CHF"), "francs": Unit("money", "CHF"),
    "cent": Unit("money", "$", 0.01), "cents": Unit("money", "$", 0.01),
    "penny": Unit("money", "GBP", 0.01), "pence": Unit("money", "GBP", 0.01),
}

_PREFIXES = {"": 1.0, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12}
_PREFIX_WORDS = {"": 1.0, "kilo": 1e3, "mega": 1e6, "giga": 1e9, "tera": 1e12}


def _si_family(kind: str, symbol: str, word: str) -> tuple[dict[str, Unit], dict[str, Unit]]:
    """Prefixed symbols (case-sensitive) and words (lower case) for one SI unit."""
    symbols = {p + symbol: Unit(kind, symbol, f) for p, f in _PREFIXES.items()}
    words: dict[str, Unit] = {}
    for p, f in _PREFIX_WORDS.items():
        words[p + word] = Unit(kind, symbol, f)
        words[p + word + "s"] = Unit(kind, symbol, f)
    return symbols, words


def _build() -> tuple[dict[str, Unit], dict[str, Unit]]:
    symbols: dict[str, Unit] = {}
    words: dict[str, Unit] = {}
    for kind, symbol, word in (("power", "W", "watt"), ("energy", "Wh", "watt-hour")):
        s, w = _si_family(kind, symbol, word)
        symbols.update(s)
        words.update(w)
    for p, f in _PREFIX_WORDS.items():
        words[p + "watthour"] = Unit("energy", "Wh", f)
        words[p + "watthours"] = Unit("energy", "Wh", f)
    symbols.update({
        "%": Unit("percent", "%"), "km": Unit("length", "m", 1e3), "m": Unit("length", "m"),
        "cm": Unit("length", "m", 0.01), "mm": Unit("length", "m", 0.001),
        "kg": Unit("mass", "kg"), "g": Unit("mass", "kg", 0.001), "t": Unit("mass", "kg", 1e3),
        "TB": Unit("information", "B", 1e12), "GB": Unit("information", "B", 1e9),
        "MB": Unit("information", "B", 1e6), "PB": Unit("information", "B", 1e15),
    })
    words.update({
        "percent": Unit("percent", "%"), "pct": Unit("percent", "%"),
        "kilometres": Unit("length", "m", 1e3), "kilometers": Unit("length", "m", 1e3),
        "kilometre": Unit("length", "m", 1e3), "kilometer": Unit("length", "m", 1e3),
        "metres": Unit("length", "m"), "meters": Unit("length", "m"),
        "metre": Unit("length", "m"), "meter": Unit("length", "m"),
        "miles": Unit("length", "m", 1609.344), "mile": Unit("length", "m", 1609.344),
        "kilograms": Unit("mass", "kg"), "kilogram": Unit("mass", "kg"),
        "tonnes": Unit("mass", "kg", 1e3), "tonne": Unit("mass", "kg", 1e3),
        "tons": Unit("mass", "kg", 907.18474), "ton": Unit("mass", "kg", 907.18474),
        "terabytes": Unit("information", "B", 1e12), "gigabytes": Unit("information", "B", 1e9),
        "petabytes": Unit("information", "B", 1e15),
        "years": Unit("duration", "s", 31_557_600.0), "year": Unit("duration", "s", 31_557_600.0),
        "months": Unit("duration", "s", 2_629_800.0), "days": Unit("duration", "s", 86_400.0),
        "hours": Unit("duration", "s", 3600.0),
    })
    return symbols, words


UNIT_SYMBOLS, UNIT_WORDS = _build()


def currency_of(token: str, default_currency: str) -> str | None:
    """ISO code for a currency symbol or code token, or None."""
    if token in CURRENCY_SYMBOLS:
        code = CURRENCY_SYMBOLS[token]
        return default_currency if code == "$" else code
    upper = token.upper()
    if upper in CURRENCY_CODES and token.isupper():
        return "CNY" if upper == "RMB" else upper
    return None


def unit_of(token: str, default_currency: str) -> Unit | None:
    """The Unit a suffix token names (currency word, SI symbol or word, percent), or None."""
    code = currency_of(token, default_currency)
    if code:
        return Unit("money", code)
    word = CURRENCY_WORDS.get(token.lower())
    if word:
        return Unit("money", default_currency if word.unit == "$" else word.unit, word.factor)
    return UNIT_SYMBOLS.get(token) or UNIT_WORDS.get(token.lower())
