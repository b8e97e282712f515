"""What a claim counts or measures: normalising noun phrases and matching them to claims.yaml measures."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from checker.config import Measure
from checker.patterns import (
    CHANGE_NOUNS,
    DEFAULT_OBJECTS,
    DEMONYM,
    INCREMENT_WORDS,
    JOB_CHANGE_NOUNS,
    PART_NOUNS,
    PERIOD_TOKEN,
    PHASE_WORDS,
    SAME_HEAD,
    SAME_MEASURE,
    SAME_MEASURE_AS_WRITTEN,
    SAME_MODIFIER,
)

FUZZY_CUTOFF = 90.0
_HEAD_SIZES = sorted({len(head.split()) for head in SAME_HEAD}, reverse=True)  # longest first
_NON_WORD = re.compile(r"[^\w\s]")
_PERIOD_TOKEN = re.compile(PERIOD_TOKEN, re.I)


_SAME_IN_PLURAL = frozenset("series species news means headquarters".split())


def singular(word: str) -> str:
    """A cheap English singular: GPUs -> gpu, batteries -> battery, buses -> bus."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")) or word in _SAME_IN_PLURAL:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "uses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 16)
def normalize(phrase: str) -> str:
    """Lower case, no possessives or punctuation, each word singular ("GPUs" -> "gpu")."""
    if phrase.lower() in SAME_MEASURE_AS_WRITTEN:  # "sales" is revenue, "a sale" a deal
        return SAME_MEASURE_AS_WRITTEN[phrase.lower()]
    text = re.sub(r"['’]s\b", "", phrase).replace("-", " ")
    text = _NON_WORD.sub(" ", text)
    words = [w[:-1] if len(w) > 2 and w.endswith("s") and w[:-1].isupper() else w for w in text.split()]
    words = [singular(w.lower()) for w in words if not _PERIOD_TOKEN.fullmatch(w.lower())] or \
        [singular(w.lower()) for w in words]  # "Q2 revenue" is revenue; its period is the claim's
    words = [SAME_MODIFIER.get(w, w) for w in words[:-1]] + words[-1:]  # "global supply" is "world supply"
    lead = 1 if len(words) > 2 and words[0] in _PERIOD_ORDINALS and words[1] in _PERIOD_NOUNS else 0
    if len(words) > lead + 1 and words[lead] in _PERIOD_NOUNS:
        words = words[lead + 1 :]  # "third-quarter operating profit", "full-year revenue": its period says when
    for size in _HEAD_SIZES:  # the longest head that has a synonym: "graphics processing unit" before "unit"
        head = " ".join(words[-size:])
        if len(words) >= size and head in SAME_HEAD:
            words = [*words[:-size], SAME_HEAD[head]]
            break
    if len(words) > 1 and words[0] in _CREATED and words[-1] in _CREATED_HEADS:
        words = words[1:]  # "create 5,000 new jobs": the jobs created, as "create 500 jobs" says
    if len(words) > 1 and words[-1] in _LEFT:
        words = words[:-1]  # "€28.8m of cash left": the cash it has; "- Staff affected:" the staff
    if len(words) > 1 and words[-1] in _OUTLOOK_HEADS and words[-2] not in _OUTLOOK_HEADS:
        words = words[:-1]  # "adjusted EBIT guidance", "revenue forecast": the measure forecast, for its period
    norm = " ".join(words)
    return SAME_MEASURE.get(norm, norm)


_PERIOD_ORDINALS = frozenset({"first", "second", "third", "fourth", "full", "fiscal"})
_PERIOD_NOUNS = frozenset({"quarter", "quarterly", "year"})  # not "half": no period the checker reads
_CREATED = frozenset({"new"})
_OUTLOOK_HEADS = frozenset({"forecast", "guidance", "outlook", "projection"})
# After what a figure holds, "what is left of it" is all of it there is; after whom a cut hits, who is affected
_LEFT = frozenset({"left", "remaining", "affected", "impacted"})
_CREATED_HEADS = frozenset({"job"})  # counts that are new by nature (not "new subscribers", an increment of a total)


