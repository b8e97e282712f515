"""Unit words and symbols: currencies to ISO 4217, physical units to SI base units (via pint), percent.

The tables are data. Conversion factors for physical units come from pint: stored in unit_factors.json
(`python -m checker.units > checker/unit_factors.json` rewrites it; a test checks it against pint), so
a run does not pay 0.7 s to build pint's registry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class Unit:
    """What a unit means: the kind of quantity, its canonical unit, and how to convert to it.

    canonical = written * factor + offset (offset only for temperatures).
    """

    kind: str
    unit: str | None
    factor: float = 1.0
    offset: float = 0.0


# --- money -----------------------------------------------------------------

# Currency symbols: "$" is resolved to the configured default currency (USD unless told).
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "$", "US$": "USD", "U.S.$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD",
    "R$": "BRL", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₦": "NGN", "฿": "THB", "₱": "PHP",
    "Rs": "INR", "Rs.": "INR", "RM": "MYR", "PS": "GBP", "Y=": "JPY", "NIS": "ILS", "R": "ZAR",
    "元": "CNY", "₡": "CRC", "₾": "GEL", "₭": "LAK", "ரூ": "LKR", "₫": "VND", "₴": "UAH", "₸": "KZT",
    "₮": "MNT", "₲": "PYG", "₵": "GHS", "₼": "AZN", "៛": "KHR", "₨": "PKR", "₿": "BTC", "zł": "PLN",
    "Kč": "CZK", "kr": "SEK", "Fr": "CHF", "CHF": "CHF",
}
# Two-token currency prefixes: "US $473 million", "$US 113", "HK $3.7 billion"
CURRENCY_PAIRS: dict[tuple[str, str], str] = {
    ("us", "$"): "USD", ("$", "us"): "USD", ("u.s.", "$"): "USD", ("hk", "$"): "HKD",
    ("a", "$"): "AUD", ("c", "$"): "CAD", ("nz", "$"): "NZD", ("s", "$"): "SGD", ("au", "$"): "AUD",
    ("$", "a"): "AUD", ("$", "nz"): "NZD", ("$", "c"): "CAD", ("$", "hk"): "HKD", ("$", "s"): "SGD",
}
CURRENCY_SYMBOLS["nzd$"] = "NZD"
PAIR_TOKENS = frozenset(v for pair in CURRENCY_PAIRS for t in pair for v in (t, t.upper()))
# Symbols that are letters and only mean money when glued to a substantial figure ("PS8.1bn", not "PS5")
WEAK_SYMBOLS = frozenset({"PS", "Y=", "R", "RM"})
CURRENCY_CODES: frozenset[str] = frozenset(
    "USD EUR GBP JPY CNY CHF CAD AUD NZD INR KRW HKD SGD SEK NOK DKK PLN CZK HUF RON BGN "
    "BRL MXN ZAR RUB TRY ILS IDR MYR PHP THB ISK RMB NGN KES EGP SAR AED QAR TWD VND PKR BTC ETH".split()
)
CURRENCY_CODES_LOWER: frozenset[str] = frozenset({"usd", "eur", "gbp", "rmb", "jpy", "cny", "inr", "btc"})
CURRENCY_WORDS: dict[str, tuple[str, float]] = {
    "dollar": ("$", 1.0), "dollars": ("$", 1.0), "euro": ("EUR", 1.0), "euros": ("EUR", 1.0),
    "sterling": ("GBP", 1.0), "yen": ("JPY", 1.0), "yuan": ("CNY", 1.0), "renminbi": ("CNY", 1.0),
    "rupee": ("INR", 1.0), "rupees": ("INR", 1.0), "won": ("KRW", 1.0), "franc": ("CHF", 1.0),
    "francs": ("CHF", 1.0), "ringgit": ("MYR", 1.0), "shekel": ("ILS", 1.0), "shekels": ("ILS", 1.0),
    "rand": ("ZAR", 1.0), "rouble": ("RUB", 1.0), "roubles": ("RUB", 1.0), "ruble": ("RUB", 1.0),
    "rubles": ("RUB", 1.0), "lira": ("TRY", 1.0), "naira": ("NGN", 1.0), "peso": ("MXN", 1.0),
    "pesos": ("MXN", 1.0), "krona": ("SEK", 1.0), "kronor": ("SEK", 1.0), "krone": ("NOK", 1.0),
    "kroner": ("NOK", 1.0), "zloty": ("PLN", 1.0), "baht": ("THB", 1.0), "rupiah": ("IDR", 1.0),
    "dirham": ("AED", 1.0), "dirhams": ("AED", 1.0), "riyal": ("SAR", 1.0), "riyals": ("SAR", 1.0),
    "bitcoin": ("BTC", 1.0), "bitcoins": ("BTC", 1.0), "pound": ("GBP", 1.0), "pounds": ("GBP", 1.0),
    "pesetas": ("ESP", 1.0), "peseta": ("ESP", 1.0), "markka": ("FIM", 1.0), "markkaa": ("FIM", 1.0),
    "guilders": ("NLG", 1.0), "guilder": ("NLG", 1.0), "lire": ("ITL", 1.0), "escudos": ("PTE", 1.0),
    "drachmas": ("GRD", 1.0), "schillings": ("ATS", 1.0), "punts": ("IEP", 1.0), "kuai": ("CNY", 1.0),
    "mao": ("CNY", 0.1), "fen": ("CNY", 0.01), "dime": ("$", 0.1), "dimes": ("$", 0.1),
    "nickel": ("$", 0.05), "nickels": ("$", 0.05), "satoshi": ("BTC", 1e-8), "satoshis": ("BTC", 1e-8),
    "sen": ("MYR", 0.01), "kopecks": ("RUB", 0.01), "paise": ("INR", 0.01),
    "cent": ("$", 0.01), "cents": ("$", 0.01), "penny": ("GBP", 0.01), "pence": ("GBP", 0.01),
    "p": ("GBP", 0.01),
}
# Goods weighed in pounds, not bought with them: "1.7 billion pounds of copper" is a mass (a sum of money is
# written "1.7 billion pounds" alone, or "of investment")
WEIGHED_GOODS = frozenset(
    "copper gold silver aluminum aluminium nickel zinc lithium cobalt uranium steel iron ore coal concentrate metal "
    "beef pork chicken meat poultry fish seafood cheese butter milk sugar coffee cocoa cotton wheat corn soybeans "
    "rice food produce fruit vegetables potatoes plastic plastics waste trash garbage cargo cocaine marijuana "
    "cannabis fentanyl methamphetamine drugs explosives".split())
# Bare "crowns" name a currency only by a crown's country that the document names: "60 billion Danish crowns" and
# then "between 24 and 27 billion crowns", or "the Danish government" and "39 billion crowns"
CROWN_WORDS = frozenset({"crown", "crowns", "kroner", "kronor", "krone", "krona"})
_CROWN_COUNTRIES = {"danish": "DKK", "denmark": "DKK", "swedish": "SEK", "sweden": "SEK", "norwegian": "NOK",
                    "norway": "NOK", "czech": "CZK", "icelandic": "ISK", "iceland": "ISK"}
_CROWN_COUNTRY = re.compile(r"\b(?:" + "|".join(_CROWN_COUNTRIES) + r")\b", re.I)
_CROWN_QUALIFIED = re.compile(_CROWN_COUNTRY.pattern + r"\s+(?:crowns?|kroner|kronor|krone|krona|korunas?|kronur)\b",
                              re.I)
_CROWN_WORD = re.compile(r"\b(?:" + "|".join(sorted(CROWN_WORDS)) + r")\b", re.I)


def crown_currency(text: str) -> str | None:
    """The currency a document's bare "crowns" are: the first crowns it qualifies, else its one crown country's.

    None, after one search, for a document that writes no crown word (most of them).
    """
    if not _CROWN_WORD.search(text):
        return None
    qualified = _CROWN_QUALIFIED.search(text)
    if qualified:
        return _CROWN_COUNTRIES[qualified.group(0).split()[0].lower()]
    countries = {_CROWN_COUNTRIES[m.group(0).lower()] for m in _CROWN_COUNTRY.finditer(text)}
    return countries.pop() if len(countries) == 1 else None


# Adjectives before a currency word: "Australian dollars", "Hong Kong dollars", "Swiss francs"
CURRENCY_QUALIFIED: dict[tuple[str, ...], str] = {
    ("us", "dollars"): "USD", ("u.s.", "dollars"): "USD", ("american", "dollars"): "USD",
    ("australian", "dollars"): "AUD", ("canadian", "dollars"): "CAD", ("hong", "kong", "dollars"): "HKD",
    ("new", "zealand", "dollars"): "NZD", ("singapore", "dollars"): "SGD", ("taiwan", "dollars"): "TWD",
    ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY", ("swiss", "francs"): "CHF",
    ("indian", "rupees"): "INR", ("pakistani", "rupees"): "PKR", ("mexican", "pesos"): "MXN",
    ("british", "pounds"): "GBP", ("pounds", "sterling"): "GBP", ("south", "african", "rand"): "ZAR",
    ("malaysian", "ringgit"): "MYR", ("israeli", "shekels"): "ILS", ("new", "israeli", "shekels"): "ILS",
    ("saudi", "riyals"): "SAR", ("us", "dollar"): "USD", ("australian", "dollar"): "AUD",
    ("danish", "crowns"): "DKK", ("danish", "kroner"): "DKK", ("swedish", "crowns"): "SEK",
    ("swedish", "kronor"): "SEK", ("norwegian", "crowns"): "NOK", ("norwegian", "kroner"): "NOK",
    ("czech", "crowns"): "CZK", ("czech", "korunas"): "CZK", ("icelandic", "kronur"): "ISK",
    ("hungarian", "forints"): "HUF", ("polish", "zlotys"): "PLN", ("thai", "baht"): "THB",
    ("philippine", "pesos"): "PHP", ("brazilian", "reais"): "BRL", ("south", "korean", "won"): "KRW",
    ("turkish", "lira"): "TRY", ("russian", "roubles"): "RUB", ("russian", "rubles"): "RUB",
    ("canadian", "dollar"): "CAD", ("singapore", "dollar"): "SGD", ("hong", "kong", "dollar"): "HKD",
    ("finnish", "markka"): "FIM", ("dutch", "guilders"): "NLG", ("deutsche", "marks"): "DEM",
    ("german", "marks"): "DEM", ("italian", "lire"): "ITL", ("french", "francs"): "FRF",
    ("belgian", "francs"): "BEF", ("spanish", "pesetas"): "ESP", ("irish", "punts"): "IEP",
}
for _words in list(CURRENCY_QUALIFIED):
    if _words[-1].endswith("s") and _words[-1] not in ("pounds",):
        CURRENCY_QUALIFIED.setdefault((*_words[:-1], _words[-1][:-1]), CURRENCY_QUALIFIED[_words])

# --- physical units ----------------------------------------------------------

# kind -> canonical unit symbol (the peer suites' convention) and pint's name for it
CANONICAL: dict[str, tuple[str, str]] = {
    "length": ("m", "meter"), "mass": ("kg", "kilogram"), "volume": ("m3", "meter**3"),
    "area": ("m2", "meter**2"), "speed": ("m/s", "meter/second"), "duration": ("s", "second"),
    "frequency": ("Hz", "hertz"), "information": ("B", "byte"), "angle": ("rad", "radian"),
    "temperature": ("°C", "degC"), "power": ("W", "watt"), "energy": ("Wh", "watt*hour"),
    "datarate": ("B/s", "byte/second"), "acceleration": ("m/s2", "meter/second**2"),
    "pressure": ("Pa", "pascal"), "force": ("N", "newton"), "voltage": ("V", "volt"),
}
_PREFIX_SYMBOLS = {"": "", "k": "kilo", "M": "mega", "G": "giga", "T": "tera", "m": "milli",
                   "c": "centi", "µ": "micro", "u": "micro", "n": "nano"}

# Case-sensitive symbols: symbol -> (kind, pint unit)
SYMBOLS: dict[str, tuple[str, str]] = {
    "%": ("percent", "%"), "°C": ("temperature", "degC"), "°F": ("temperature", "degF"),
    "degC": ("temperature", "degC"), "degF": ("temperature", "degF"), "ºC": ("temperature", "degC"),
    "ºF": ("temperature", "degF"),
    "mph": ("speed", "mile/hour"), "km/h": ("speed", "kilometer/hour"), "kph": ("speed", "kilometer/hour"),
    "kmh": ("speed", "kilometer/hour"), "m/s": ("speed", "meter/second"),
    "mi": ("length", "mile"), "ft": ("length", "foot"), "yd": ("length", "yard"),
    "lb": ("mass", "pound"), "lbs": ("mass", "pound"), "oz": ("mass", "ounce"), "t": ("mass", "metric_ton"),
    "l": ("volume", "liter"), "L": ("volume", "liter"), "ml": ("volume", "milliliter"),
    "mL": ("volume", "milliliter"), "cl": ("volume", "centiliter"), "gal": ("volume", "gallon"),
    "bbl": ("volume", "oil_barrel"), "m3": ("volume", "meter**3"), "m2": ("area", "meter**2"),
    "km2": ("area", "kilometer**2"), "ha": ("area", "hectare"), "sqm": ("area", "meter**2"),
    "hp": ("power", "horsepower"), "bhp": ("power", "horsepower"),
    "Hz": ("frequency", "hertz"), "kHz": ("frequency", "kilohertz"), "MHz": ("frequency", "megahertz"),
    "GHz": ("frequency", "gigahertz"), "Ghz": ("frequency", "gigahertz"), "THz": ("frequency", "terahertz"),
    "min": ("duration", "minute"), "mins": ("duration", "minute"), "hr": ("duration", "hour"),
    "hrs": ("duration", "hour"), "ms": ("duration", "millisecond"), "sec": ("duration", "second"),
    "secs": ("duration", "second"), "yr": ("duration", "year"), "yrs": ("duration", "year"),
    "kbps": ("datarate", "kilobit/second"), "Kbps": ("datarate", "kilobit/second"),
    "Mbps": ("datarate", "megabit/second"), "Gbps": ("datarate", "gigabit/second"),
    "MB/s": ("datarate", "megabyte/second"), "psi": ("pressure", "psi"), "GPa": ("pressure", "gigapascal"),
    "MPa": ("pressure", "megapascal"), "kPa": ("pressure", "kilopascal"), "Pa": ("pressure", "pascal"),
    "mAh": ("energy", "milliampere*hour*volt"), "eV": ("energy", "electron_volt"),
    "J": ("energy", "joule"), "kJ": ("energy", "kilojoule"), "MJ": ("energy", "megajoule"),
    "GJ": ("energy", "gigajoule"), "kcal": ("energy", "kilocalorie"), "Gt": ("mass", "gigametric_ton"),
    "Mt": ("mass", "megametric_ton"), "kt": ("mass", "kilometric_ton"), "ppm": ("other", "ppm"),
    "ppb": ("other", "ppb"), "dm": ("length", "decimeter"), "rad": ("angle", "radian"),
    "Ma": ("duration", "1e6*year"), "Ga": ("duration", "1e9*year"), "mb": ("information", "megabit"),
    "Mb": ("information", "megabit"), "Gb": ("information", "gigabit"), "EB": ("information", "exabyte"),
    "μg": ("mass", "microgram"), "μm": ("length", "micrometer"), "kmph": ("speed", "kilometer/hour"),
    "nmi": ("length", "nautical_mile"), "sq.ft.": ("area", "foot**2"),
    "kV": ("voltage", "kilovolt"), "MV": ("voltage", "megavolt"),  # a grid connection's "330 kV"
}
for _p, _name in _PREFIX_SYMBOLS.items():
    SYMBOLS.setdefault(_p + "m", ("length", _name + "meter"))
    SYMBOLS.setdefault(_p + "g", ("mass", _name + "gram"))
    SYMBOLS.setdefault(_p + "W", ("power", _name + "watt"))
    SYMBOLS.setdefault(_p + "Wh", ("energy", _name + "watt*hour"))
    SYMBOLS.setdefault(_p + "B", ("information", _name + "byte"))
for _p, _name in (("k", "kilo"), ("K", "kilo"), ("M", "mega"), ("G", "giga"), ("T", "tera"), ("P", "peta")):
    SYMBOLS.setdefault(_p + "B", ("information", _name + "byte"))
    SYMBOLS.setdefault(_p + "eV", ("energy", _name + "electron_volt"))
SYMBOLS.pop("mB", None)
SYMBOLS.pop("B", None)  # "B" after a number is a billion, not a byte
SYMBOLS.pop("MW", None)
SYMBOLS["MW"] = ("power", "megawatt")
SYMBOLS["mW"] = ("power", "milliwatt")

# Lower-case words and phrases (as token tuples) -> (kind, pint unit)
_WORD_UNITS: dict[str, tuple[str, str]] = {
    "percent": ("percent", "%"), "per cent": ("percent", "%"), "percents": ("percent", "%"),
    "percentage": ("percent", "%"), "pct": ("percent", "%"), "pc": ("percent", "%"),
    "percentage points": ("percent", "pp"), "percentage point": ("percent", "pp"),
    "basis points": ("percent", "bp"), "basis point": ("percent", "bp"), "bps": ("percent", "bp"),
    "mile": ("length", "mile"), "miles": ("length", "mile"), "foot": ("length", "foot"),
    "feet": ("length", "foot"), "inch": ("length", "inch"), "inches": ("length", "inch"),
    "yard": ("length", "yard"), "yards": ("length", "yard"), "nautical miles": ("length", "nautical_mile"),
    "nautical mile": ("length", "nautical_mile"), "light years": ("length", "light_year"),
    "light-years": ("length", "light_year"), "light year": ("length", "light_year"),
    "kilo": ("mass", "kilogram"), "kilos": ("mass", "kilogram"), "gramme": ("mass", "gram"),
    "grammes": ("mass", "gram"), "pound": ("mass", "pound"), "pounds": ("mass", "pound"),
    "ounce": ("mass", "ounce"), "ounces": ("mass", "ounce"), "tonne": ("mass", "metric_ton"),
    "tonnes": ("mass", "metric_ton"), "metric ton": ("mass", "metric_ton"), "metric tons": ("mass", "metric_ton"),
    "ton": ("mass", "short_ton"), "tons": ("mass", "short_ton"), "carat": ("mass", "carat"),
    "carats": ("mass", "carat"), "stone": ("mass", "stone"),
    "litre": ("volume", "liter"), "litres": ("volume", "liter"), "liter": ("volume", "liter"),
    "liters": ("volume", "liter"), "gallon": ("volume", "gallon"), "gallons": ("volume", "gallon"),
    "barrel": ("volume", "oil_barrel"), "barrels": ("volume", "oil_barrel"), "cup": ("volume", "cup"),
    "cups": ("volume", "cup"), "tablespoon": ("volume", "tablespoon"), "tablespoons": ("volume", "tablespoon"),
    "teaspoon": ("volume", "teaspoon"), "teaspoons": ("volume", "teaspoon"), "tbsp": ("volume", "tablespoon"),
    "tsp": ("volume", "teaspoon"), "pint": ("volume", "pint"),
    "pints": ("volume", "pint"), "quart": ("volume", "quart"), "quarts": ("volume", "quart"),
    "cubic metres": ("volume", "meter**3"), "cubic meters": ("volume", "meter**3"),
    "cubic feet": ("volume", "foot**3"), "fluid ounces": ("volume", "fluid_ounce"),
    "square metres": ("area", "meter**2"), "square meters": ("area", "meter**2"),
    "square metre": ("area", "meter**2"), "square meter": ("area", "meter**2"), "sq m": ("area", "meter**2"),
    "square kilometres": ("area", "kilometer**2"), "square kilometers": ("area", "kilometer**2"),
    "sq km": ("area", "kilometer**2"), "square miles": ("area", "mile**2"), "square mile": ("area", "mile**2"),
    "sq mi": ("area", "mile**2"), "square feet": ("area", "foot**2"), "square foot": ("area", "foot**2"),
    "sq ft": ("area", "foot**2"), "sq feet": ("area", "foot**2"), "acre": ("area", "4046.8564224*meter**2"),
    "acres": ("area", "4046.8564224*meter**2"), "hectare": ("area", "hectare"), "hectares": ("area", "hectare"),
    "miles per hour": ("speed", "mile/hour"), "mile per hour": ("speed", "mile/hour"),
    "kilometres per hour": ("speed", "kilometer/hour"), "kilometers per hour": ("speed", "kilometer/hour"),
    "km / h": ("speed", "kilometer/hour"), "km / hr": ("speed", "kilometer/hour"),
    "km per hour": ("speed", "kilometer/hour"), "metres per second": ("speed", "meter/second"),
    "miles an hour": ("speed", "mile/hour"), "mile an hour": ("speed", "mile/hour"),
    "kilometres an hour": ("speed", "kilometer/hour"), "kilometers an hour": ("speed", "kilometer/hour"),
    "km an hour": ("speed", "kilometer/hour"), "kmph": ("speed", "kilometer/hour"),
    "turn": ("angle", "turn"), "turns": ("angle", "turn"),
    "revolutions": ("angle", "turn"), "revolution": ("angle", "turn"),
    "megaannum": ("duration", "1e6*year"), "gigaannum": ("duration", "1e9*year"),
    "microgrammes": ("mass", "microgram"), "microgramme": ("mass", "microgram"),
    "milligrammes": ("mass", "milligram"), "kilogrammes": ("mass", "kilogram"),
    "exabytes": ("information", "exabyte"), "exabyte": ("information", "exabyte"),
    "zettabytes": ("information", "zettabyte"), "petabytes": ("information", "petabyte"),
    "petabyte": ("information", "petabyte"),
    "meters per second": ("speed", "meter/second"), "knots": ("speed", "knot"), "knot": ("speed", "knot"),
    "second": ("duration", "second"), "seconds": ("duration", "second"), "minute": ("duration", "minute"),
    "minutes": ("duration", "minute"), "hour": ("duration", "hour"), "hours": ("duration", "hour"),
    "day": ("duration", "day"), "days": ("duration", "day"), "week": ("duration", "week"),
    "weeks": ("duration", "week"), "month": ("duration", "month"), "months": ("duration", "month"),
    "year": ("duration", "year"), "years": ("duration", "year"), "decade": ("duration", "10*year"),
    "decades": ("duration", "10*year"), "century": ("duration", "century"), "centuries": ("duration", "century"),
    "millisecond": ("duration", "millisecond"), "milliseconds": ("duration", "millisecond"),
    "hertz": ("frequency", "hertz"), "kilohertz": ("frequency", "kilohertz"),
    "megahertz": ("frequency", "megahertz"), "gigahertz": ("frequency", "gigahertz"),
    "byte": ("information", "byte"), "bytes": ("information", "byte"), "bit": ("information", "bit"),
    "bits": ("information", "bit"), "megabit": ("information", "megabit"), "megabits": ("information", "megabit"),
    "gigabit": ("information", "gigabit"), "gigabits": ("information", "gigabit"),
    "degree": ("angle", "degree"), "degrees": ("angle", "degree"), "radian": ("angle", "radian"),
    "radians": ("angle", "radian"), "deg": ("angle", "degree"),
    "degrees celsius": ("temperature", "degC"), "degree celsius": ("temperature", "degC"),
    "degrees fahrenheit": ("temperature", "degF"), "degree fahrenheit": ("temperature", "degF"),
    "degrees c": ("temperature", "degC"), "degrees f": ("temperature", "degF"), "deg c": ("temperature", "degC"),
    "deg f": ("temperature", "degF"), "° c": ("temperature", "degC"), "° f": ("temperature", "degF"),
    "celsius": ("temperature", "degC"), "fahrenheit": ("temperature", "degF"), "kelvin": ("temperature", "kelvin"),
    "horsepower": ("power", "horsepower"), "joule": ("energy", "joule"), "joules": ("energy", "joule"),
    "calories": ("energy", "kilocalorie"), "calorie": ("energy", "kilocalorie"),
    "kilowatt - hours": ("energy", "kilowatt*hour"), "kilowatt - hour": ("energy", "kilowatt*hour"),
    "megawatt - hours": ("energy", "megawatt*hour"), "gigawatt - hours": ("energy", "gigawatt*hour"),
    "terawatt - hours": ("energy", "terawatt*hour"), "kilowatt hours": ("energy", "kilowatt*hour"),
    "megawatt hours": ("energy", "megawatt*hour"), "gigawatt hours": ("energy", "gigawatt*hour"),
    "terawatt hours": ("energy", "terawatt*hour"), "watt - hours": ("energy", "watt*hour"),
    "gigatons": ("mass", "gigametric_ton"), "gigatonnes": ("mass", "gigametric_ton"),
    "volts": ("voltage", "volt"), "kilovolts": ("voltage", "kilovolt"), "kilovolt": ("voltage", "kilovolt"),
    "megatons": ("mass", "megametric_ton"), "megatonnes": ("mass", "megametric_ton"),
}
for _p, _name in (("", ""), ("kilo", "kilo"), ("mega", "mega"), ("giga", "giga"), ("tera", "tera"),
                  ("centi", "centi"), ("milli", "milli"), ("micro", "micro"), ("nano", "nano")):
    for _base, _kind, _pint in (("metre", "length", "meter"), ("meter", "length", "meter"),
                                ("gram", "mass", "gram"), ("watt", "power", "watt"), ("byte", "information", "byte"),
                                ("watthour", "energy", "watt*hour"), ("joule", "energy", "joule")):
        if _p and _name and _name in ("centi", "milli", "micro", "nano") and _base in ("watt", "byte"):
            continue
        _WORD_UNITS.setdefault(_p + _base, (_kind, f"{_name}{_pint}" if "*" not in _pint else f"{_name}{_pint}"))
        _WORD_UNITS.setdefault(_p + _base + "s", (_kind, f"{_name}{_pint}"))
WORD_UNITS: dict[tuple[str, ...], tuple[str, str]] = {tuple(k.split()): v for k, v in _WORD_UNITS.items()}
MAX_UNIT_TOKENS = max(len(k) for k in WORD_UNITS)
# Units that a bare article may stand before: "a gigawatt", "another mile" (not "a year", "a day")
ARTICLE_UNIT_KINDS = frozenset({"power", "energy", "length", "mass", "volume", "area"})
# Denominators for rates: "$15.4/hour", "$52 a barrel", "$10 per gram" -> USD/h, USD/bbl, USD/g
RATE_DENOMINATORS: dict[str, str] = {
    "hour": "h", "hr": "h", "h": "h", "day": "d", "week": "wk", "month": "mo", "year": "yr", "annum": "yr",
    "minute": "min", "second": "s", "kg": "kg", "kilogram": "kg", "kilo": "kg", "gram": "g", "g": "g",
    "pound": "lb", "lb": "lb", "ounce": "oz", "oz": "oz", "tonne": "t", "ton": "t", "barrel": "bbl",
    "gallon": "gal", "litre": "l", "liter": "l", "square foot": "ft2", "square metre": "m2",
    "square meter": "m2", "sq ft": "ft2", "sq m": "m2", "mile": "mi", "kilometre": "km", "kilometer": "km",
    "kwh": "kWh", "mwh": "MWh", "night": "night",
}
RATE_NOT_AFTER = frozenset({"earlier", "ago", "before", "later", "after", "previously", "prior"})
# Time denominators a rate converts between, per year: "900,000 wafers a month" is 10.8 million a year (hours
# stay apart: "$15.4/hour" is a wage, not a yearly sum)
PER_YEAR: dict[str, float] = {"yr": 1.0, "mo": 12.0, "wk": 52.0, "d": 365.0}


def rate_per(unit: str | None) -> str:
    """What a unit is per ("USD/yr" -> "yr", "EUR/bbl" -> "bbl"); "" when it is no rate."""
    return (unit or "").partition("/")[2]


def yearly(unit: str | None, per: str | None = None) -> tuple[str, float] | None:
    """A time rate's base unit and how many of its periods make a year ("EUR/mo" -> ("EUR", 12.0)); else None.

    `per` is a count's time ("mo" for "900,000 wafers a month": ("", 12.0)).
    """
    if per is not None:
        return ("", PER_YEAR[per]) if per in PER_YEAR else None
    base, slash, per = (unit or "").partition("/")
    factor = PER_YEAR.get(per) if slash else None
    return (base, factor) if factor is not None else None


@lru_cache(maxsize=1)
def _registry() -> Any:
    import pint  # heavy (0.7 s to build): only for a unit missing from unit_factors.json

    return pint.UnitRegistry()


FACTORS_FILE = "unit_factors.json"  # pint's factors for every unit of the tables, written by `python -m checker.units`


@lru_cache(maxsize=1)
def _factors() -> dict[str, list[Any]]:
    from importlib import resources

    loaded: dict[str, list[Any]] = json.loads(resources.files("checker").joinpath(FACTORS_FILE).read_text("utf-8"))
    return loaded


@lru_cache(maxsize=512)
def convert(kind: str, pint_unit: str) -> Unit:
    """The Unit for a pint unit of a kind, with the factor (and offset) to the canonical unit.

    Read from unit_factors.json (pint's figures, stored), else worked out with pint.
    """
    stored = _factors().get(f"{kind} {pint_unit}")
    if stored is not None:
        return Unit(kind, stored[0], stored[1], stored[2])
    return convert_with_pint(kind, pint_unit)


def convert_with_pint(kind: str, pint_unit: str) -> Unit:
    """convert(), asking pint."""
    if kind == "percent":
        return Unit("percent", "pp", 0.01) if pint_unit == "bp" else Unit("percent", pint_unit)
    if kind not in CANONICAL:
        return Unit(kind, pint_unit)
    symbol, canonical = CANONICAL[kind]
    ureg = _registry()
    if kind == "temperature":
        zero = ureg.Quantity(0.0, pint_unit).to(canonical).magnitude
        one = ureg.Quantity(1.0, pint_unit).to(canonical).magnitude
        return Unit(kind, symbol, float(one - zero), float(zero))
    if kind == "energy" and pint_unit == "milliampere*hour*volt":
        return Unit(kind, "mAh")  # battery capacity: charge, kept as written
    factor = (1.0 * ureg.parse_expression(pint_unit)).to(canonical).magnitude
    return Unit(kind, symbol, float(factor))


MILLION_CODES: frozenset[str] = frozenset("M" + code for code in CURRENCY_CODES)


def currency_symbol(token: str, default_currency: str) -> str | None:
    """ISO code for a currency symbol or code token, or None."""
    if token in CURRENCY_SYMBOLS:
        code = CURRENCY_SYMBOLS[token]
        return default_currency if code == "$" else code
    if token.isupper() and token in CURRENCY_CODES or token in CURRENCY_CODES_LOWER:
        return "CNY" if token.upper() == "RMB" else token.upper()
    return None


def currency_word(words: tuple[str, ...], default_currency: str) -> tuple[Unit, int] | None:
    """A currency written in words at the start of words (lower case): ("australian", "dollars")."""
    for n in (3, 2):
        code = CURRENCY_QUALIFIED.get(words[:n]) if len(words) >= n else None  # ("danish", "crowns") at a line's end
        if code:
            return Unit("money", code), n
    if words and words[0] in CURRENCY_WORDS:
        code, factor = CURRENCY_WORDS[words[0]]
        return Unit("money", default_currency if code == "$" else code, factor), 1
    return None


_POWERS = {"square": 2, "sq": 2, "sq.": 2, "cubic": 3, "cu": 3}
_POWER_AFTER = {"squared": 2, "cubed": 3, "2": 2, "3": 3, "²": 2, "³": 3}
_INCH_AFTER = frozenset({"", ".", ",", ")", ";", "thick", "long", "wide", "tall", "high", "deep", "across",
                         "diameter", "in", "x", "by", "of"})


def _powered(unit: Unit, n: int) -> Unit | None:
    """A length raised to a power: km squared is an area, cubic feet a volume."""
    if unit.kind != "length" or n not in (2, 3):
        return None
    kind = "area" if n == 2 else "volume"
    return Unit(kind, CANONICAL[kind][0], unit.factor**n)


def physical_unit(tokens: list[str], j: int) -> tuple[Unit, int] | None:
    """A physical or percent unit at tokens[j] ("km", "miles per hour", "square feet", "km^3")."""
    if j < len(tokens) and tokens[j].lower() in _POWERS:
        base = _plain_unit(tokens, j + 1)
        powered = _powered(base[0], _POWERS[tokens[j].lower()]) if base else None
        if base and powered:
            return powered, 1 + base[1]
    found = _plain_unit(tokens, j)
    if found is None:
        if j < len(tokens) and tokens[j] == "in":
            following = tokens[j + 1].lower() if j + 1 < len(tokens) else ""
            return (convert("length", "inch"), 1) if following in _INCH_AFTER else None
        return None
    unit, n = found
    after = tokens[j + n] if j + n < len(tokens) else ""
    if after == "^" and j + n + 1 < len(tokens):
        after, n = tokens[j + n + 1], n + 1
    powered = _powered(unit, _POWER_AFTER.get(after.lower(), 0)) if after else None
    if powered:
        return powered, n + 1
    return found


def _plain_unit(tokens: list[str], j: int) -> tuple[Unit, int] | None:
    """A unit from the tables at tokens[j] (longest phrase first), and tokens used."""
    lowered = tuple(t.lower() for t in tokens[j : j + MAX_UNIT_TOKENS])
    for n in range(len(lowered), 1, -1):
        found = WORD_UNITS.get(lowered[:n])
        if found and (tokens[j].islower() or not tokens[j].isalpha() or lowered[0] in TITLE_CASE_UNITS):
            return convert(*found), n
    if j < len(tokens):
        symbol = SYMBOLS.get(tokens[j])
        if symbol:
            return convert(*symbol), 1
        word = WORD_UNITS.get(lowered[:1])
        if word and (tokens[j].islower() or lowered[0] in TITLE_CASE_UNITS):
            return convert(*word), 1
    return None


# Unit words that are written capitalised; any other capitalised word is a name ("Stone", "Miles")
TITLE_CASE_UNITS = frozenset({"celsius", "fahrenheit", "kelvin", "calories", "calorie"})
UNIT_FIRST_WORDS = frozenset(k[0] for k in WORD_UNITS)


def factor_table() -> dict[str, list[Any]]:
    """Pint's Unit for every (kind, unit) of the tables, as stored in unit_factors.json."""
    pairs = {*SYMBOLS.values(), *_WORD_UNITS.values(), ("length", "inch")}
    table = {}
    for kind, pint_unit in sorted(pairs):
        unit = convert_with_pint(kind, pint_unit)
        table[f"{kind} {pint_unit}"] = [unit.unit, unit.factor, unit.offset]
    return table


if __name__ == "__main__":  # python -m checker.units > checker/unit_factors.json
    print(json.dumps(factor_table(), indent=1, sort_keys=True))
