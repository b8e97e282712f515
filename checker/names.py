"""Which subject names found without claims.yaml are one subject: "Arcturus" is "Arcturus Semiconductor"."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

# First words that name a project after its own name: "Project Aurora" is called "Aurora" too
DESIGNATORS = frozenset({"Project", "Operation", "Programme", "Program", "Mission"})
# First words of a company's full name that news drops: "Deutsche Telekom" is "Telekom", "Banco Santander" "Santander"
COMPANY_OPENERS = frozenset({"Deutsche", "Groupe", "Grupo", "Banco", "Compagnie", "Koninklijke"})

# Words a company name may end with that its acronym may leave out ("TSMC" has the C of "Co", "IBM" has none)
COMPANY_ENDINGS = frozenset({"Co", "Co.", "Corp", "Corp.", "Corporation", "Company", "Inc", "Inc.", "Ltd", "Ltd.",
                             "Limited", "plc", "PLC", "AG", "SA", "SE", "NV", "Group", "Holdings", "Platforms"})
# Words that make a longer name a part of a company, not its full name: "OpenAI Foundation" and "Amazon Web
# Services" are not what news means by "OpenAI" and "Amazon" (a cloud arm's boss speaks for the company: "Google
# Cloud Chief Executive Thomas Kurian said the campus would start at 1 gigawatt" is Google's)
DIVISION_WORDS = frozenset({"Foundation", "Services", "Music", "TV", "Studios", "Games", "Pay", "Ads",
                            "Ventures", "Labs", "Research", "Health", "Store", "Devices"})
_CLIPPED = 4  # the longest one-word name read as a clipped form of a longer name's first word ("Fed")
_JOINERS = frozenset({"of", "and", "&", "the", "for"})
_WEB_NAME = re.compile(r"([A-Z][\w-]+)\.(?:com|net|org|io|ai)$")


def _acronyms(words: tuple[str, ...]) -> set[str]:
    """The acronyms a name of three or more words may go by.

    The initials of its capitalised words, with and without a company ending ("Taiwan Semiconductor
    Manufacturing Co": TSMC, TSM).
    """
    if len(words) < 3 or any(w not in _JOINERS and not w[:1].isupper() for w in words):
        return set()
    initials = [w[0] for w in words if w not in _JOINERS]
    found = {"".join(initials)}
    if words[-1] in COMPANY_ENDINGS:
        found.add("".join(initials[:-1]))
    return {a for a in found if len(a) >= 3}


def merge_names(names: Iterable[str], configured: frozenset[str] = frozenset()) -> dict[str, str]:
    """Map a short name to the one longer name it begins, where exactly one does.

    "Riverside" -> "Riverside Council" when the corpus also names "Riverside Council" (not "OpenAI" ->
    "OpenAI Foundation", a part of it: DIVISION_WORDS); where several
    begin with it, the one that only adds a company ending ("Apple" -> "Apple Inc" beside "Apple
    Music", "Meta" -> "Meta Platforms" beside "Meta Superintelligence Labs"), else it stays itself;
    "Aurora" -> "Project Aurora" (the rest of a name after a designator such as "Project", or
    after a company opener: "Telekom" -> "Deutsche Telekom"); "Amazon"
    -> "Amazon.com"; an acronym to the one name it abbreviates ("TSMC" -> "Taiwan Semiconductor
    Manufacturing Co", see _acronyms). Names acting together ("Microsoft and Nvidia") take in none.
    Configured entities are never merged: claims.yaml already says who they are.
    """
    unique = set(names) - configured
    beginnings = _beginnings(unique)
    merged: dict[str, str] = {}
    clipped = {name for name in unique if name.istitle() and " " not in name and len(name) <= _CLIPPED}
    for name in sorted(clipped):  # "Fed" for "Federal Reserve": the one longer name whose first word it clips
        longer = {n for n in unique if " " in n and n.split()[0].startswith(name) and n.split()[0] != name}
        if len(longer) == 1:
            merged[name] = next(iter(longer))
    for name in unique:
        if name in merged:
            continue
        longer = beginnings.get(tuple(name.split()), set())
        if len(longer) > 1:  # "Meta Platforms" beside "Meta Superintelligence Labs": the company's own name
            longer = {n for n in longer if all(w in COMPANY_ENDINGS for w in n.split()[len(name.split()) :])}
        if len(longer) == 1:
            merged[name] = next(iter(longer))
    folded: dict[str, list[str]] = defaultdict(list)
    for name in sorted(unique):
        folded[fold(name)].append(name)
    for first, *others in folded.values():  # "Ørsted" and "Orsted": one name, the plain spelling first
        for name in others:
            merged[name] = merged.get(first, first)
    return merged


def longer_names(names: Iterable[str], configured: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Each name that two or more longer names of `names` may be written as (see merge_names), and those names.

    "Samsung" beside "Samsung Electronics" and "Samsung Group": either, as what is said of it tells.
    """
    unique = set(names) - configured
    beginnings = _beginnings(unique)
    return {name: longer for name in unique if len(longer := beginnings.get(tuple(name.split()), set())) > 1}


def _beginnings(unique: set[str]) -> dict[tuple[str, ...], set[str]]:
    """The names each run of first words (or acronym, or name past a designator) may stand for."""
    beginnings: dict[tuple[str, ...], set[str]] = defaultdict(set)  # first words -> longer names
    for name in unique:
        words = tuple(name.split())
        if "and" in words or "&" in words:  # names acting together ("Microsoft and Nvidia"): none of them is all
            continue
        for n in range(1, len(words)):
            if DIVISION_WORDS.isdisjoint(words[n:]):
                beginnings[words[:n]].add(name)
        if len(words) > 1 and (words[0] in DESIGNATORS or words[0] in COMPANY_OPENERS):
            beginnings[words[1:]].add(name)
        web = _WEB_NAME.match(words[0]) if words else None
        if web:  # "Amazon.com Inc": "Amazon"
            beginnings[(web[1],)].add(name)
        for acronym in _acronyms(words):
            beginnings[(acronym,)].add(name)
    return beginnings


_FOLD = str.maketrans({"Ø": "O", "ø": "o", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "ß": "ss", "Ð": "D", "ð": "d",
                       "Þ": "Th", "þ": "th", "Ł": "L", "ł": "l"})


def fold(name: str) -> str:
    """A name without its accents and special letters: "Ørsted" -> "Orsted", "Nestlé" -> "Nestle"."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
