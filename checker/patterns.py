"""Patterns as data: token classes, spaCy Matcher patterns, and the cue words around a number."""

from __future__ import annotations

import re
from typing import Any

from checker.units import CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, UNIT_SYMBOLS, UNIT_WORDS

# --- numbers ---------------------------------------------------------------

SMALL_NUMBERS: dict[str, int] = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
SMALL_NUMBERS.update({w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)})
SMALL_NUMBERS.update({"dozen": 12, "hundred": 100})
FRACTION_WORDS: dict[str, float] = {
    "half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3,
}
SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "B": 1e9,
    "tn": 1e12, "trn": 1e12,
}
SCALE_WORDS_LOWER = frozenset(k for k in SCALES if len(k) > 1)
# vague amounts: the word and the interval of the multiplier it stands for
VAGUE: dict[str, tuple[float, float]] = {
    "tens": (10, 100), "dozens": (24, 144), "hundreds": (100, 1000), "thousands": (1e3, 1e4),
    "millions": (1e6, 1e7), "billions": (1e9, 1e10), "trillions": (1e12, 1e13),
    "several": (3, 9), "scores": (40, 100),
}
DIGITS = re.compile(r"^(?:\d{1,3}(?:[,\u2009\u202f]\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$")
FRACTION = re.compile(r"^\d+/\d+$")

# --- cues around a number ----------------------------------------------------

# Hedges before a figure: phrase -> (bound it sets, approx)
HEDGES: dict[str, tuple[str | None, bool]] = {
    "about": (None, True), "around": (None, True), "roughly": (None, True),
    "approximately": (None, True), "some": (None, True), "~": (None, True), "circa": (None, True),
    "an estimated": (None, True), "estimated": (None, True), "close to": (None, True),
    "more than": ("low", False), "over": ("low", False), "above": ("low", False),
    "at least": ("low", False), "upwards of": ("low", False), "in excess of": ("low", False),
    "no fewer than": ("low", False), "no less than": ("low", False), "exceeding": ("low", False),
    "less than": ("high", False), "fewer than": ("high", False), "under": ("high", False),
    "up to": ("high", False), "as much as": ("high", False), "as many as": ("high", False),
    "at most": ("high", False), "below": ("high", False),
    "nearly": ("high", True), "almost": ("high", True), "just under": ("high", True),
    "just over": ("low", True),
}
MAX_HEDGE_WORDS = max(len(h.split()) for h in HEDGES)

# Change cues just before a figure ("rose 12%", "fell by $3bn") or just after ("a 25% increase")
CHANGE_BEFORE: dict[str, str] = {
    w: "up" for w in (
        "rose rise rises rising risen increased increase increases increasing grew grow grows growing "
        "gained gain gains jumped jump jumps climbed climb climbs up added add adds adding another "
        "boosted raised soared surged").split()
}
CHANGE_BEFORE.update({
    w: "down" for w in (
        "fell fall falls falling fallen decreased decrease decreases decreasing dropped drop drops "
        "declined decline declines lost lose loses shrank shrink cut cuts slashed down reduced plunged "
        "slumped tumbled").split()
})
CHANGE_AFTER: dict[str, str] = {
    "increase": "up", "rise": "up", "jump": "up", "gain": "up", "growth": "up", "hike": "up",
    "decrease": "down", "drop": "down", "decline": "down", "fall": "down", "cut": "down", "loss": "down",
    "reduction": "down", "more": "up",
}

# Words that end the noun phrase after a figure
STOPWORDS = frozenset(
    "a an the of to in on at by for from with and or but as than that which who whom whose this these "
    "those is are was were be been being has have had will would could should may might can its it "
    "their his her our your my we they he she i you them him us per each every over under about into "
    "onto up down out off if when while where so not no nor also just only more most less least very "
    "than then there here such same other another all any some both few many much several already "
    "still even ago last next this year years month months week weeks day days now".split()
)
DETERMINERS = frozenset("a an the its their his her our your my this these those that some".split())
# Verb forms for money: what was done with it -> the noun the report uses
MONEY_VERBS: dict[str, str] = {}
for _base, _noun in {
    "spend": "spending", "invest": "investment", "allocate": "allocation", "pour": "investment",
    "commit": "commitment", "earmark": "allocation", "budget": "budget", "raise": "funding",
    "borrow": "borrowing", "pay": "payment", "acquire": "acquisition", "buy": "purchase",
    "earn": "earnings", "lose": "loss", "cost": "cost", "fund": "funding", "save": "savings",
    "generate": "revenue", "sell": "sale", "plough": "investment", "plow": "investment",
}.items():
    _stem = _base[:-1] if _base.endswith("e") else _base
    for _form in (_base, _base + "s", _stem + "ed", _stem + "ing", _base + "d"):
        MONEY_VERBS[_form] = _noun