def named_change(phrase: str) -> tuple[str, str] | None:
    """(what changed, "up" or "down") when a phrase names a change of it: "job cuts" -> ("job", "down")."""
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in JOB_CHANGE_NOUNS:
        return "jobs", "down"
    if len(words) > 1 and words[-1].lower() in CHANGE_NOUNS:
        return " ".join(words[:-1]), CHANGE_NOUNS[words[-1].lower()]
    return None


def _contains(words: list[str], term: list[str]) -> bool:
    n = len(term)
    return any(words[i : i + n] == term for i in range(len(words) - n + 1))


def _compatible(measure: Measure, kind: str) -> bool:
    if measure.kind is None:
        return True
    if measure.kind in ("count", "number"):
        return kind in ("count", "number")
    return measure.kind == kind


def measure_for(phrase: str, kind: str, measures: tuple[Measure, ...]) -> Measure | None:
    """The configured measure a phrase names: a whole term inside it, else a close fuzzy match."""
    if not measures:
        return None
    return _measure_for(phrase, kind, measures)


@lru_cache(maxsize=1 << 16)
def _measure_for(phrase: str, kind: str, measures: tuple[Measure, ...]) -> Measure | None:
    norm = normalize(phrase)
    words = norm.split()
    best: tuple[float, int, Measure] | None = None
    for order, measure in enumerate(measures):
        if not _compatible(measure, kind):
            continue
        for term in (measure.name, *measure.terms):
            t = normalize(term)
            if not t:
                continue
            score = 100.0 + len(t) if _contains(words, t.split()) else fuzz.ratio(norm, t)
            if score >= FUZZY_CUTOFF and (best is None or (score, -order) > (best[0], -best[1])):
                best = (score, order, measure)
    return best[2] if best else None


def _plain_modifiers(phrase: str) -> bool:
    """Whether the words before the head are ordinary modifiers ("electric", "American"; not "H100", "Nvidia").

    A project's phase is no ordinary modifier: "initial capacity" is not the capacity planned.
    """
    *words, head = phrase.replace("-", " ").split() or [""]
    if singular(head.lower()) in _RESULT_HEADS and any(w.lower() not in _WHOLE_RESULT for w in words):
        return False  # "data center revenue" is a segment's, not the company's revenue
    return all(w.isalpha() and (w.islower() or DEMONYM.search(w) is not None) and w.lower() not in PHASE_WORDS
               and w.lower() not in _RATE_WORDS  # "per share" is a rate, not shares
               and w.lower() not in _LOST_WORDS  # "lost revenue" is revenue not made
               and w.lower() not in _ANOTHER_MEASURE  # "unemployment rate" is no interest "rate"
               and w.lower() not in PART_NOUNS  # "chip division operating profit" is a part's
               and w.lower() not in _PART_OF_A_PERIOD  # "first-half operating profit" is a half's, not the year's
               and not (w.lower() in INCREMENT_WORDS and head in _DEFAULT_HEADS) for w in words)  # "new capacity"


_RATE_WORDS = frozenset({"per", "each", "a"})
# A company's results, and the modifiers that leave them the whole company's ("total revenue", "net profit"); any other
# names a part ("data center revenue", "cloud sales")
_RESULT_HEADS = frozenset({"revenue", "sale", "profit", "income", "earning"})
_WHOLE_RESULT = frozenset("total annual quarterly yearly monthly net gross overall group consolidated reported "
                          "adjusted underlying operating core comparable organic full year".split())
_PART_OF_A_PERIOD = frozenset({"half", "first", "second", "third", "fourth", "quarter"})  # "first-half profit"
# Modifiers that make another measure of the head: "unemployment rate" and "interest rate", "services inflation" and
# "core inflation" are never one another, nor the bare "rate" or "inflation"
_ANOTHER_MEASURE = frozenset({"unemployment", "jobless", "inflation", "interest", "tax", "growth", "vacancy",
                              "occupancy", "service", "services", "core", "food", "energy", "wage"})
