"""Figures that two articles telling one story state differently, where slots could not bring them together.

Articles that retell one story repeat its figures. Two documents that agree on at least two figures
(anchors: the same amount in the same unit, or the same floor or cap) tell the same story. Their
figures are then paired one to one: equal figures first, then each remaining figure with the one said
in the most alike words. A pair that differs, is said in alike words (or writes three or more digits
of the other in another order; two, between documents agreeing on three figures or more), reads like
a slip of the same number (the same digits reordered, one digit off, or a power of ten apart; in
another currency, within half of it once converted) and was not already compared in one slot, is
flagged: "119 million" passengers against "129 million". Figures about two names one article never
names are not paired, nor figures more than ten times apart. This catches misreports whose who, what
or when the extractor reads differently in each article (a list label in a blog, a sentence in a
wire) without comparing figures of different slots in general.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from checker.config import Config
from checker.fx import Rates
from checker.measures import normalize, singular
from checker.model import Claim, Comparison, Finding, Period, Slot
from checker.names import fold
from checker.owners import owned
from checker.patterns import EVENT_WORDS, PHRASE_ENDS, SCALE_WORDS_LOWER
from checker.periods import FORECAST, UNDATED
from checker.reconcile import (
    CODES,
    COMMON,
    SLIP_REACH,
    AsOf,
    Placed,
    Retold,
    Scopes,
    _accepts_slot,
    _allowed,
    _apart,
    _as_of_apart,
    _limits,
    _review,
    anchor,
    as_of_dates,
    digits,
    document_rate,
    ends,
    fingerprint,
    holders,
    judged,
    merged_names,
    ordered,
    retold_dates,
    scoped_apart,
    slot_kind,
    slotted,
    widened,
)

CODE = "CC005"
ANCHORS_NEEDED = 2  # figures two documents must agree on before their other figures are paired
LIKE_WORDS = 0.2  # how alike (0-1) the words around two figures must be to pair them
# What writing three or more digits of another figure in another order counts for when pairing figures, as alike
# words do: a headline's repeated "$1 billion" is no better partner for a blog's "$152 million" than "$125 million"
SWAP_LIKENESS = 0.5
REACH = 60  # characters either side of a figure read as its words
CONVERTED_ALIKE = 0.05  # figures in two currencies this close once converted are stated alike
CONVERTED_SLIP = 1.5  # figures in two currencies read as one slipped figure within this factor
SCALE_SLIP_LIKENESS = 0.35  # how alike the words of two one-digit figures a power of ten apart must be
ONE_DIGIT_LIKENESS = 0.3  # how alike the words of two figures of one different digit each ("6 GW", "2 GW") must be
SWAP_DIGITS = 3  # digits two figures must share, reordered, to be paired whatever their words
SURE_ANCHORS = 3  # figures two documents agree on that make two digits reordered enough (see _telling_swap)
_WORD = re.compile(r"[^\W\d_]{3,}")
_NOT_CONTEXT = PHRASE_ENDS | SCALE_WORDS_LOWER | frozenset("percent cent euros dollars pounds".split())


@dataclass(frozen=True)
class Figure:
    """A claim as this pass reads it: its family of units, interval, words and slot."""

    claim: Claim
    family: str
    low: float
    high: float
    named: frozenset[str]  # the words of its object
    around: frozenset[str]  # the words near it in its sentence
    digits: str
    period: str | None  # a period written for it (not implied), else None
    slot: Slot | None
    forecast: bool = False  # a forecast ("expects to take $5.5 billion in charges"), never a restated result


@dataclass(frozen=True)
class Mismatch:
    """Two figures of two documents paired as one, that disagree."""

    a: Figure
    b: Figure
    likeness: float
    anchors: tuple[str, ...]  # the figures the two documents agree on, as the first writes them
    shared: tuple[str, ...]  # the words the two figures share


def restated(claims: list[Claim], slots: dict[Slot, list[Claim]], config: Config,
             dates: dict[str, dt.date | None], rates: Rates, as_of: AsOf | None = None,
             scoped: Scopes | None = None, retold: Retold | None = None) -> list[Finding]:
    """One finding per figure that documents telling one story state differently (see the module)."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_doc[claim.doc].append(claim)
    pairs = list(_same_story(claims))
    if not pairs:
        return []
    as_of = as_of_dates((c for group in slots.values() for c in group), dates) if as_of is None else as_of
    retold = retold_dates(claims, dates) if retold is None else retold
    scoped = Scopes(claims) if scoped is None else scoped
    slot_of = {c.id: slot for slot, group in slots.items() for c in group}
    names = merged_names(claims, config)
    figures: dict[str, list[Figure]] = {}
    for doc in sorted({doc for pair in pairs for doc in pair}):
        read = (_figure(c, slot_of.get(c.id), config) for c in by_doc[doc])
        figures[doc] = [f for f in read if f is not None]
    who = {doc: {names.get(s, s) for c in by_doc[doc] if (s := c.subject)} for doc in figures}
    texts = {doc: fold(" ".join(dict.fromkeys(c.sentence for c in by_doc[doc]))).lower() for doc in figures}

    def told_apart(a: Figure, b: Figure) -> bool:
        """Whether two figures are held by different names, one of which the other's article never names.

        "Orsted's existing Hornsea 2 has 1.3 GW" and a newsletter's "RWE's Sofia wind farm (1.4 GW)":
        the wire never mentions Sofia, so its figure cannot be a slip of Sofia's. Who holds a figure is
        its slot's subject (a buyer's price told from the seller's side too is the seller's) or its own.
        """
        xs, ys = _holders(a), _holders(b)
        if not xs or not ys or any(names.get(x, x) == names.get(y, y) for x in xs for y in ys):
            return False
        return not any(knows(a.claim.doc, y) for y in ys) or not any(knows(b.claim.doc, x) for x in xs)

    def knows(doc: str, name: str) -> bool:
        return names.get(name, name) in who[doc] or fold(name).lower() in texts[doc]

    found: list[Mismatch] = []
    for first, second in pairs:
        # two stories about different companies may share a figure or two (an article naming no one is about none)
        if who[first] & who[second] or not who[first] or not who[second]:
            found.extend(_mismatches(figures[first], figures[second], config, dates, rates, retold,
                                     lambda a, b: told_apart(a, b) or _as_of_apart(a.claim, b.claim, as_of)
                                     or scoped_apart(a.claim, _holder(a), b.claim, _holder(b), scoped)))
    return [_finding(group, names, config, dates, rates, retold) for group in _groups(found)]