MONEY_VERBS.update({
    "spent": "spending", "paid": "payment", "bought": "purchase", "lost": "loss", "sold": "sale",
    "spending": "spending", "committed": "commitment", "committing": "commitment",
})
# Words that link a measured thing to its figure ("capacity of 5 GW", "networks with 2 GW")
LINKERS = frozenset(
    "of with at spanning reaching totaling totalling totalled totaled worth valued is are was were "
    "reach reaches hit hits".split()
)
REFERRING = re.compile(
    r"\b(?:it|its|they|their|them|this|these|he|his|she|her|we|our)\b|\bthe (?:[\w-]+ ){0,3}"
    r"(?:company|firm|group|giant|venture|business|project|maker|owner|platform|startup|conglomerate)\b",
    re.I,
)

# --- token classes and Matcher patterns -------------------------------------

CURRENCY_TOKENS = frozenset(CURRENCY_SYMBOLS) | CURRENCY_CODES
UNIT_TOKENS = frozenset(UNIT_SYMBOLS)


def token_class(text: str) -> str | None:
    """The class of one token for the Matcher patterns, or None."""
    lower = text.lower()
    if DIGITS.match(text) or FRACTION.match(text):
        return "NUM"
    if lower in SMALL_NUMBERS:
        return "WNUM"
    if text in SCALES or lower in SCALE_WORDS_LOWER:
        return "SCALE"
    if lower in VAGUE:
        return "VAGUE"
    if text in CURRENCY_TOKENS or (text.isupper() and text in CURRENCY_CODES):
        return "CUR"
    if lower in CURRENCY_WORDS:
        return "CURWORD"
    if text in UNIT_TOKENS or lower in UNIT_WORDS:
        return "UNIT"
    if lower in FRACTION_WORDS:
        return "FRAC"
    if text in ("-", "–", "—", "to"):
        return "SEP"
    return None


def _c(*classes: str, op: str | None = None) -> dict[str, Any]:
    spec: dict[str, Any] = {"_": {"qc": {"IN": list(classes)}}}
    if op:
        spec["OP"] = op
    return spec


_NUMBER = [_c("NUM", "WNUM"), {"LOWER": {"IN": ["and", "a", "-"]}, "OP": "*"}, _c("WNUM", "FRAC", op="*")]
_SCALE = [{"LOWER": "and", "OP": "?"}, {"LOWER": "a", "OP": "?"}, _c("FRAC", op="?"), _c("SCALE", op="*")]
_UNIT_AFTER = [{"LOWER": "of", "OP": "?"}, _c("CUR", "CURWORD", "UNIT", op="?")]
_PER_CENT = [{"LOWER": {"IN": ["per", "percentage"]}}, {"LOWER": {"IN": ["cent", "points", "point"]}}]
_LEAD = [{"LOWER": {"IN": ["a", "half"]}, "OP": "?"}, {"LOWER": "a", "OP": "?"}]

TOKEN_PATTERNS: list[dict[str, Any]] = [
    {"label": "AMOUNT", "pattern": [_c("CUR", op="?"), *_NUMBER, *_SCALE, *_UNIT_AFTER]},
    {"label": "AMOUNT", "pattern": [_c("CUR", op="?"), *_NUMBER, *_SCALE, *_PER_CENT]},
    {"label": "AMOUNT", "pattern": [*_LEAD, _c("CUR", op="?"), _c("SCALE"), *_UNIT_AFTER]},
    {"label": "AMOUNT", "pattern": [{"LOWER": {"IN": ["a", "an", "another"]}}, _c("UNIT")]},
    {"label": "RANGE", "pattern": [
        _c("CUR", op="?"), *_NUMBER, *_SCALE, _c("CUR", "CURWORD", "UNIT", op="?"), _c("SEP"),
        _c("CUR", op="?"), *_NUMBER, *_SCALE, *_UNIT_AFTER]},
    {"label": "RANGE", "pattern": [
        {"LOWER": "between"}, _c("CUR", op="?"), *_NUMBER, *_SCALE, _c("CUR", "CURWORD", "UNIT", op="?"),
        {"LOWER": "and"}, _c("CUR", op="?"), *_NUMBER, *_SCALE, *_UNIT_AFTER]},
    {"label": "VAGUE", "pattern": [
        _c("VAGUE"), {"LOWER": "of", "OP": "?"}, _c("SCALE", "VAGUE", op="*"),
        {"LOWER": "of", "OP": "?"}, _c("SCALE", "VAGUE", op="*"), *_UNIT_AFTER]},
    {"label": "VAGUE", "pattern": [
        _c("CUR"), _c("VAGUE"), {"LOWER": "of", "OP": "?"}, _c("SCALE", "VAGUE", op="*")]},
]