_LOST_WORDS = frozenset({"lost", "forgone", "missed"})
_DEFAULT_HEADS = frozenset(DEFAULT_OBJECTS.values())  # "new capacity" is capacity to come, not the capacity there is


def _branded(fuller: str, norm: str) -> bool:
    """Whether `fuller` is `norm` with a maker's name before it: "nvidia h100 gpu" and "h100 gpu"."""
    extra = fuller[: -len(norm)].split()
    return fuller.endswith(" " + norm) and len(extra) == 1 and extra[0].isalpha() and extra[0] not in _PART_OF_A_PERIOD


def is_rate(phrase: str) -> bool:
    """Whether an object phrase names a rate: "per share", "earnings per share", "right per share"."""
    return " per " in f" {phrase}"


def merge_objects(phrases: list[str]) -> dict[str, str]:
    """Map each phrase of one subject and period to the object it counts, merging plain variants.

    "electric buses" and "buses" are one object when no other "... buses" competes; "H100 GPUs"
    stays apart from "GPUs" (a product name is a part, not a synonym); near-identical spellings
    with the same head meet (rapidfuzz ratio >= 92), as do the same words in another order ("Grace
    Blackwell GB300 chips", "GB300 Grace Blackwell chips").
    """
    norms = {p: normalize(p) for p in phrases}
    by_head: dict[str, set[str]] = {}
    for norm in norms.values():
        if norm:
            by_head.setdefault(norm.split()[-1], set()).add(norm)
    canonical: dict[str, str] = {}
    for phrase, norm in norms.items():
        if not norm:
            canonical[phrase] = norm
            continue
        head = norm.split()[-1]
        variants = by_head[head]
        modified = {v for v in variants if v != head}
        if head in variants and len(modified) == 1 and norm in modified and _plain_modifiers(phrase):
            canonical[phrase] = head
            continue
        fuller = [v for v in modified if v != norm and set(norm.split()) < set(v.split())
                  and not is_rate(v)]  # a rate of a named thing ("right per share") is no plain rate
        if len(norm.split()) > 1 and len(fuller) == 1 and (_plain_modifiers(fuller[0]) or _branded(fuller[0], norm)):
            canonical[phrase] = fuller[0]  # "monthly users" is "monthly active users" when nothing else competes
            continue
        close = sorted(v for v in variants if v != norm and _models(v) == _models(norm)
                       and (fuzz.ratio(v, norm) >= MERGE_CUTOFF or sorted(v.split()) == sorted(norm.split())))
        canonical[phrase] = min([norm, *close])
    return _one_model(canonical)


def _models(norm: str) -> frozenset[str]:
    """The model numbers among a phrase's modifiers: "gb200 gpu" -> {"gb200"} (never "b200": another chip)."""
    return frozenset(w for w in norm.split()[:-1] if _MODEL_WORD.fullmatch(w))


def _one_model(canonical: dict[str, str]) -> dict[str, str]:
    """Phrases with one head naming one model, the same, count the same things: one object, the least.

    "instinct mi450 gpu" and "mi450 artificial intelligence gpu", however the rest is worded.
    """
    named: dict[tuple[frozenset[str], str], str] = {}
    for norm in canonical.values():
        models = _models(norm)
        if len(models) == 1:
            key = (models, norm.split()[-1])
            named[key] = min(named.get(key, norm), norm)
    return {phrase: named.get((_models(norm), norm.split()[-1]), norm) if norm else norm
            for phrase, norm in canonical.items()}


_MODEL_WORD = re.compile(r"(?=\w*\d)(?=\w*[a-z])[a-z0-9]{2,}")  # "mi450", "h100", "gb300" (not "2025" or "787")


MERGE_CUTOFF = 92.0