def _figure(claim: Claim, slot: Slot | None, config: Config) -> Figure | None:
    q = claim.quantity
    if q.low is None and q.high is None:
        return None
    low, high = widened(q, config.tolerance)
    family = slot_kind(q)
    at = claim.start - claim.sentence_start
    near = claim.sentence[max(0, at - REACH): at] + " " + claim.sentence[at + len(claim.text): at + len(claim.text)
                                                                         + REACH]
    period = claim.period
    written = period.key if period and not period.implied and not period.key.startswith(UNDATED) else None
    return Figure(claim, family, low, high, _words(claim.object or ""), _words(near), digits(claim), written, slot,
                  bool(period and period.key.endswith(FORECAST)))


def _words(text: str) -> frozenset[str]:
    return frozenset(EVENT_WORDS.get(w, singular(w)) for w in _WORD.findall(text.lower()) if w not in _NOT_CONTEXT)


def _same_story(claims: list[Claim]) -> Iterator[tuple[str, str]]:
    """Pairs of documents that state one uncommon figure alike (candidates; the anchors are counted later)."""
    pairs: set[tuple[str, str]] = set()
    for docs in holders(claims).values():
        if 1 < len(docs) <= COMMON:
            ordered = sorted(docs)
            pairs.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:])
    yield from sorted(pairs)


