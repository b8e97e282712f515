"""Where a figure holds: the country, state or region its sentence scopes it to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.model import Claim
from checker.patterns import COMPASS, PLACES
from checker.segment import headline

# Names of one place as news writes them, and the name the checker compares
PLACE_ALIASES: dict[str, str] = {
    **dict.fromkeys(["US", "USA", "United States", "America"], "US"),
    **dict.fromkeys(["UK", "Britain", "United Kingdom"], "UK"),
    **dict.fromkeys(["EU", "European Union"], "EU"),
    **dict.fromkeys(["UAE", "United Arab Emirates"], "UAE"),
    **dict.fromkeys(["Eurozone", "Euro zone", "Euro Zone", "Euro area", "Euro Area"], "Euro zone"),
    "Greater China": "China",  # a company's region of sales that news calls China: mainland, Hong Kong, Taiwan
}
# A people's adjective standing for its country as who a figure is about: "British consumer price inflation rose"
COUNTRY_OF_PEOPLE: dict[str, str] = {
    "British": "UK", "American": "US", "German": "Germany", "French": "France", "Japanese": "Japan",
    "Chinese": "China", "Italian": "Italy", "Spanish": "Spain", "Dutch": "Netherlands", "Indian": "India",
    "Canadian": "Canada", "Australian": "Australia", "Swiss": "Switzerland", "Swedish": "Sweden",
    "Danish": "Denmark", "Norwegian": "Norway", "Irish": "Ireland", "Polish": "Poland", "Brazilian": "Brazil",
    "Mexican": "Mexico",
}
# A capital standing for its government: "Berlin is finally spending again", "Berlin is backing it with €5bn"
CAPITAL_OF: dict[str, str] = {
    "Berlin": "Germany", "Paris": "France", "Washington": "US", "Tokyo": "Japan", "Beijing": "China",
    "Rome": "Italy", "Madrid": "Spain", "Ottawa": "Canada", "Canberra": "Australia", "New Delhi": "India",
    "Seoul": "South Korea", "Brussels": "EU", "The Hague": "Netherlands",
}
# After a figure, a region named for what serves it ("across the PJM region", "in PJM grid region", "in the
# region served by PJM Interconnection"); or a place it is put into or held in ("invest $40bn in Texas",
# "across the UK", "on India's east coast", "commits £13bn to India"), up to the end of its clause; or a place
# right after it, as headlines write ("$10 Billion North Carolina Bet"), or after its noun ("a $10bn pledge for
# North Carolina")
_COMPASS = rf"(?:{COMPASS}\s+)?"  # "in northern Indiana": in Indiana
_SCOPED = re.compile(r"^\s+(?P<lead>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
                     r"|\b(?:in|into|across|throughout)\s+(?:the\s+)?" + _COMPASS
                     + r"(?:(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
                     r"(?:\s+grid)?\s+(?:region|area)\b|(?:region|area)\s+(?:served|covered|run)\s+by\s+(?:the\s+)?"
                     r"(?P<served>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))"
                     r"|\b(?:in|into|across|throughout)\s+(?:the\s+)?" + _COMPASS
                     + r"(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
                     r"(?:,\s+(?P<within>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?"
                     r"|(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\b|\bin\s+the\s+(?P<kingdom>kingdom)\b"
                     r"|^\s+to\s+(?:the\s+)?(?P<to>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"  # right after the figure
                     # what the sum is for, right after its noun: "a $10bn pledge for North Carolina"
                     r"|^\s+[a-z]+\s+for\s+(?:the\s+)?(?P<for>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")
_AND_PLACE = re.compile(r"\s+and\s+(?:the\s+)?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")
KINGDOM = "a kingdom"  # "in the kingdom": some kingdom the article named before, not a republic or a state
# The places in PLACES that news calls "the kingdom"
KINGDOMS = frozenset({"UK", "Saudi Arabia", "Spain", "Netherlands", "Belgium", "Sweden", "Norway", "Denmark",
                      "Thailand"})
_CLAUSE_END = re.compile(r";|\s[-–—]\s")
_PART_BEFORE = re.compile(r"\bof (?:it|which|them)\s+$")


def known_place(words: list[str], compared: bool = True) -> str | None:
    """The longest run of `words` from the first that names a place; else None.

    As the checker compares it ("Britain" is the UK, "U.S." the US), or with `compared` False as written.
    """
    for n in range(len(words), 0, -1):
        written = " ".join(words[:n]).rstrip(".,")
        name = written.replace(".", "") if len(written) <= 4 else written  # "U.S." is the US
        if name in PLACES or name in PLACE_ALIASES:
            return PLACE_ALIASES.get(name, name) if compared else written
    return None


def other_places(a: str, b: str) -> bool:
    """Whether two places a claim is scoped to differ: "the kingdom" is any of the KINGDOMS, no other place.

    A name that opens another is the same place: "PJM" (its region) and "PJM Interconnection" (the region it
    serves).
    """
    if KINGDOM in (a, b):
        return (b if a == KINGDOM else a) not in KINGDOMS | {KINGDOM}
    shorter, longer = sorted((a.split(), b.split()), key=len)
    return longer[: len(shorter)] != shorter  # "PJM" is "PJM Interconnection"


_CAPITALISED = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}")


def headline_place(text: str) -> str | None:
    """The one place an article's headline names ("Microsoft and Amazon Bet Big on India: What It Means")."""
    found = set(_places_named(headline(text).lstrip(), peoples=True))
    return found.pop() if len(found) == 1 else None