def _mismatches(first: list[Figure], second: list[Figure], config: Config, dates: dict[str, dt.date | None],
                rates: Rates, retold: Retold, told_apart: Callable[[Figure, Figure], bool]) -> list[Mismatch]:
    """The disagreeing pairs of two documents' figures paired one to one, when the documents tell one story."""
    scored: list[tuple[float, int, int, bool, Comparison, float]] = []  # rank, positions, agree, b in a's unit, score
    stated_alike = len({anchor(a.claim) for a in first} & {anchor(b.claim) for b in second} - {None})
    for i, a in enumerate(first):
        for j, b in enumerate(second):
            comparable = _comparable(a, b) and not told_apart(a, b)
            other = _in_unit(b, a.claim.quantity.unit, dates, config, rates, retold,
                             a.claim.period if b.period is None and a.period is not None else None) \
                if comparable else None
            if other is not None:  # None: not comparable, or no rate known
                agree = not _apart(a.low, a.high, other.low, other.high, *_limits(_slot_like(a), config))
                if not agree and _scales_apart(a, other):
                    continue  # "$24.80" a share against "$9.8 billion": no slip, and no pair to take a slip's place
                score = _likeness(a, b) + _agreement(a, b, agree, other)
                swapped = SWAP_LIKENESS if not agree and _telling_swap(a, b, stated_alike) else 0.0  # "$125m",
                # "$152m"; "1.3%", "3.1%" between articles stating three figures alike
                scored.append((score + swapped, i, j, agree, other, score))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    twins_a, twins_b = _twins(first), _twins(second)
    used_a: set[int] = set()
    used_b: set[int] = set()
    glossed_a: set[int] = set()  # glosses whose sum is paired (or sums whose gloss is): they pair only where they agree
    glossed_b: set[int] = set()
    chosen: list[tuple[float, Figure, Figure, bool, Comparison]] = []
    for _, i, j, agree, other, score in scored:
        if i in used_a or j in used_b or not agree and (i in glossed_a or j in glossed_b):
            continue
        used_a.add(i)
        used_b.add(j)
        if i in twins_a:
            glossed_a.add(twins_a[i])
        if j in twins_b:
            glossed_b.add(twins_b[j])
        chosen.append((score, first[i], second[j], agree, other))
    anchors = tuple(a.claim.text for _, a, b, agree, _ in chosen if agree and (
        anchor(a.claim) is not None or anchor(a.claim, bound=True) == anchor(b.claim, bound=True) is not None))
    if len(anchors) < ANCHORS_NEEDED:
        return []
    return [Mismatch(a, b, score, anchors, tuple(sorted((a.named | a.around) & (b.named | b.around))))
            for score, a, b, agree, other in chosen
            if not agree and (score >= LIKE_WORDS or _telling_swap(a, b, max(len(anchors), stated_alike)))
            and (a.slot is None or a.slot != b.slot) and _slip(a, b, other, score)]


def _twins(figures: list[Figure]) -> dict[int, int]:
    """Each sum's bracketed gloss in another currency, by index: "5 billion euros ($5.8 billion)" are one figure.

    Once one of the two is paired, the other pairs only with a figure it agrees with: the other article's
    one "€5bn" leaves the dollars no "€3bn" since 2007 to pair with, nor a "$10bn (€8.6bn)" deal the
    "$8.1bn" its maker was last valued at.
    """
    twins: dict[int, int] = {}
    for k in range(1, len(figures)):
        if figures[k].claim.glosses(figures[k - 1].claim):
            twins[k - 1], twins[k] = k, k - 1
    return twins


def _holders(figure: Figure) -> set[str]:
    """The names a figure is about: its slot's subject and its own."""
    return {name for name in (_holder(figure), figure.claim.subject) if name}


def _holder(figure: Figure) -> str:
    """Who holds a figure: its slot's subject, else its own."""
    return figure.slot.subject if figure.slot else figure.claim.subject or ""


def _telling_swap(a: Figure, b: Figure, anchors: int) -> bool:
    """Whether two figures write the same three or more digits in another order, or in another currency.

    "$455bn" against "$545bn"; "€14.3 billion" against "$14.3 billion" (the currency swapped). Such a pair
    is a slip whatever words surround it: two facts of one story rarely share three digits.
    Two digits are enough between articles that agree on SURE_ANCHORS figures or more, which surely
    tell one story ("$8.9bn" against a blog's "- Price paid: $9.8 billion").
    """
    if len(a.digits) < (SWAP_DIGITS if anchors < SURE_ANCHORS else 2):
        return False
    if a.claim.quantity.unit != b.claim.quantity.unit:
        return a.family == "money" and a.digits == b.digits and _stated(a) == _stated(b)
    return a.digits != b.digits and sorted(a.digits) == sorted(b.digits)


def _agreement(a: Figure, b: Figure, agree: bool, other: Comparison) -> float:
    """How much agreeing counts when pairing two figures (`other`: b in a's unit).

    A figure stated alike, or in another currency within CONVERTED_ALIKE once converted, fully; one
    that only falls within the other's rounding ("1 GW", read as 0.5 to 1.5 GW, against "1.3 GW") or
    under its bound ("€54.2bn" against "up to $100 billion") half.
    """
    if not agree:
        return 0.0
    if a.claim.quantity.unit == b.claim.quantity.unit:
        return 1.0 if math.isclose(_stated(a), _stated(b), rel_tol=1e-9) else 0.5
    bounds = (a.low, a.high, other.low, other.high)
    alike = all(map(math.isfinite, bounds)) and math.isclose(a.low + a.high, other.low + other.high,
                                                           rel_tol=CONVERTED_ALIKE)
    return 1.0 if alike else 0.5


def _comparable(a: Figure, b: Figure) -> bool:
    """Same family of units, same kind of change, both forecasts or neither, and no two different periods written."""
    return (a.family == b.family and _change(a) == _change(b) and a.forecast == b.forecast
            and (a.period is None or b.period is None or a.period == b.period))


def _change(figure: Figure) -> str | None:
    """A figure's kind of change, as its slot reads it: "a further £3.5bn" buyback is a buyback, no rise."""
    change = figure.claim.quantity.change
    return change if figure.slot is None or "(change" in figure.slot.object else None


def _in_unit(figure: Figure, unit: str | None, dates: dict[str, dt.date | None], config: Config,
             rates: Rates, retold: Retold, period: Period | None = None) -> Comparison | None:
    """A figure's interval in another currency at its document's date (as it is in any other unit)."""
    own = figure.claim.quantity.unit
    if figure.family != "money" or own == unit or not own or not unit:
        return Comparison(figure.claim.id, figure.low, figure.high, own)
    rate = document_rate(figure.claim, unit, config, dates, rates, retold, period)
    if rate is None:
        return None
    return Comparison(figure.claim.id, figure.low * rate.rate, figure.high * rate.top, unit, rate.describe())


def _slot_like(figure: Figure) -> Slot:
    return figure.slot or Slot("", "", "", figure.family)


def _likeness(a: Figure, b: Figure) -> float:
    """How alike the words of two figures are (0-1): their objects', the words around them, or half of each."""
    named = _jaccard(a.named, b.named)
    around = _jaccard(a.around, b.around)
    return max(named, around, (named + around) / 2)


def _jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    return len(x & y) / len(x | y) if x and y else 0.0


def _stated(figure: Figure) -> float:
    """The size of the number written: the value, the middle of a range, or the one bound given ("more than 3.3m")."""
    written = ends(figure.claim)
    return abs(sum(written) / len(written)) if written else 0.0


def _scales_apart(a: Figure, other: Comparison) -> bool:
    """Whether a figure and another (`other`, in its unit) are more than SLIP_REACH times apart."""
    small, large = sorted([abs(a.low + a.high), abs(other.low + other.high)])
    return math.isfinite(large) and large > small * SLIP_REACH * 1.001


def _slip(a: Figure, b: Figure, other: Comparison, likeness: float) -> bool:
    """Whether two figures read like one number mistyped or misread rather than two facts (`other`: b in a's unit).

    At most SLIP_REACH times apart, with the same digits (reordered, or a power of ten apart: "150 MW",
    "1.5 GW"), or one digit off; across currencies, where digits say nothing, within CONVERTED_SLIP of
    each other once converted. A power of ten apart with one digit ("70%", "7%") is a slip only when
    said in words as alike as SCALE_SLIP_LIKENESS ("controls about 70% of the voting rights", "controls
    about 7% of the voting power"); two figures of one digit each, which are always a digit apart, only
    when said in words as alike as ONE_DIGIT_LIKENESS ("300 MW" and "400 MW" of one campus, not a
    city's "6 GW" by 2030 and a campus's "2-gigawatt").
    """
    if a.claim.quantity.unit != b.claim.quantity.unit:
        small, large = sorted([abs(a.low + a.high), abs(other.low + other.high)])
        return small > 0 and large <= small * CONVERTED_SLIP
    small, large = sorted([_stated(a), _stated(b)])
    if not small or large > small * SLIP_REACH * 1.001:
        return False
    if a.digits == b.digits:  # a slip of scale alone: a figure of two digits or more is telling, or alike words
        return len(a.digits) >= 2 or likeness >= SCALE_SLIP_LIKENESS
    if len(a.digits) == len(b.digits) == 1:  # any two one-digit figures are a digit apart: alike words must say so
        return likeness >= ONE_DIGIT_LIKENESS
    return sorted(a.digits) == sorted(b.digits) or Levenshtein.distance(a.digits, b.digits) <= 1