def country_named(text: str) -> str | None:
    """The first country, state or region a text names, or names by its people ("British"), as compared."""
    return next(_places_named(text, peoples=True), None)


def _places_named(text: str, peoples: bool = False) -> Iterator[str]:
    """The places a text's runs of capitals name, in order, as compared; with `peoples`, "British" too.

    The euro zone too, as news writes it in lower case: "the euro zone economy grew 0.2%".
    """
    found: list[tuple[int, str]] = [(m.start(), EURO_ZONE) for m in _EURO_ZONE.finditer(text)]
    for m in _CAPITALISED.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            place = known_place(words[i:]) or (COUNTRY_OF_PEOPLE.get(words[i]) if peoples else None)
            if place is not None and not (place == EURO_ZONE and any(at == m.start() for at, _ in found)):
                found.append((m.start() + len(" ".join(words[:i])) + (i > 0), place))
    yield from (place for _, place in sorted(found, key=lambda f: f[0]))


EURO_ZONE = "Euro zone"
_EURO_ZONE = re.compile(r"\beuro[ -]?(?:zone|area)\b", re.I)


def place_of(claim: Claim) -> str | None:
    """The first place the rest of a figure's clause scopes it to, or None; two joined by "and", both.

    "Google will invest $15 billion ... to set up an AI hub in the southern Indian state of Andhra
    Pradesh, its largest investment in India": India. A place before the figure is not read ("In
    India, Google will invest"): such a figure is compared as if it named none. A sum of a list item of
    an undated article that names none is where the article's headline says (Claim.place), if it names one
    (not a count or a capacity: a headline's country holds the states and sites its list's figures may be of).
    """
    rest = claim.sentence[claim.end - claim.sentence_start :]
    end = _CLAUSE_END.search(rest)
    for m in _SCOPED.finditer(rest, 0, end.start() if end else len(rest)):
        if _PART_BEFORE.search(rest, max(0, m.start() - 20), m.start()):
            continue  # "$90 billion ..., with more than half of it in the US": where a part goes, not the sum
        if m["kingdom"]:
            return KINGDOM
        if m["region"] or m["served"]:
            return known_place((m["region"] or m["served"]).split()) or m["region"] or m["served"]
        found = known_place((m["place"] or m["owner"] or m["lead"] or m["to"] or m["for"]).split()) \
            or (known_place(m["within"].split()) if m["within"] else None)  # "in Richmond County, North Carolina"
        joined = _AND_PLACE.match(rest, m.end()) if found and m["place"] and not m["within"] else None
        also = known_place(joined["place"].split()) if joined else None
        if found and also and also != found:
            return " and ".join(sorted((found, also)))  # "in the US and Europe": both, no one of them
        if found:
            return found
    return claim.place