def _groups(found: list[Mismatch]) -> list[list[Mismatch]]:
    """Mismatches sharing a figure are one finding: "129 million" against both articles' "119 million"."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for m in found:
        parent[root(m.a.claim.id)] = root(m.b.claim.id)
    groups: dict[str, list[Mismatch]] = defaultdict(list)
    for m in found:
        groups[root(m.a.claim.id)].append(m)
    return sorted(groups.values(), key=lambda g: min((m.a.claim.doc, m.a.claim.start) for m in g))


def _finding(group: list[Mismatch], names: dict[str, str], config: Config, dates: dict[str, dt.date | None],
             rates: Rates, retold: Retold) -> Finding:
    figures = sorted({f.claim.id: f for m in group for f in (m.a, m.b)}.values(),
                     key=lambda f: (f.claim.doc, f.claim.start))
    slot = _slot(figures, names)
    unit = figures[0].claim.quantity.unit
    compared = {f.claim.id: c for f in figures if (c := _in_unit(f, unit, dates, config, rates, retold)) is not None}
    placed = {i: Placed(f.claim, slot, compared[i].low, compared[i].high, unit, None)
              for f in figures if (i := f.claim.id) in compared}
    pairs = [(placed[m.a.claim.id], placed[m.b.claim.id]) for m in group]
    rules = [r for r in config.accepted if _accepts_slot(r, slot)]
    open_pairs, accepted, reasons, ignored = _review(pairs, rules, CODE)
    name, status = CODES[CODE]
    shown = open_pairs or pairs
    a, b = shown[0]
    more = f" (+{len(shown) - 1} more pairs)" if len(shown) > 1 else ""
    verb = "accepted discrepancy" if not open_pairs else "disagree"
    claims = [f.claim for f in figures]
    return Finding(
        id=fingerprint(CODE, slot, claims),
        code=CODE,
        name=name,
        status=status if open_pairs else "accepted",
        slot=slot,
        claims=tuple(c.id for c in claims),
        disagree=tuple((x.claim.id, y.claim.id) for x, y in shown),
        message=(f"{slot.subject} / {slot.object} / {slot.period}: {a.claim.text} ({a.claim.doc}) vs "
                 f"{b.claim.text} ({b.claim.doc}) {verb}{more}"),
        unit=unit,
        comparisons=tuple(compared[f.claim.id] for f in figures if f.claim.id in compared),
        notes=tuple(_evidence(m) for m in group),
        reason="; ".join(reasons) or None,
        method=("articles that agree on two or more figures tell one story; their other figures are paired by "
                "the words around them, and a pair is flagged when it differs like a slip of one number"),
        tolerance=_allowed(slot, config),
        ignored=tuple(sorted(set(ignored))),
    )


def _slot(figures: list[Figure], names: dict[str, str]) -> Slot:
    """What the finding is about, from the first figure that says it: who, what, when."""
    subject = next((names.get(s, s) for f in figures if (s := f.claim.subject)), "(no subject)")
    obj = next((normalize(o) for f in figures if (o := f.claim.object)), "(no object)")
    period = next((f.period for f in figures if f.period), "unknown")
    return Slot(subject, obj, period, figures[0].family)


def _evidence(m: Mismatch) -> str:
    """Why two figures were read as one: the figures their articles agree on and the words they share."""
    agreed = ", ".join(m.anchors[:4]) + (f" and {len(m.anchors) - 4} more" if len(m.anchors) > 4 else "")
    if m.likeness >= LIKE_WORDS:
        why = f"these two are said with \"{' '.join(m.shared[:5])}\" (likeness {m.likeness:.2f})"
    elif m.a.claim.quantity.unit != m.b.claim.quantity.unit:
        why = "these two write the same digits in another currency"
    else:
        why = "these two write the same digits in another order"
    return (f"{m.a.claim.text} ({Path(m.a.claim.doc).name}) and {m.b.claim.text} ({Path(m.b.claim.doc).name}): "
            f"the two articles agree on {len(m.anchors)} figures ({agreed}); {why}")


def all_findings(claims: list[Claim], slots: dict[Slot, list[Claim]], config: Config,
                 dates: dict[str, dt.date | None], rates: Rates | None = None) -> list[Finding]:
    """Every finding on grouped claims: the slots' (see reconcile.judged), then restated figures, in report order."""
    rates = rates or Rates()
    # the dates each article's grouped figures are as of, for both passes
    as_of = as_of_dates((c for group in slots.values() for c in group), dates)
    scoped = Scopes(claims)  # and the places and parties each figure is scoped to, read when asked
    retold = retold_dates(claims, dates)  # and the date each undated article's sums convert at
    return ordered(judged(slots, config, dates, rates, as_of, scoped, retold)
                   + restated(claims, slots, config, dates, rates, as_of, scoped, retold))


def reconcile(claims: list[Claim], config: Config, dates: dict[str, dt.date | None],
              rates: Rates | None = None) -> list[Finding]:
    """Every finding on a set of claims, their list labels' names read (owners.owned), grouped into slots here."""
    claims = owned(claims)
    return all_findings(claims, slotted(claims, config, dates), config, dates, rates)
