"""Group claims into slots (who, what, when) and flag the figures that disagree."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import hashlib
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from checker.config import Accepted, Config, Fact, Tolerance
from checker.fx import FxRate, Rates
from checker.measures import measure_for, merge_objects, normalize, singular
from checker.model import Claim, Comparison, Finding, Period, Quantity, Slot, Trend
from checker.names import longer_names, merge_names
from checker.parties import REFERRED, party_key, party_of
from checker.patterns import AGREEMENT_NOUNS, HOLDER_NOUNS, INCREMENT_WORDS, PARTY_DEALS, SET_RATE, STATE_HOLDERS
from checker.periods import FISCAL_QUARTER_KEY, QUARTER_KEY, UNDATED, from_headline, in_year, so_far
from checker.places import CAPITAL_OF, COUNTRY_OF_PEOPLE, PLACE_ALIASES, known_place, other_places, place_of
from checker.units import rate_per, yearly

CODES: dict[str, tuple[str, str]] = {
    # code: (name, status)
    "CC001": ("value-conflict", "conflict"),
    "CC002": ("conflict-after-conversion", "conflict"),
    "CC003": ("part-exceeds-whole", "conflict"),
    "CC004": ("contradicts-known-fact", "conflict"),
    "CC005": ("restated-differently", "conflict"),
    "CC101": ("consistent", "consistent"),
    "CC102": ("consistent-after-conversion", "consistent"),
    "CC103": ("scope-difference", "consistent"),
    "CC104": ("matches-known-fact", "consistent"),
    "CC201": ("not-comparable", "not-comparable"),
}


@dataclass(frozen=True)
class Placed:
    """A claim with the slot it belongs to and its interval in the slot's common unit."""

    claim: Claim
    slot: Slot
    low: float
    high: float
    unit: str | None
    rate: FxRate | None


def slot_of(claim: Claim, config: Config, objects: dict[str, str] | None = None,
            subject: str | None = None, period: str | None = None) -> Slot | None:
    """The slot a claim belongs to, or None when its subject or object is unknown.

    `objects` maps unconfigured object phrases to the object they were merged into (merge_objects);
    `subject` is the name the claim's subject was merged into (merge_names), if another; `period` the key
    its period is known by in the corpus (see fiscal_keys), if another.
    """
    q = claim.quantity
    subject = subject or claim.subject
    if subject is None or claim.object is None:
        return None
    kind = slot_kind(q)
    measure = measure_for(claim.object, kind.split(" ")[0], config.measures)
    if kind == "count" and q.high is not None and _few(q.high):
        kind = FEW  # "five new vehicles" are models, never 1.2 million vehicles sold
    unplaced = _unplaced(claim)
    obj = measure.name if measure else normalize(unplaced) if unplaced != claim.object \
        else (objects or {}).get(claim.object) or normalize(claim.object)
    if not obj:
        return None
    if kind == "money" and not measure:
        obj = "investment" if _is_site(claim) else _HOLDINGS.get(obj, obj)
    if kind == "percent (%)" and not measure and obj.rpartition(" ")[2] in _HOLDERS:
        obj = "stake"  # "- Skyworks shareholders: 37%", "- German government: 21%"
    if q.change and obj not in _FURTHER_BY_NATURE:
        obj = f"{obj} (change {q.change})"
    return Slot(subject, obj, period or _period_key(claim), kind)


def _unplaced(claim: Claim) -> str:
    """A claim's object without the place its figure is scoped to: "$10 Billion Oklahoma Bet" is a bet (in Oklahoma).

    Nor the other party a deal word names: "Nvidia's $5 Billion Synopsys Bet", "Google's $32 billion Wiz
    takeover", "bought Synopsys shares worth $2bn": a bet, a takeover, shares (the party tells deals apart).
    """
    phrase = claim.object or ""
    words = phrase.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return phrase
    if claim.quantity.kind == "money" and words[-1].lower() in PARTY_DEALS \
            and all(w[:1].isupper() for w in words[:-1]) and party_key(words[0]) == _party_said(claim):
        return words[-1].lower()
    written = known_place(words[:-1], compared=False)
    if written is None or known_place(written.split()) != _place_said(claim):
        return phrase
    return phrase[len(written) :].strip()


# What is a further sum by nature, whether or not the article says "a further" ("up to a further $2.25 billion if
# targets are met" is the earnout, no rise of it; "will buy back a further £3.5bn of shares", the quarter's buyback)
_FURTHER_BY_NATURE = frozenset({"contingent payment", "share buyback"})  # a buyback's "further" is its next tranche
# A sum a site in a named place is said to be is what is put into it there: "a $5.8 billion steel plant in Louisiana"
_SITES = frozenset("plant factory gigafactory fab megafab mill steelwork smelter refinery facility campus".split())


def _superseded(old: Claim, new: Claim, before: Sequence[Claim], dates: dict[str, dt.date | None]) -> bool:
    """Whether `new`'s article, dated after `old`'s, says `old`'s figure is what the slot held before it changed.

    "Alphabet raised its 2025 capital spending forecast to between $91 billion and $93 billion from $85
    billion" (October 29): an article of October 15 that gives the forecast as $85 billion was right then.
    """
    said, then = dates.get(old.doc), dates.get(new.doc)
    return said is not None and then is not None and said < then and any(
        e.doc == new.doc and e.quantity.unit == old.quantity.unit and ends(e) == ends(old) for e in before)


EARLIER = " earlier"  # a period key's ending for what held before a change (periods: "2025 earlier")


def _is_site(claim: Claim) -> bool:
    """Whether a sum is what a site in a named place is said to be: "a $5.8 billion steel plant in Louisiana"."""
    words = normalize(claim.object or "").split()
    return claim.quantity.kind == "money" and bool(words) and words[-1] in _SITES and _place_said(claim) is not None


# A sum paid for shares is a stake in their company, whatever the article calls the shares bought
_HOLDINGS = dict.fromkeys(["share", "stock", "common stock"], "stake")
# The part of a company its holders hold is their stake: "- Skyworks shareholders: 37%", "will own about 63%"
_HOLDERS = frozenset({*(singular(noun) for noun in HOLDER_NOUNS), *STATE_HOLDERS})


def slot_kind(q: Quantity) -> str:
    """What a figure can be compared with: counts with bare numbers, money with money, power in W with power."""
    kind = "count" if q.kind in ("count", "number") else q.kind
    return f"{kind} ({q.unit})" if q.kind not in ("money", "count", "number") and q.unit else kind


SMALL = 10  # counts below this ("two campuses") are too common to show two articles tell one story
FEW = "count (few)"  # the slot kind of counts below SMALL: compared with each other only


def _few(count: float) -> bool:
    """Whether a count is one of the few (1 to SMALL - 1) that slots keep apart from larger counts."""
    return 0 < count < SMALL


def anchor(claim: Claim, bound: bool = False) -> tuple[str, str, str] | None:
    """The key of a figure that can show two documents tell one story (a stated point, not a small count).

    A closed range stated alike counts too ("4.00% to 4.25%" and "4 per cent to 4.25 per cent"), not a vague
    amount ("dozens") nor a range of counts.

    With `bound`, a floor or a cap is keyed by its bound: "at least $10 billion" tells the headline's
    "$10 Billion" (Scopes), and two articles writing "more than $10 billion" agree on it (restate); but
    a floor does not make the documents that state it candidates for one story (holders).
    """
    q = claim.quantity
    family = slot_kind(q)
    value = q.value
    if bound and value is None and (q.low is None) != (q.high is None):
        value = q.low if q.low is not None else q.high
    if value is None and q.low is not None and q.high is not None and not q.approx and family != "count":
        return family, q.unit or "", f"{q.low:.4g}-{q.high:.4g}"  # a range stated alike: "4.00% to 4.25%"
    if value is None or (family == "count" and abs(value) < SMALL):
        return None
    return family, q.unit or "", f"{value:.4g}"


VAGUE_SPAN = 3  # a range whose high end is this many times its low end, hedged, is a vague amount
VAGUE_SLACK = 2  # how far a vague amount reaches beyond its range, as a factor (see widened)


def widened(q: Quantity, tol: Tolerance) -> tuple[float, float]:
    """The interval a stated figure stands for: implied precision, then hedges.

    A vague amount ("hundreds of billions", "tens of thousands") states a magnitude: it stands for
    half its low end to twice its high end, so that only a figure of another magnitude disagrees
    with it ("hundreds of GPUs" against 600,000, not "hundreds of billions" against $67bn). A change
    written with its sign ("-4%", down) is its size, as "fell 4%" is. A floor ("more than $29
    billion") reaches FLOOR_REACH units of its last significant digit above it, as its writer rounded
    a figure down; a cap ("up to $100 billion") stays open below, as plans are capped far above a start.
    """
    if q.change and q.high is not None and q.high < 0:
        q = dataclasses.replace(q, value=None if q.value is None else -q.value, low=-q.high,
                                high=None if q.low is None else -q.low)
    if q.value is None and q.approx and q.low is not None and q.high is not None and 0 < q.low * VAGUE_SPAN <= q.high:
        return q.low / VAGUE_SLACK, q.high * VAGUE_SLACK
    p = q.precision if tol.implied_precision else 0.0
    low = -math.inf if q.low is None else q.low - p
    high = math.inf if q.high is None else q.high + p
    if q.high is None and q.low is not None and not q.approx and p and q.low > 0:
        high = q.low + FLOOR_REACH * 2 * p  # "more than $29 billion": not $39 billion
    if q.approx:
        a = _approx(q, tol)
        if q.low is None and q.high is not None:  # "nearly X", "almost X": just under X, never over it
            low = q.high - abs(q.high) * a
        elif q.high is None and q.low is not None:  # "just over X"
            high = q.low + abs(q.low) * a
        else:
            if q.low is not None:
                low = min(low, q.low - abs(q.low) * a)
            if q.high is not None:
                high = max(high, q.high + abs(q.high) * a)
    return low, high


FLOOR_REACH = 1  # a floor ("more than X") reaches this many units of its last significant digit above X
APPROX_DIGITS = 10  # a hedge widens a figure by at most this many units of its last significant digit
FINE_APPROX_DIGITS = 2  # ... or this many, for a figure written to the digit its writer knows (see _approx)
FINE_FROM = 100  # a figure this many units of its last significant digit or more has three significant digits


def _approx(q: Quantity, tol: Tolerance) -> float:
    """How much a hedge widens a figure, relative.

    `tolerance.approx`, but at most APPROX_DIGITS units of its last significant digit: "about $80
    billion" is ±10%, a round figure. A figure of three significant digits or more, or of two whose last
    is not a zero, is written to the digit its writer knows, so its hedge reaches FINE_APPROX_DIGITS
    units: "about 791,000" is ±2,000, "around 8,500" ±200 (not the 8,250 it was written for), "about $32
    billion" ±$2bn.
    """
    size = abs(q.value if q.value is not None else (q.high if q.high is not None else q.low) or 0.0)
    if not q.precision or not size or not tol.implied_precision:
        return tol.approx
    unit = 2 * q.precision
    units = round(size / unit)
    fine = units >= FINE_FROM or (units >= 10 and units % 10 != 0)
    digits = FINE_APPROX_DIGITS if fine else APPROX_DIGITS
    return min(tol.approx, digits * unit / size)


def _tolerance(slot: Slot, config: Config) -> float:
    for m in config.measures:
        if m.name == slot.object and m.tolerance is not None:
            return m.tolerance
    return config.tolerance.for_kind(slot.kind.split(" ")[0])


def disagree(a: Placed, b: Placed, config: Config) -> bool:
    """Whether two placed claims conflict: disjoint intervals, gap beyond the tolerance."""
    return _apart(a.low, a.high, b.low, b.high, *_limits(a.slot, config))


def _limits(slot: Slot, config: Config) -> tuple[bool, float]:
    """How a slot's gaps are judged: in percentage points (and how many), or relative (and how much)."""
    if slot.kind.startswith("percent"):
        return True, config.tolerance.percent_points
    return False, _tolerance(slot, config)


def _apart(l1: float, h1: float, l2: float, h2: float, points: bool, limit: float) -> bool:
    """Whether two intervals are further apart than the limit allows.

    Intervals that only touch are apart when nothing is tolerated: "1 GW" (0.5-1.5) and "2 GW"
    (1.5-2.5) are two different roundings, as no figure rounds to both.
    """
    if h1 <= l2 and not (h1 == l2 and limit):
        gap, ref = l2 - h1, max(abs(h1), abs(l2))
    elif h2 <= l1 and not (h2 == l1 and limit):
        gap, ref = l1 - h2, max(abs(h2), abs(l1))
    else:
        return False
    if gap == 0:
        return l1 != h1 or l2 != h2  # two points at the same value agree
    if points:
        return gap > limit
    return ref == 0 or gap / ref > limit


PAIR_LIMIT = 1_000  # disagreeing pairs listed in one finding; past it, a cover (see conflicting_pairs)


def conflicting_pairs(placed: list[Placed], config: Config) -> tuple[list[tuple[int, int]], int]:
    """The disagreeing pairs as (i, j) indices into `placed`, i < j, sorted; and how many pairs disagree.

    Up to PAIR_LIMIT pairs, all of them. Past it (a slot of thousands of figures, usually claims
    attributed to the wrong subject), a cover: each disputed claim with the nearest claim above it that
    disagrees, and each claim above with the lowest one, so the finding names every disputed claim in
    linear space instead of listing millions of pairs.

    Claims are sorted by their low end: the claims entirely above a claim are a suffix of that order,
    and for figures that are not negative the ones that disagree with it are a suffix of that suffix,
    found by bisection. Two readings of one spot of one document never disagree with each other.
    """
    n = len(placed)
    if n < 2:
        return [], 0
    points, limit = _limits(placed[0].slot, config)
    order = sorted(range(n), key=lambda i: (placed[i].low, placed[i].high))
    lows = [placed[i].low for i in order]
    spots = [(p.claim.doc, p.claim.start) for p in placed]
    unique_spots = len(set(spots)) == n

    def apart(i: int, j: int) -> bool:
        a, b = placed[i], placed[j]
        return _apart(a.low, a.high, b.low, b.high, points, limit) and spots[i] != spots[j]

    hits: list[Sequence[int]] = []  # per claim, positions in `order` of the claims above it that disagree
    for i, a in enumerate(placed):
        lo = bisect.bisect_left(lows, a.high)  # a claim that only touches may disagree (see _apart)
        if unique_spots and a.high >= 0:
            hi = n
            while lo < hi:  # the first disagreeing position: past it, every claim disagrees
                mid = (lo + hi) // 2
                lo, hi = (lo, mid) if apart(i, order[mid]) else (mid + 1, hi)
            hits.append(range(lo, n))
        else:
            hits.append([k for k in range(lo, n) if apart(i, order[k])])
    bounds = _bounds_apart(placed, points, limit, spots) | _ranges_apart(placed, points, limit, spots)
    total = sum(map(len, hits)) + len(bounds)
    if total <= PAIR_LIMIT:
        pairs = {_ordered(i, order[k]) for i, ks in enumerate(hits) for k in ks}
        return sorted(pairs | bounds), total
    return sorted(_cover(hits, order, n) | bounds), total


def _bounds_apart(placed: list[Placed], points: bool, limit: float,
                  spots: list[tuple[str, int]]) -> set[tuple[int, int]]:
    """Pairs of claims bounded on the same side whose bounds disagree.

    "Up to $2 billion" and "as much as $3 billion" state two caps for one figure, though both
    intervals overlap. Each bound stands for its own interval (precision and hedge on both sides, see
    _cap); few claims are bounds, and they are compared pair by pair (at most BOUNDS_COMPARED a side).
    A looser bound written rounder than the tighter is no disagreement (see _rounded_looser).
    """
    found: set[tuple[int, int]] = set()
    for side in ("high", "low"):
        caps = [(i, cap) for i, p in enumerate(placed) if (cap := _cap(p, side)) is not None][:BOUNDS_COMPARED]
        for x, (i, a) in enumerate(caps):
            for j, b in caps[x + 1 :]:
                if spots[i] != spots[j] and _apart(*a, *b, points, limit) \
                        and not _rounded_looser(placed[i], placed[j], a[0] < b[0], side):
                    found.add(_ordered(i, j))
    return found


def _ranges_apart(placed: list[Placed], points: bool, limit: float,
                  spots: list[tuple[str, int]]) -> set[tuple[int, int]]:
    """Pairs of closed ranges whose ends disagree, though the ranges overlap or touch.

    A range states both its ends: guidance of "$6 billion to $6.5 billion" and "$6.5 billion to $7.5
    billion" are two forecasts, not one: both ends moved the same way. A range inside another is not
    flagged, as guidance narrows ("$66 billion to $72 billion", later "$70 billion to $72 billion"). The
    ends are compared as written (see _ends); a hedged range ("about 5-7%") states no ends that exactly,
    and a range converted from another currency neither ("€58 billion to €63 billion" rounds its
    dollars' ends its own way). Few claims are closed ranges, and they are compared pair by pair (at
    most BOUNDS_COMPARED).
    """
    ranges = [(i, ends) for i, p in enumerate(placed) if p.rate is None and (ends := _ends(p)) is not None]
    ranges = ranges[:BOUNDS_COMPARED]
    found: set[tuple[int, int]] = set()
    for x, (i, (low_a, high_a)) in enumerate(ranges):
        for j, (low_b, high_b) in ranges[x + 1 :]:
            a, b = placed[i], placed[j]
            if spots[i] != spots[j] and not _apart(a.low, a.high, b.low, b.high, points, limit) \
                    and _apart(low_a, low_a, low_b, low_b, points, limit) \
                    and _apart(high_a, high_a, high_b, high_b, points, limit) and (low_a < low_b) == (high_a < high_b):
                found.add(_ordered(i, j))  # (ranges apart as wholes are pairs already)
    return found


def _ends(p: Placed) -> tuple[float, float] | None:
    """The two ends of a closed, unhedged range, in the slot's unit; None for any other claim.

    A range's ends are bounds stated as written: "$6 billion to $6.5 billion" ends at 6 and 6.5, not
    anywhere from 5.5 to 6.5 as "$6 billion" alone would be.
    """
    q = p.claim.quantity
    if q.value is not None or q.low is None or q.high is None or q.approx or q.low >= q.high \
            or math.isinf(p.low) or math.isinf(p.high):
        return None
    rate = rated[1] if (rated := yearly(q.unit, q.per)) else 1.0
    return q.low * rate, q.high * rate


def _rounded_looser(p: Placed, q: Placed, p_lower: bool, side: str) -> bool:
    """Whether the looser of two bounds on one side is the tighter rounded to fewer digits, so holds with it.

    "Up to $3 billion" and "up to $2.5 billion": 2.5 rounded up to one digit is 3 ("up to $4 billion"
    against it states another cap). Floors compare as bounds only with no implied precision (see
    widened), and round down: "more than a million" and "more than 1.6 million". In one unit only:
    across currencies digits say nothing.
    """
    looser, tighter = (p, q) if p_lower == (side == "low") else (q, p)
    if looser.claim.quantity.unit != tighter.claim.quantity.unit:
        return False
    bound, tight = (looser.claim.quantity.low, tighter.claim.quantity.low) if side == "low" else \
        (looser.claim.quantity.high, tighter.claim.quantity.high)
    places = len(digits(looser.claim))
    if bound is None or tight is None or bound <= 0 or tight <= 0 or places >= len(digits(tighter.claim)):
        return False
    step = 10 ** (math.floor(math.log10(tight)) - places + 1)
    rounded = (math.floor if side == "low" else math.ceil)(tight / step) * step
    return math.isclose(rounded, bound, rel_tol=1e-9)


BOUNDS_COMPARED = 200


def _cap(p: Placed, side: str) -> tuple[float, float] | None:
    """The interval of the one bound of a claim bounded on `side` only ("up to X": X's), in the slot's unit."""
    q, rate = p.claim.quantity, (p.rate.rate if p.rate else 1.0)
    rate *= rated[1] if (rated := yearly(q.unit, q.per)) else 1.0  # "up to 900,000 a month": 10.8 million a year
    if side == "high" and p.low == -math.inf and q.high is not None and p.high != math.inf:
        return 2 * q.high * rate - p.high, p.high
    if side == "low" and p.high == math.inf and q.low is not None and p.low != -math.inf:
        return p.low, 2 * q.low * rate - p.low
    return None


def _ordered(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


def _cover(hits: list[Sequence[int]], order: list[int], n: int) -> set[tuple[int, int]]:
    """Each disputed claim in one pair at least: with the nearest claim above it, and a claim below it.

    `hits[i]` holds the positions (in `order`) of the claims above claim i that disagree with it: a
    range when they are all from some position up.
    """
    pairs = {_ordered(i, order[ks[0]]) for i, ks in enumerate(hits) if ks}
    runs = [(ks.start, i) for i, ks in enumerate(hits) if isinstance(ks, range) and ks]
    covered = n
    if runs:  # the claim whose run starts lowest disagrees with everything from there up
        covered, lowest = min(runs)
        pairs.update(_ordered(lowest, order[k]) for k in range(covered, n))
    below: dict[int, int] = {}
    for i, ks in enumerate(hits):
        if not isinstance(ks, range):
            for k in ks:
                if k < covered:
                    below.setdefault(k, i)
    pairs.update(_ordered(i, order[k]) for k, i in below.items())
    return pairs


def _pivot(claims: list[Claim]) -> str | None:
    units = Counter(_currency(c.quantity.unit) for c in claims if c.quantity.kind == "money")
    if not units:
        return None
    return sorted(units.items(), key=lambda kv: (-kv[1], kv[0] != "USD", kv[0] or ""))[0][0]


def _currency(unit: str | None) -> str | None:
    """A money unit's currency, without what it is per ("EUR/yr" -> "EUR")."""
    return unit.partition("/")[0] if unit else unit


def _set_rate(slot: Slot) -> bool:
    """Whether a slot holds a rate a bank or a government sets (patterns.SET_RATE), compared as written."""
    return slot.kind.startswith("percent") and SET_RATE.search(slot.object) is not None


def _place(claims: list[Claim], slot: Slot, config: Config, dates: dict[str, dt.date | None],
           rates: Rates, pivot: str | None = None, retold: Retold | None = None) -> tuple[list[Placed], list[str]]:
    """Bring a slot's claims into one unit (`pivot`, else the commonest currency).

    Claims that cannot be converted are set aside with a note.
    """
    pivot = pivot or _pivot(claims)
    placed: list[Placed] = []
    notes: list[str] = []
    tolerance = config.tolerance
    if _set_rate(slot):  # "a deposit rate of 2%" is 2%, not 1.5% to 2.5%
        tolerance = dataclasses.replace(tolerance, implied_precision=False)
    for claim in claims:
        low, high = widened(claim.quantity, tolerance)
        unit, per = claim.quantity.unit, ""
        rated = yearly(unit, claim.quantity.per)
        if rated is not None:  # "900,000 wafers a month" is 10.8 million a year, as many as a year's count
            low, high = low * rated[1], high * rated[1]
            per = "/yr" if claim.quantity.kind == "money" else ""  # a yearly sum stays apart from a total
        elif unit and "/" in unit and claim.quantity.kind == "money":  # "$52 a barrel"
            per = "/" + rate_per(unit)
        elif claim.quantity.kind == "money" and _ANNUAL.search(claim.object or ""):
            per = "/yr"  # "annual cost savings of $2.75 billion" is "savings of $2.75bn a year"
        unit = _currency(unit) if claim.quantity.kind == "money" else (None if rated else unit)
        rate: FxRate | None = None
        if pivot and unit and unit != pivot:
            rate = document_rate(claim, pivot, config, dates, rates, retold)
            if rate is None:
                notes.append(f"{claim.text} ({claim.doc}) not compared: no ECB rate for {unit}/{pivot}")
                continue
            low, high, unit = low * rate.rate, high * rate.top, pivot
        placed.append(Placed(claim, slot, low, high, f"{unit or ''}{per}" or None, rate))
    return _one_rate(placed, notes)


_ANNUAL = re.compile(r"\b(?:annual|yearly)\b", re.I)  # an object that says its sum is a year's


def _one_rate(placed: list[Placed], notes: list[str]) -> tuple[list[Placed], list[str]]:
    """Only figures of one rate are compared, the commonest (ties: no rate); the others are set aside with a note.

    A yearly sum ("€2.5bn a year") is no total, nor is a barrel's price.
    """
    pers = Counter(rate_per(p.unit) for p in placed)
    if len(pers) < 2:
        return placed, notes
    kept = min(pers.items(), key=lambda kv: (-kv[1], kv[0] != "", kv[0]))[0]
    for p in placed:
        if (per := rate_per(p.unit)) != kept:
            notes.append(f"{p.claim.text} ({p.claim.doc}) not compared: "
                         + (f"a rate per {_PER_NAMES.get(per, per)}" if per else "no rate") + " against "
                         + (f"rates per {_PER_NAMES.get(kept, kept)}" if kept else "figures with no rate"))
    return [p for p in placed if rate_per(p.unit) == kept], notes


_PER_NAMES = {"yr": "year", "mo": "month", "wk": "week", "d": "day", "h": "hour"}




Retold = dict[str, dt.date]  # per undated document, the date of the latest dated article it retells


def document_rate(claim: Claim, quote: str, config: Config, dates: dict[str, dt.date | None],
                  rates: Rates, retold: Retold | None = None, period: Period | None = None) -> FxRate | None:
    """The ECB rate from a money claim's currency into another on its document's date.

    An undated document's is default_date, else the date of the latest dated article it retells
    (see retold_dates), else the latest rate. A figure for a period over by then ("last year") may have
    been converted on any day of it: it converts at every rate between the lowest and highest of the
    period and that date's (FxRate.rate to FxRate.top); `period`, when given, is the period written for
    the figure it is compared with, which it shares.
    """
    base = _currency(claim.quantity.unit) or ""
    day = dates.get(claim.doc) or config.default_date
    told = retold.get(claim.doc) if day is None and retold else None
    day = day or told
    rate = rates.rate(base, quote, day)
    if rate is None:
        return None
    if dates.get(claim.doc) is not None:  # a dated article's writer converted on the day or the day before
        rate = rates.eve(rate)
    period = period or claim.period
    span = _period_span(period.key) if period and not period.implied and day else None
    band = rates.band(base, quote, *span) if span and day and span[1] < day else None
    if band and period:  # "BHP's £39bn approach last year": converted then, at a rate of that year
        rate = dataclasses.replace(rate, rate=min(band[0], rate.rate), high=max(band[1], rate.top),
                                   over=period.label)
    return dataclasses.replace(rate, retold=True) if told is not None else rate


def retold_dates(claims: Iterable[Claim], dates: dict[str, dt.date | None]) -> Retold:
    """Per undated document that retells dated articles (see as_of_dates), the latest of their dates.

    A blog that repeats a July wire's figures was written after it, in the same days: its euros are
    converted at the wire's date rather than at the latest rate. Told from every figure of the articles,
    those grouped into no slot too: a blog's "- Fine: €2.95 billion" retells a wire's "was fined 2.95
    billion euros" whatever either is read to measure.
    """
    as_of = as_of_dates(claims, dates)
    return {doc: max(days) for doc, days in as_of.items() if dates.get(doc) is None and days}


def fingerprint(code: str, slot: Slot, claims: Iterable[Claim]) -> str:
    """Stable id from the code, the slot and the sorted (path, value) pairs; never line numbers."""
    parts = sorted(f"{c.doc}={_value_key(c.quantity)}" for c in claims)
    raw = "|".join([code, slot.subject, slot.object, slot.period, slot.kind, *parts])
    return f"{code}-{hashlib.sha256(raw.encode()).hexdigest()[:12]}"


def _value_key(q: Quantity) -> str:
    def g(x: float | None) -> str:
        return "-" if x is None else f"{x:.6g}"

    return f"{g(q.low)}..{g(q.high)}{q.unit or ''}"


def _accepts_slot(rule: Accepted, slot: Slot) -> bool:
    """Whether an acceptance rule's subject, measure and period (where given) are the slot's."""
    return all(wanted is None or wanted == got for wanted, got in
               ((rule.subject, slot.subject), (rule.measure, slot.object), (rule.period, slot.period)))


def _accepts_pair(rule: Accepted, pair: tuple[Placed, Placed]) -> bool:
    """Whether a rule already matching the slot accepts a pair: it names one of the pair's figures, or none."""
    if rule.figures:
        wanted = {f.lower() for f in rule.figures}
        return any(p.claim.text.lower() in wanted for p in pair)
    return True


Pairs = list[tuple[Placed, Placed]]


def _review(conflicting: Pairs, rules: list[Accepted], code: str) -> tuple[Pairs, Pairs, list[str], list[str]]:
    """Split disagreeing pairs into open and accepted ones, with the reasons and the ignore comments used.

    A pair is accepted by a claims.yaml rule (already known to match the slot) or a claimcheck-ignore.
    """
    open_pairs: Pairs = []
    accepted: Pairs = []
    reasons: list[str] = []
    ignored: list[str] = []
    for pair in conflicting:
        ignore = next((p.claim for p in pair if _ignores(p.claim, code)), None)
        rule = next((r for r in rules if _accepts_pair(r, pair)), None)
        if ignore is None and rule is None:
            open_pairs.append(pair)
            continue
        accepted.append(pair)
        if ignore is not None and ignore.ignore is not None:
            key = f"{ignore.doc}:{ignore.ignore.line}"
            reason = f"claimcheck-ignore at {key}" + (f": {ignore.ignore.reason}" if ignore.ignore.reason else "")
            ignored.append(key)
        else:
            reason = rule.reason if rule else ""
        if reason and reason not in reasons:
            reasons.append(reason)
    return open_pairs, accepted, reasons, ignored


AS_OF_DAYS = 31  # figures stated as current in articles further apart than this are not compared
MOVE_DAYS = 0  # the same for a day's move of a share price: two days' moves are two figures
_MOVES = frozenset({"share", "stock", "share price", "stock price"})  # a change of these is a day's move


def _window(slot: Slot) -> int:
    """How many days apart two current figures of a slot may be stated and still be compared."""
    moved = slot.object.endswith(("(change up)", "(change down)")) and slot.object.rsplit(" (", 1)[0] in _MOVES
    return MOVE_DAYS if moved else AS_OF_DAYS


RETOLD = 2  # figures an undated article must share with a dated one to be taken as of that one's date
AsOf = Mapping[str, frozenset[dt.date]]  # per document, the dates its figures stated as current are as of


def as_of_dates(claims: Iterable[Claim], dates: dict[str, dt.date | None]) -> AsOf:
    """Each article's date; an undated one is as of the dates of the articles it retells.

    An undated blog that restates RETOLD or more of a dated wire's uncommon figures tells the wire's
    story, as of the wire's day; of several, the one it shares the most figures with (ties: each of
    them), not one whose background figures it borrows ("up from $83bn in 2024"). One that shares too
    little with any dated article has no date.
    """
    claims = list(claims)
    sharing = _sharing(holders(claims))
    docs = {c.doc for c in claims}

    def retold(doc: str) -> frozenset[dt.date]:
        told = [(n, day) for other, n in sharing(doc).items() if n >= RETOLD and (day := dates.get(other)) is not None]
        most = max((n for n, _ in told), default=0)
        return frozenset(day for n, day in told if n == most)

    return {doc: frozenset({day}) if (day := dates.get(doc)) is not None else retold(doc) for doc in docs}


def _in_slot(group: list[Claim], as_of: AsOf, sharing: Callable[[str], Counter[str]],
             dates: dict[str, dt.date | None]) -> AsOf:
    """The dates the articles of one slot's figures are as of: an undated one retelling several, the slot's.

    A blog retelling May's deal and October's targets is as of October, the article it shares the most
    figures with; but its count of the May deal's chips, a slot October's article does not state, is as
    of the article that states it: May's, of those it retells (RETOLD figures or more stated as current
    in both, see `sharing`), the one it shares the most with. Background figures for a past period
    ("up from $83 billion in 2024") make no article retold.
    """
    docs = {c.doc for c in group}
    told = {doc: day for doc in docs if (day := dates.get(doc)) is not None}
    stated = frozenset(told.values())
    found: dict[str, frozenset[dt.date]] = {}
    for doc in docs - told.keys():
        days = as_of.get(doc, frozenset())
        if not days or days & stated:
            continue
        here = [(n, told[other]) for other, n in sharing(doc).items() if n >= RETOLD and other in told]
        most = max((n for n, _ in here), default=0)
        if here:
            found[doc] = frozenset(day for n, day in here if n == most)
    return {doc: found.get(doc) or as_of.get(doc, frozenset()) for doc in docs} if found else as_of


def _as_of(claim: Claim, as_of: AsOf) -> frozenset[dt.date]:
    """The dates a figure is stated as of: its article's (or the retold ones'), when the figure is stated as current.

    It is when no period is written for it (only implied, or none at all), or when its period is still
    running at that date ("2025 capex of $60bn to $65bn" in January 2025: an outlook; "this year" in an
    undated blog is read in the year it is as of). A figure for a period that is over ("in 2024" in
    2025) is a fact, as of no date: empty.
    """
    days = as_of.get(claim.doc, frozenset())
    if claim.period is None or claim.period.implied:
        return days
    key = claim.period.key
    if key.startswith(UNDATED) and days:  # "this year" in a blog retelling a wire of 2025: 2025
        key = in_year(key, min(days)) or key
    end = _period_end(key)
    return days if end is not None and days and end >= min(days) else frozenset()


_PERIOD_KEY = re.compile(r"(?:FY)?(?P<year>\d{4})"
                         r"(?:-Q(?P<quarter>[1-4])|-(?:(?P<first>\d{2})\.\.)?(?P<month>\d{2}))?\b")


def _period_span(key: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a period key ("2024", "FY2025", "2025-Q3", "2025-07", "2025-04..06"); else None."""
    m = _PERIOD_KEY.match(key)
    if m is None:
        return None
    year = int(m["year"])
    month = 3 * int(m["quarter"]) if m["quarter"] else int(m["month"]) if m["month"] else 12
    if not 1 <= month <= 12:
        return None
    first = 3 * int(m["quarter"]) - 2 if m["quarter"] else int(m["first"] or m["month"] or 1)
    return dt.date(year, first, 1), dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _period_end(key: str) -> dt.date | None:
    """The last day of a period key (see _period_span); else None."""
    span = _period_span(key)
    return span[1] if span else None


def _as_of_apart(a: Claim, b: Claim, as_of: AsOf, window: int = AS_OF_DAYS) -> bool:
    """Whether two figures are each stated as current, as of dates more than `window` days apart.

    "Meta expects capital expenditures of $60bn to $65bn" in January and "$66bn to $72bn" in July are
    both right as of their day: guidance moves, shares move, plans grow. A figure for a period that is
    over ("in 2024" in 2025) is compared whenever its article appeared. A day's move (`window` MOVE_DAYS)
    in an article whose day is not known is never that of a dated article's day.
    """
    first, second = _as_of(a, as_of), _as_of(b, as_of)
    if window == MOVE_DAYS and bool(first) != bool(second):  # a day's move in an article of no known day is
        return _undated_move(a if not first else b)  # no move of a known day ("Nvidia shares rose nearly 4%")
    return bool(first and second) and all(abs((x - y).days) > window for x in first for y in second)


def _undated_move(claim: Claim) -> bool:
    """Whether a move with no day known is stated as current (no period written), so of some unknown day."""
    return claim.period is None or claim.period.implied


def _any_compared(claims: list[Claim], as_of: AsOf, window: int = AS_OF_DAYS) -> bool:
    """Whether two of the claims are compared at all (not every pair stated as current far apart)."""
    if len(claims) < 2:
        return False
    days = sorted((day, i) for i, c in enumerate(claims) for day in _as_of(c, as_of))
    if len({i for _, i in days}) < len(claims):  # a figure with a written period is compared with every other
        return True
    return any(i != j and (b - a).days <= window for (a, i), (b, j) in itertools.pairwise(days))


def _dated(claim: Claim, as_of: AsOf) -> str:
    return "/".join(str(day) for day in sorted(_as_of(claim, as_of))) or "a day not known"


def _judge(slot: Slot, claims: list[Claim], config: Config, dates: dict[str, dt.date | None],
           rates: Rates, as_of: AsOf, retold: Retold, scoped: Scopes, before: Sequence[Claim] = ()) -> Finding:
    """One slot's finding; `before`: the figures articles say the slot's held before it changed (see _superseded)."""
    placed, notes = _place(claims, slot, config, dates, rates, retold=retold)
    notes.extend(_joined_notes(claims, slot))
    pairs, total = conflicting_pairs(placed, config)
    conflicting = [(placed[i], placed[j]) for i, j in pairs]

    def elsewhere(a: Placed, b: Placed) -> bool:
        return scoped_apart(a.claim, a.slot.subject, b.claim, b.slot.subject, scoped)

    def site_and_year(a: Placed, b: Placed) -> bool:
        return _site_and_year(a.claim, b.claim, scoped)

    def superseded(a: Placed, b: Placed) -> bool:
        return _superseded(a.claim, b.claim, before, dates) or _superseded(b.claim, a.claim, before, dates)

    def part_of_total(a: Placed, b: Placed) -> bool:
        return _part_of_total(a, b, placed, scoped) or _part_of_total(b, a, placed, scoped)

    def site_and_whole(a: Placed, b: Placed) -> bool:
        here, there = scoped.of(a.claim)[0], scoped.of(b.claim)[0]
        return (here is None) != (there is None) and _is_site(a.claim if here else b.claim)

    tests: list[tuple[Callable[[Placed, Placed], bool], str]] = [
        (elsewhere, "the articles scope the figures to different places or parties (\"in Texas\", \"in India\"; "
                     "\"with CoreWeave\", \"with Nebius\")"),
        (site_and_year, "one figure is a sum in one place or for one party and the other a year's sum in none (\"$10 "
                        "billion in North Carolina\", \"about $100 billion on capital expenditure this year\")"),
        (site_and_whole, "one figure is what a site in a named place costs (\"a $4.6 billion assembly plant in "
                         "Poland\") and the other a sum that names no place"),
        (part_of_total, "one figure is a sum in one place, below a total its article states that names none, "
                        "and the other names none (\"$17.5 billion from a U.S. bond sale\", \"bringing the total "
                        "raised to about $25 billion\")"),
        (superseded, "a later article says the earlier figure was what changed (\"raised its forecast to $91-93 "
                     "billion from $85 billion\")"),
        (_so_far_under, "one figure is what has been spent so far (\"has already spent\", \"so far\", \"to date\") "
                        "and is below the other, which is not: a part of a total still being spent"),
        (_part_under, "one figure is a part of the sum its article states before it (\"$7.3bn of that\", \"the "
                      "remaining $7.9bn\") and below the other, or both are parts of one article's sum")]
    if not any(m.name == slot.object for m in config.measures):
        tests.append((_far_apart, f"figures read from the text more than {SLIP_REACH} times apart, not written with "
                                  "the same digits, are taken as two different things (a measure in claims.yaml "
                                  "compares them)"))
    for test, why in tests:
        kept: list[tuple[Placed, Placed]] = []
        aside: list[tuple[Placed, Placed]] = []
        for pair in conflicting:
            (aside if test(*pair) else kept).append(pair)
        if aside:
            total -= len(aside)
            notes.append(f"{len(aside)} disagreeing pairs not compared: {why}: " + "; ".join(
                f"{a.claim.text}, {b.claim.text}" for a, b in aside[:3]) + ("; ..." if len(aside) > 3 else ""))
            conflicting = kept
    window = _window(slot)
    current: list[tuple[Placed, Placed]] = []
    apart: list[tuple[Placed, Placed]] = []
    for pair in conflicting:
        far = _as_of_apart(pair[0].claim, pair[1].claim, as_of, window) and not _one_deal(*pair, scoped)
        (apart if far else current).append(pair)
    if apart:
        total -= len(apart)
        notes.append(f"{len(apart)} disagreeing pairs not compared: each figure is stated as current, in "
                     + (f"articles more than {window} days apart (" if window else "articles of different days (")
                     + "; ".join(
                         f"{a.claim.text} on {_dated(a.claim, as_of)}, {b.claim.text} on {_dated(b.claim, as_of)}"
                         for a, b in apart[:3]) + ("; ..." if len(apart) > 3 else "") + ")")
        conflicting = current
    converted = any(p.rate for p in placed)
    if len(placed) < 2 or not conflicting and not _any_compared([p.claim for p in placed], as_of, window):
        code = "CC201"
    elif conflicting:
        code = "CC002" if any(a.rate or b.rate for a, b in conflicting) else "CC001"
    else:
        code = "CC102" if converted else "CC101"
    rules = [r for r in config.accepted if _accepts_slot(r, slot)]
    if rules or any(c.ignore is not None for c in claims):
        open_pairs, accepted, reasons, ignored = _review(conflicting, rules, code)
    else:  # the usual case: nothing accepted, nothing to look up per pair
        open_pairs, accepted, reasons, ignored = conflicting, [], [], []
    name, status = CODES[code]
    if conflicting and not open_pairs:
        status = "accepted"
    if accepted:
        figures = sorted({p.claim.text for pair in accepted for p in pair})
        notes.append(f"{len(accepted)} disagreeing pairs accepted (figures: {', '.join(figures)})")
    if total > len(conflicting):
        notes.append(f"{total:,} pairs disagree; each disputed figure is listed in one pair at least")
    shown = open_pairs or conflicting
    disputed = {p.claim.id for pair in shown for p in pair}
    return Finding(
        id=fingerprint(code, slot, [c for c in claims if c.id in disputed] or claims),
        code=code,
        name=name,
        status=status,
        slot=slot,
        claims=tuple(c.id for c in claims),
        disagree=tuple((a.claim.id, b.claim.id) for a, b in shown),
        message=_message(slot, placed, shown, status),
        unit=placed[0].unit if placed else None,
        comparisons=_comparisons(placed),
        notes=tuple(notes),
        reason="; ".join(reasons) or None,
        method=_method(slot, config),
        tolerance=_allowed(slot, config),
        ignored=tuple(sorted(set(ignored))),
        disagree_total=total,
    )


def _one_deal(a: Placed, b: Placed, scoped: Scopes) -> bool:
    """Whether two sums are of one deal with one named party: signed once, its sum holds whenever it is retold.

    "a deal with Microsoft worth $17.4 billion" in September and a blog's "$14.7 billion" contract with
    Microsoft read as of November are compared, as current figures months apart are not.
    """
    if a.slot.object != AGREED:
        return False
    party_a, party_b = _held(a.claim, a.slot.subject, scoped)[1], _held(b.claim, b.slot.subject, scoped)[1]
    return party_a is not None and party_a == party_b


SLIP_REACH = 10  # a figure misreported is at most this many times the true one, unless its digits are kept
CONVERTED_REACH = 15  # the same across currencies, where digits say nothing and rates blur the ratio


def ends(claim: Claim) -> list[float]:
    """The numbers a figure is written with: its value, else the ends (or the one bound) of its interval."""
    q = claim.quantity
    return [q.value] if q.value is not None else [x for x in (q.low, q.high) if x is not None]


def digits(claim: Claim) -> str:
    """The significant digits a figure is written with: 5.83 billion -> 583, 1,500 -> 15."""
    return "".join(f"{abs(x):.6g}".split("e")[0].replace(".", "").strip("0") or "0" for x in ends(claim))


def _far_apart(a: Placed, b: Placed) -> bool:
    """Whether two figures of a slot are too far apart to be one figure misreported.

    Two single figures, more than SLIP_REACH times apart in the slot's unit (CONVERTED_REACH across
    currencies), unless written with the same digits ("$1.4 billion", "$1.4 trillion": a slip of scale). OpenAI's
    "$1.4 trillion" of commitments and its "$38 billion" contract with Amazon, both read as what it
    spends, are two things the words did not tell apart, not one figure misreported.
    """
    if _magnitude_only(a.claim.quantity) or _magnitude_only(b.claim.quantity):
        return False  # "hundreds of billions", "more than $1bn" state only a magnitude
    lower, upper = sorted((a, b), key=lambda p: p.high)
    if not (0 < lower.high and math.isfinite(upper.low)) or lower.low < 0:
        return False
    same_unit = a.claim.quantity.unit == b.claim.quantity.unit
    if same_unit and digits(a.claim) == digits(b.claim):
        return False
    return upper.low > lower.high * (SLIP_REACH * 1.001 if same_unit else CONVERTED_REACH)


_BULLETS = ("-", "•", "*", "–")
_PUT_INTO = frozenset({"investment"})  # what a party is put into (a stake is held in a party, or a merged group)


class Scopes:
    """Each claim's place and other party (see places, parties); one its own words leave out, its article's.

    A figure its article scopes once holds that scope wherever the article repeats it: the headline's
    "$4 billion on second Wisconsin AI data center" is the body's "$4 billion in a second data center in
    Wisconsin"; the blog headline's "$38 Billion Deal" is its "$38 billion on Amazon Web Services". Where
    the article's mentions of one figure name two places (or parties), the ones that name none stay so.
    Read when asked: most claims are never in a disagreeing pair.
    """

    def __init__(self, claims: Iterable[Claim]) -> None:
        self.told: dict[tuple[str, tuple[str, str, str]], list[Claim]] = defaultdict(list)
        about: dict[str, Counter[str]] = defaultdict(Counter)  # per article, whom its claims are about
        self.acting: dict[tuple[str, int, str], set[str]] = defaultdict(set)  # per sentence and object, whose
        self.sums: dict[str, list[Claim]] = defaultdict(list)  # per article, its sums
        self.investors: dict[str, set[str]] = defaultdict(set)  # per article, who its investments are by
        self.first: dict[str, dict[str, int]] = defaultdict(dict)  # per article, where its first claim about each is
        self.places: dict[str, dict[str, str]] = defaultdict(dict)  # per article, the places its claims are about
        for c in claims:
            if (key := anchor(c, bound=True)) is not None:
                self.told[(c.doc, key)].append(c)
            if c.subject:
                about[c.doc][party_key(c.subject)] += 1
                first = self.first[c.doc]
                first[party_key(c.subject)] = min(c.start, first.get(party_key(c.subject), c.start))
                if (where := known_place(c.subject.split())) is not None:
                    self.places[c.doc][party_key(c.subject)] = where
                self.acting[_alike(c)].add(party_key(c.subject))
            if c.quantity.kind == "money":
                self.sums[c.doc].append(c)
                if c.subject and c.object and c.object.lower().split()[-1] in _PUT_INTO:
                    self.investors[c.doc].add(party_key(c.subject))
        self.found: dict[tuple[str, tuple[str, str, str]], list[set[str]]] = {}  # per figure told, its places, parties
        self.about = about
        self.ranked = {doc: sorted(n, key=lambda name: (-n[name], name)) for doc, n in about.items()}
        self.starts: dict[str, list[int]] = {}  # per article, where its sums start, once sorted

    def of(self, claim: Claim) -> tuple[str | None, str | None]:
        """The claim's place and party (see _of); a part of the sum before it that names neither, that sum's.

        "Microsoft will invest $15.2 billion in the UAE ... Around $7.3bn of that has already been spent",
        "the remaining $7.9bn": both in the UAE. So is a figure of a sentence that opens on the sum: "Amazon
        plans to invest at least $10 billion in North Carolina ... The investment in Richmond County will
        create at least 500 high-skilled jobs"; and one its sentence's sum makes: "will spend at least $10bn
        on a new data centre campus in Richmond County, North Carolina, creating at least 500 jobs". A list
        item's investment whose label names its investor ("- Microsoft investment: $10 billion") and no party is
        in the one place its article's claims are about, if any ("Portugal's coast is becoming a data hub").
        """
        place, party = self._of(claim)
        if place is None and party is None and _invested_by_label(claim) and len(self.places[claim.doc]) == 1:
            return next(iter(self.places[claim.doc].values())), None  # "- Microsoft investment:" under "Portugal's"
        if place is None and party is None and ((claim.quantity.kind == "money" and _part_of_before(claim))
                                                or _THE_SUM_OPENS.match(claim.sentence) or _made_by_sum(claim)):
            whole = self._sum_before(claim)
            if whole is not None:
                return self.of(whole)
        if place is None and party is None and claim.quantity.kind == "money" and _is_item(claim):
            return self._listed_place(claim), None
        return place, party

    def _listed_place(self, claim: Claim) -> str | None:
        """The one place the other sums of a claim's list are scoped to, if they name one and only one.

        "- Total commitment: $15.2 billion" (the headline's "$15.2 Billion UAE Push") and "- Already invested:
        $7.9 billion": both in the UAE.
        """
        sums, starts = self._sorted(claim.doc)
        near = sums[bisect.bisect_left(starts, claim.start - _LIST_REACH) :
                    bisect.bisect_right(starts, claim.start + _LIST_REACH)]
        places = {self._of(c)[0] for c in near if c is not claim and _is_item(c)}
        places.discard(None)
        return next(iter(places)) if len(places) == 1 else None

    def _sorted(self, doc: str) -> tuple[list[Claim], list[int]]:
        """An article's sums in order, and where each starts (sorted the first time asked)."""
        sums = self.sums[doc]
        if doc not in self.starts:
            sums.sort(key=lambda c: c.start)
            self.starts[doc] = [c.start for c in sums]
        return sums, self.starts[doc]

    def _sum_before(self, claim: Claim) -> Claim | None:
        """The sum its article states last before a claim, if any."""
        sums, starts = self._sorted(claim.doc)
        i = bisect.bisect_left(starts, claim.start)
        return sums[i - 1] if i > 0 else None

    def _of(self, claim: Claim) -> tuple[str | None, str | None]:
        """The claim's place and party, each from its article's other mentions of the figure if it names none.

        A party named by what it is ("into the company") is the article's main subject (see _referred).
        """
        place, party = _place_said(claim), _party_said(claim)
        key = anchor(claim, bound=True)
        if key is None or (place is not None and party is not None) or len(self.told.get((claim.doc, key), ())) < 2:
            return place, self._referred(claim, party)
        told = (claim.doc, key)
        if told not in self.found:
            mentions = self.told[told]
            self.found[told] = [{x for c in mentions if (x := said(c)) is not None} for said in _SAID]
        found = self.found[told]
        return (place if place or len(found[0]) != 1 else next(iter(found[0])),
                self._referred(claim, party if party or len(found[1]) != 1 else next(iter(found[1]))))

    def _referred(self, claim: Claim, party: str | None) -> str | None:
        """A party named by what it is ("into the company"): whom most of the article's claims are about.

        Not whom its sentence's claims of the same object are about: in "Microsoft is investing up to $5bn in
        the maker of the Claude chatbot, and Nvidia up to $10bn", neither ("OpenAI agreed to purchase $250
        billion of Azure services in a restructuring that gave Microsoft a stake of about 27% in the company":
        OpenAI).

        So is the party of a list item's investment that names none, if the article is most about another
        ("- Nvidia's investment: up to $5 billion" in an article about Anthropic). Where the label names the
        item's own subject as the investor ("- Nvidia investment: up to $100 billion"), it is put in whom the
        article is most about but for it, of those it has a figure of before the item (the blog's headline's
        "$100 Billion Partnership", OpenAI's) or more figures of than of the investor: one it tells of only after
        the list, and no more, is a comparison ("- Samsung investment: $450 billion ... LG Group, for comparison,
        pledged 106 trillion won over five years"); a place is where it goes (see of). A stake is not read so:
        "- Government stake: 49.4%" of Sizewell C, "- Teck shareholders' stake: 37.6%" of the merged group. Nor
        an investment beside the main subject's own ("Microsoft's plan: - Total investment: $15.7 billion" in a
        blog most about Amazon's investment in India).
        """
        ranked = self.ranked.get(claim.doc, ())
        if party is None and claim.subject and claim.object and _is_item(claim) \
                and claim.object.lower().split()[-1] in _PUT_INTO:  # as written: capex is no investment in anyone
            own = party_key(claim.subject)
            if _invested_by_label(claim):
                first, about, places = self.first[claim.doc], self.about[claim.doc], self.places[claim.doc]
                return next((name for name in ranked if name != own and name not in places
                             and (first[name] < claim.start or about[name] > about[own])), None)
            return ranked[0] if ranked and ranked[0] != own and ranked[0] not in self.investors[claim.doc] else None
        if party != REFERRED or not claim.subject:
            return None if party == REFERRED else party
        acting = self.acting[_alike(claim)]
        return next((name for name in ranked if name not in acting), None)


# A sum told as part of the one before it: "$7.3bn of that", "the remaining $7.9bn"
_OF_THAT = re.compile(r"\s+of (?:that|it|this|which|the total|the sum|the money)\b"
                      r"|\s+(?:itself|themselves)\b")  # "Tata will put in £750m itself": its own part
_REMAINING = re.compile(r"\b(?:the|a) (?:remaining|rest of the|other|further)(?: about| around| some)?\s*$", re.I)


_THE_SUM_OPENS = re.compile(r"\s*(?:The|This|That) (?:investment|spending|commitment|expansion)\b")


# A figure a sum before it in its sentence makes: "..., creating at least 500 jobs"
_MADE_BY_SUM = re.compile(r"[$€£]\s?\d[^;]*,\s+(?:creating|adding|employing|supporting)\s+"
                          r"(?:at least |about |around |some |up to |more than |nearly )?$")


def _invested_by_label(claim: Claim) -> bool:
    """Whether a list item's investment has a label naming its own subject as the investor ("- Nvidia investment:")."""
    return bool(claim.subject) and bool(claim.object) and _is_item(claim) \
        and (claim.object or "").lower().split()[-1] in _PUT_INTO \
        and party_key(claim.sentence.lstrip(" -•*–")) == party_key(claim.subject or "")


def _made_by_sum(claim: Claim) -> bool:
    return _MADE_BY_SUM.search(claim.sentence, 0, claim.start - claim.sentence_start) is not None


_LIST_REACH = 1000  # characters around a list item within which its list's other items are read


def _is_item(claim: Claim) -> bool:
    return claim.sentence.lstrip().startswith(_BULLETS)


def _part_of_before(claim: Claim) -> bool:
    at = claim.start - claim.sentence_start
    return _OF_THAT.match(claim.sentence, claim.end - claim.sentence_start) is not None \
        or _REMAINING.search(claim.sentence, max(0, at - 30), at) is not None


def _alike(claim: Claim) -> tuple[str, int, str]:
    """A claim's sentence and object (normalized): claims of one series share it."""
    return claim.doc, claim.sentence_start, normalize(claim.object) if claim.object else ""


@functools.lru_cache(maxsize=65536)
def _place_said(claim: Claim) -> str | None:
    """The place a claim's own words scope it to (places.place_of), read once."""
    return place_of(claim)


@functools.lru_cache(maxsize=65536)
def _party_said(claim: Claim) -> str | None:
    """The other party a claim's own words name (parties.party_of), read once."""
    return party_of(claim)


_SAID = (_place_said, _party_said)  # a claim's place and party, in the order Scopes.of gives them


def scoped_apart(a: Claim, a_holder: str, b: Claim, b_holder: str, scoped: Scopes) -> bool:
    """Whether the articles scope two claims, held by the named subjects, to different places or parties.

    Google's "$40bn on three new data centres in Texas" and its "$15 billion ... in India" are two
    investments; Meta's "$14.2 billion deal with CoreWeave" and its "$3 billion deal with Nebius" two deals;
    a sum put in a place and one given to a party, each naming only that, two sums ("at least $10 billion
    in North Carolina", "committed $8 billion to Anthropic").
    """
    (place_a, party_a), (place_b, party_b) = _held(a, a_holder, scoped), _held(b, b_holder, scoped)
    return (place_a is not None and place_b is not None and other_places(place_a, place_b)) \
        or (party_a is not None and party_b is not None and party_a != party_b) \
        or (place_a is not None and party_a is None and party_b is not None and place_b is None) \
        or (place_b is not None and party_b is None and party_a is not None and place_a is None)


def _site_and_year(a: Claim, b: Claim, scoped: Scopes) -> bool:
    """Whether of two sums one is put in a place or given to a party and the other is a year's, in neither.

    "at least $10 billion in North Carolina" and "about $100 billion on capital expenditure this year" (a
    year written for it) are one site's and the company's year's; so are "will invest $14.3 billion in
    Scale AI" and "expects to spend $64 billion to $72 billion on capital projects this year". A sum with
    neither place nor year written ("will invest $12 billion in the project") may be either, and is compared.
    """
    if a.quantity.kind != "money":
        return False
    here, there = any(scoped.of(a)), any(scoped.of(b))
    if here == there:
        return False
    whole = b if here else a
    return whole.period is not None and not whole.period.implied


def _part_under(a: Placed, b: Placed) -> bool:
    """Whether one of two figures is a part of the sum before it (see _part_of_before) and below the other.

    Or both are parts of one article's sums: "Around $7.3bn of that has already been spent ...; the remaining
    $7.9bn will follow" are two parts of $15.2bn, neither a misreport of the other nor of the whole.
    """
    if a.claim.quantity.kind != "money":
        return False  # "the remaining 37.6 per cent" is a share of its own, not part of a sum before
    a_part, b_part = _part_of_before(a.claim), _part_of_before(b.claim)
    if a_part and b_part:
        return a.claim.doc == b.claim.doc
    if not (a_part or b_part):
        return False
    part, whole = (a, b) if a_part else (b, a)
    return part.high < whole.low


def _part_of_total(part: Placed, other: Placed, placed: list[Placed], scoped: Scopes) -> bool:
    """Whether `part` is a sum in a place below a total of its slot its own article states, naming no place.

    "raised $17.5 billion from a U.S. bond sale ... bringing the total raised to about $25 billion": the US
    sale is part of the total, and no misreport of another article's total ("- Total raised: $30 billion"),
    which names no place either. Against a figure in a place, scoped_apart decides.
    """
    if scoped.of(part.claim)[0] is None or scoped.of(other.claim)[0] is not None:
        return False
    return any(t.claim.doc == part.claim.doc and t.low > part.high and scoped.of(t.claim)[0] is None
               and not _TOTAL_WORDS.isdisjoint((t.claim.object or "").lower().split()) for t in placed)


_TOTAL_WORDS = frozenset({"total", "combined", "overall", "aggregate"})  # a whole's object: "the total raised"


def _so_far_under(a: Placed, b: Placed) -> bool:
    """Whether one of two figures is an amount so far and below the other, which is not: a part and its total.

    "has already spent $7.3 billion in the UAE since 2023" is part of "will invest $15.2 billion ... through
    the end of the decade"; above the total, or against another amount so far, it is compared.
    """
    a_so_far, b_so_far = so_far(a.claim), so_far(b.claim)
    if a_so_far == b_so_far:
        return False
    part, whole = (a, b) if a_so_far else (b, a)
    return part.high < whole.low


def _held(claim: Claim, subject: str, scoped: Scopes) -> tuple[str | None, str | None]:
    """A claim's place and other party, held by `subject` (told from the other side, the other is its teller).

    A party taken from the figure's other mentions that is its own subject is none: a blog's "- Contract
    value: $22.4 billion" (CoreWeave's) is no deal "with CoreWeave" because "its contracts with CoreWeave"
    are worth the same.
    """
    place, party = scoped.of(claim)
    if party is not None and claim.subject and party == party_key(claim.subject):
        party = None
    elif party is not None and subject and claim.subject and party == party_key(subject):
        party = party_key(claim.subject)
    return place, party


def _magnitude_only(q: Quantity) -> bool:
    """A bound ("more than $1bn") or a vague amount ("hundreds of billions"), not a figure or a close range."""
    if q.value is not None:
        return False
    return q.low is None or q.high is None or q.low <= 0 or q.high >= q.low * VAGUE_SPAN


def _joined_notes(claims: list[Claim], slot: Slot) -> list[str]:
    """How claims of undated articles came to be compared in this slot's period (see _undated_joined)."""
    notes = []
    for claim in claims:
        key = _period_key(claim)
        if key == "unknown" and slot.period != "unknown":
            notes.append(f"{claim.text} ({claim.doc}): the article has no date and names no period; compared as "
                         f"{slot.period}, the year its thread's dated figures point to")
        elif key.startswith("FY") and key != slot.period and claim.period and _RELATIVE_FISCAL.search(
                claim.period.label):
            notes.append(f"{claim.text} ({claim.doc}): \"{claim.period.label}\" taken as {slot.period}, the fiscal "
                         f"year its subject's other articles name")
        elif key.startswith(UNDATED) and key != slot.period:
            notes.append(f"{claim.text} ({claim.doc}): the article has no date; \"{key[len(UNDATED):]}\" taken as "
                         f"{slot.period}, as of the latest dated article on the same figure")
    return notes


def _comparisons(placed: list[Placed]) -> tuple[Comparison, ...]:
    """How each claim was compared: its interval in the slot's unit, and the rate it was converted at."""
    return tuple(Comparison(p.claim.id, p.low, p.high, p.unit, p.rate.describe() if p.rate else None,
                            _cap(p, "high") or _cap(p, "low")) for p in placed)


def _ignores(claim: Claim, code: str) -> bool:
    """Whether a claimcheck-ignore comment covers this claim for this code (no codes: every code)."""
    return claim.ignore is not None and (not claim.ignore.codes or code in claim.ignore.codes)


def _allowed(slot: Slot, config: Config) -> str:
    """The gap a slot tolerates, for people: "2% relative", "1 percentage point"."""
    points, limit = _limits(slot, config)
    if points:
        return f"{limit:g} percentage point{'s' if limit != 1 else ''}"
    return f"{limit:.1%} relative"


def _method(slot: Slot, config: Config) -> str:
    """How the slot's figures were compared, in one sentence."""
    tol = config.tolerance
    gap = _allowed(slot, config)
    precision = ("its implied precision (\"$67 billion\" is 66.5–67.5bn)" if tol.implied_precision
                 else "the exact figure (implied_precision is off)")
    if tol.implied_precision and _set_rate(slot):
        precision = "the exact figure (a rate set to the quarter point is not rounded)"
    return (f"each figure stands for an interval: {precision}, widened by {tol.approx:.0%} for hedges "
            f"(about, nearly); a pair conflicts when the intervals do not overlap and the gap exceeds {gap}")


def _message(slot: Slot, placed: list[Placed], pairs: list[tuple[Placed, Placed]], status: str) -> str:
    where = f"{slot.subject} / {slot.object} / {slot.period}"
    if not pairs:
        figures = ", ".join(sorted({p.claim.text for p in placed}))
        return f"{where}: {len(placed)} claims agree ({figures})"
    a, b = pairs[0]
    more = f" (+{len(pairs) - 1} more pairs)" if len(pairs) > 1 else ""
    verb = "accepted discrepancy" if status == "accepted" else "disagree"
    return f"{where}: {a.claim.text} ({a.claim.doc}) vs {b.claim.text} ({b.claim.doc}) {verb}{more}"


def slotted(claims: list[Claim], config: Config, dates: dict[str, dt.date | None] | None = None) \
        -> dict[Slot, list[Claim]]:
    """The attributed claims grouped by slot (who, what, when, kind), slots in order of first claim.

    `dates`, each document's date, places undated articles' relative periods (see _undated_joined).
    """
    names = merged_names(claims, config)
    periods = fiscal_keys(claims, names)
    objects = _merged_objects(claims, names, periods)
    sides = _sides(claims, names)
    bought = _bought(claims, names)
    told = _told_of(claims, names, config)
    slots: dict[Slot, list[Claim]] = defaultdict(list)
    for claim in claims:
        subject = names.get(claim.subject, claim.subject) if claim.subject else None
        subject = sides.get(claim, told.get(claim, subject))
        if subject in bought and claim.object and normalize(claim.object) in _OF_THE_BOUGHT:
            subject = bought[subject]
        period = periods.get(claim)
        slot = slot_of(claim, config, objects.get((subject, period or _period_key(claim))), subject, period)
        if slot is not None and _agreed(slot, claim):
            slot = dataclasses.replace(slot, object=AGREED)
        if slot is not None:
            slots[slot].append(claim)
    return _new_year_joined(_headline_joined(_undated_joined(slots, dates or {}), dates or {}), dates or {})


def _headline_joined(slots: dict[Slot, list[Claim]], dates: dict[str, dt.date | None]) -> dict[Slot, list[Claim]]:
    """Figures only an undated article's headline quarter dates join their thread's present, if stated for no quarter.

    "Amazon Q3 2025: What the Numbers Say" dates its "- Corporate job cuts: about 30,000" in the third
    quarter, while the wire's "said it would cut about 14,000 corporate jobs" has no period written
    (its article's present, keyed by its year): the blog's list retells the news of the wire's days,
    not only the quarter's results. With a dated figure stated for the quarter, it stays there.
    """
    moved: dict[Slot, Slot] = {}
    for slot, group in slots.items():
        quarter = QUARTER_KEY.fullmatch(slot.period)
        if quarter is None or not all(from_headline(c.period) and dates.get(c.doc) is None for c in group):
            continue
        year = Slot(slot.subject, slot.object, quarter["year"], slot.kind)
        if year in slots and all(c.period is None or c.period.implied for c in slots[year]) \
                and any(dates.get(c.doc) is not None for c in slots[year]):
            moved[slot] = year
    if not moved:
        return slots
    joined: dict[Slot, list[Claim]] = {}
    for slot, group in slots.items():
        joined.setdefault(moved.get(slot, slot), []).extend(group)
    return joined


def _new_year_joined(slots: dict[Slot, list[Claim]], dates: dict[str, dt.date | None]) -> dict[Slot, list[Claim]]:
    """Figures of no written period, in articles of the first days of a year, join their thread's year before.

    A figure with no period written is its article's present, keyed by the year of its date: "SoftBank has
    paid the last $22.5bn" on 2 January 2026 is stated as of that day, as the wire's "$22.5 billion" of 31
    December 2025 is of its own. Where the thread has such a figure in an article of the last AS_OF_DAYS
    days of the year before, within AS_OF_DAYS of this one, the two are one present: the January figure
    joins that slot (the articles' dates still decide which figures are compared, see _as_of_apart).
    """
    def present(claim: Claim) -> dt.date | None:
        day = dates.get(claim.doc)
        implied = claim.period is not None and claim.period.implied and day is not None \
            and claim.period.key == str(day.year)
        return day if implied else None

    joined: dict[Slot, list[Claim]] = defaultdict(list)
    for slot, group in slots.items():
        before = Slot(slot.subject, slot.object, str(int(slot.period) - 1), slot.kind) if slot.period.isdigit() \
            else None
        earlier = [day for c in slots.get(before, ()) if (day := present(c)) is not None] if before else []
        for claim in group:
            day = present(claim)
            near = day is not None and day.timetuple().tm_yday <= AS_OF_DAYS \
                and any(0 < (day - other).days <= AS_OF_DAYS for other in earlier)
            joined[before if near and before is not None else slot].append(claim)
    return dict(joined)


AGREED = "deal"  # the object of a sum agreed with a named party, whatever the article calls the agreement
# What a takeover's price measures of the company bought, whoever the article says pays it: "Thoma Bravo will pay
# $70 per share" and a blog's "- Price per share: $72" about Dayforce; "valuing Covestro's equity at €11.7bn"
_OF_THE_BOUGHT = frozenset({"per share", "premium", "equity value"})
_BUYING = frozenset({"purchase", "acquisition", "takeover", "buyout"})  # the objects of a sum paid to buy a company


def _told_of(claims: list[Claim], names: dict[str, str], config: Config) -> dict[Claim, str]:
    """Claims of a short name two or more longer names begin, under the one longer name whose claims measure the same.

    Beside "Samsung Electronics" and "Samsung Group", "Samsung" is the group (merge_names: a longer name that only
    adds a company ending is its full name); but a blog's "Samsung ... - Operating profit: $12.1 billion" is
    Samsung Electronics' where only Samsung Electronics' claims are of operating profit, and "- Samsung investment:
    $450 billion" stays the group's where both have investments told. A short name merged into none of its longer
    names stays itself ("Stargate" beside "Stargate Norway" and "Stargate UAE": the venture, not a site).
    """
    several = {name: longer for name, longer in longer_names({c.subject for c in claims if c.subject},
                                                              frozenset(e.name for e in config.entities)).items()
               if name in names}  # merged into one of them ("Stargate" beside its sites is none of them)
    if not several:
        return {}
    wanted = set().union(*several.values())
    measured: dict[str, set[str]] = defaultdict(set)  # per longer name, what its own claims measure
    for c in claims:
        if c.subject in wanted and c.object:
            measured[c.subject].add(normalize(c.object))
    told: dict[Claim, str] = {}
    for c in claims:
        if c.subject in several and c.object:
            fits = [name for name in several[c.subject] if normalize(c.object) in measured[name]]
            if len(fits) == 1:
                told[c] = names.get(fits[0], fits[0])
    return told


def _bought(claims: list[Claim], names: dict[str, str]) -> dict[str, str]:
    """Each buyer that the corpus says buys one company (a named party of its purchase), and that company.

    The company bought is a name some claim is about; a buyer of several companies maps to none.
    """
    subjects = {party_key(name): name for c in claims if c.subject for name in [names.get(c.subject, c.subject)]}
    targets: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.subject and c.quantity.kind == "money" and c.object and c.object.split()[-1].lower() in _BUYING \
                and (party := _party_said(c)) is not None and party in subjects:
            targets[names.get(c.subject, c.subject)].add(subjects[party])
    return {buyer: next(iter(bought)) for buyer, bought in targets.items() if len(bought) == 1 and buyer not in bought}


def _agreed(slot: Slot, claim: Claim) -> bool:
    """Whether a sum is one agreed with a named party, called a deal, contract, agreement or payment.

    "CoreWeave's $14.2 billion AI infrastructure deal to supply Meta", "a $14.2 billion contract with
    CoreWeave", "agreed to pay CoreWeave $12.4 billion": one contract; its parties tell it from others.
    An addition to a deal ("an expanded agreement worth up to $6.5 billion") is not the deal, nor several
    ("its contracts with OpenAI worth around $22.4bn").
    """
    words = slot.object.split()
    return slot.kind == "money" and bool(words) and words[-1] in _AGREED_HEADS \
        and INCREMENT_WORDS.isdisjoint(words) and _party_said(claim) is not None \
        and not (claim.object or "").lower().endswith(_SEVERAL)


_AGREED_HEADS = frozenset({*AGREEMENT_NOUNS, "payment"})  # the last word of an object that names an agreement
_SEVERAL = tuple(f"{noun}s" for noun in AGREEMENT_NOUNS)  # an object that names agreements, plural: their sum


_DEALT = frozenset({"money", "count"})  # what passes between a deal's sides: sums, and chips or jets counted


def _sides(claims: list[Claim], names: dict[str, str]) -> dict[Claim, str]:
    """Sums of a deal told from either side, under the side more articles are about.

    "CoreWeave has signed a $14.2 billion deal to supply Meta" and "Meta agreed to pay CoreWeave $12.4
    billion" are one contract: where some sum of A's names party B and some sum of B's names A, each
    such sum is held by whichever of A and B more claims are about (ties: the first name in order).
    A sum put into a party is told back only as a sum it raised from the other ("Microsoft will invest up
    to $5 billion in Anthropic" is not "Anthropic is committing to spend $30bn on Microsoft's Azure").
    """
    held = {c: names.get(c.subject, c.subject) for c in claims  # names acting together are no side of a deal
            if c.subject and c.quantity.kind in _DEALT and "and" not in c.subject.split()}
    parties = {c: p for c in held if (p := _party_said(c)) is not None}
    if not parties:
        return {}
    about = Counter(held.values())
    by_key: dict[str, str] = {}
    for name, _ in sorted(about.items(), key=lambda item: (-item[1], item[0])):
        by_key.setdefault(party_key(name), name)
    flows = {c: _flow(c) for c in parties}
    told = {(party_key(held[c]), p, flows[c]) for c, p in parties.items()}
    sides: dict[Claim, str] = {}
    for claim, party in parties.items():
        own, other = held[claim], by_key.get(party)
        if other is not None and (party, party_key(own), _TOLD_BACK[flows[claim]]) in told:
            sides[claim] = min((own, other), key=lambda name: (-about[name], name))
    return sides


# Which way a sum between two parties goes, by its object's last word: put into the party, raised from it, or
# traded (a deal, a purchase, a payment: told from either side alike); and how the other side tells each
_FLOWS = {**dict.fromkeys(["investment", "stake", "invested"], "in"), "funding": "raised"}
_TOLD_BACK = {"in": "raised", "raised": "in", "traded": "traded"}


def _flow(claim: Claim) -> str:
    words = normalize(claim.object).split() if claim.object else []
    return _FLOWS.get(words[-1], "traded") if words else "traded"


def _undated_joined(slots: dict[Slot, list[Claim]], dates: dict[str, dt.date | None]) -> dict[Slot, list[Claim]]:
    """Claims of undated articles join their thread (subject, object, kind) where it can be told which period.

    With no period written, a claim joins the year of a dated article of its thread, where that year
    is stated ("$5.6bn" in an undated blog meets "$6.5bn" of a wire of 2025, not "$32bn in 2016"): the
    article that states the most figures the undated one states too (the one retelling its story),
    else the latest. Else it joins the one year its thread is dated in: "Meta has 600,000 GPUs" in an
    undated blog meets "350,000 H100s by the end of 2024" when 2024 is the only year anyone states
    Meta's GPUs for, unless the undated article retells a story of a later year (see _retold_later); with two
    or more years stated and no dated article, it stays apart. With no year
    stated, it joins the one period two or more articles state its thread for ("an AI backlog of $18.4
    billion" at the end of a quarter, in a wire and its rewrite). With a
    relative period ("this fiscal year", "last year"), the undated article is taken to be as recent
    as that dated article: "$90bn this fiscal year" meets "$80bn in fiscal 2025" when that article is
    of 2025 (see periods.in_year).
    """
    years: dict[tuple[str, str, str], list[Slot]] = defaultdict(list)
    known: dict[tuple[str, str, str], list[Slot]] = defaultdict(list)  # per thread, its slots of a known period
    dated: dict[tuple[str, str, str], dict[str, dt.date]] = defaultdict(dict)  # per thread, its dated articles' dates
    for slot, group in slots.items():
        thread = (slot.subject, slot.object, slot.kind)
        if slot.period.isdigit():
            years[thread].append(slot)
        if _known_period(slot):
            known[thread].append(slot)
            for c in group:
                if (d := dates.get(c.doc)) is not None:
                    dated[thread][c.doc] = d
    sharing = _sharing(holders(c for group in slots.values() for c in group))
    all_dated = {doc: d for doc, d in dates.items() if d is not None}
    joined: dict[Slot, list[Claim]] = {}
    for slot, group in slots.items():
        thread = (slot.subject, slot.object, slot.kind)
        if _known_period(slot):
            joined.setdefault(slot, []).extend(group)
            continue
        for claim in group:
            day = _retold_date(sharing(claim.doc), dated[thread])  # None: no dated article in the thread
            key = (str(day.year) if slot.period == "unknown" else in_year(slot.period, day)) if day else None
            placed = Slot(slot.subject, slot.object, key, slot.kind) if key else None
            if placed is not None and placed in slots:
                target = placed
            elif slot.period == "unknown" and len(years.get(thread, [])) == 1 \
                    and not _retold_later(sharing(claim.doc), all_dated, years[thread][0], slots):
                target = years[thread][0]
            elif slot.period == "unknown" and not years.get(thread) and len(known.get(thread, [])) == 1 \
                    and len({c.doc for c in slots[known[thread][0]]}) > 1:
                target = known[thread][0]  # no year stated: the one period articles state its thread for, "the quarter"
            else:
                target = slot
            joined.setdefault(target, []).append(claim)
    return joined


def _known_period(slot: Slot) -> bool:
    """Whether a slot's period is known: not missing, and not relative in an undated article."""
    return slot.period != "unknown" and not slot.period.startswith(UNDATED)


COMMON = 20  # a figure stated in more documents than this says nothing about which tell one story


def holders(claims: Iterable[Claim]) -> dict[tuple[str, str, str], set[str]]:
    """Per figure that can show two documents tell one story (see anchor), the documents that state it."""
    found: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for c in claims:
        if (figure := anchor(c)) is not None:
            found[figure].add(c.doc)
    return found


def _sharing(held: dict[tuple[str, str, str], set[str]]) -> Callable[[str], Counter[str]]:
    """For a document, how many uncommon figures (anchors) it shares with each other document; cached."""
    by_doc: dict[str, list[set[str]]] = defaultdict(list)
    for docs in held.values():
        if len(docs) <= COMMON:
            for doc in docs:
                by_doc[doc].append(docs)

    @functools.cache
    def shared(doc: str) -> Counter[str]:
        counts: Counter[str] = Counter(other for docs in by_doc.get(doc, ()) for other in docs)
        del counts[doc]
        return counts

    return shared


def _retold_later(shared: Counter[str], days: dict[str, dt.date], year: Slot, slots: dict[Slot, list[Claim]]) -> bool:
    """Whether the dated article sharing the most figures with a document is of a year after the slot `year`'s.

    An undated blog retelling a story of 2026 ("Cerebras, meanwhile, is now valued at about $22 billion" beside
    OpenAI's deal of January 2026) does not join the one year its thread is stated for, 2025, when that year
    is only the date of the articles that state it. A year written ("revenue of $21.3 billion last year") it does.
    """
    day = _retold_date(shared, days) if any(doc in days for doc in shared) else None
    return day is not None and day.year > int(year.period) \
        and all(c.period is None or c.period.implied for c in slots[year])


def _retold_date(shared: Counter[str], days: dict[str, dt.date]) -> dt.date | None:
    """The date of the dated article sharing the most figures with a document (ties: the latest).

    Else the latest date of `days`; None when there is none.
    """
    best = max(((n, days[doc]) for doc, n in shared.items() if doc in days), default=None)
    return best[1] if best else max(days.values(), default=None)


def judged(slots: dict[Slot, list[Claim]], config: Config, dates: dict[str, dt.date | None],
           rates: Rates | None = None, as_of: AsOf | None = None, scoped: Scopes | None = None,
           retold: Retold | None = None) -> list[Finding]:
    """Findings for grouped claims (see slotted): values, scopes and known facts.

    `as_of`, `scoped` and `retold`, when the caller has them, are as_of_dates of the slots' claims, their
    Scopes, and retold_dates of every claim of the articles (else of the slots' claims).
    """
    rates = rates or Rates()
    grouped = [c for group in slots.values() for c in group]
    as_of = as_of_dates(grouped, dates) if as_of is None else as_of
    retold = retold_dates(grouped, dates) if retold is None else retold
    scoped = Scopes(grouped) if scoped is None else scoped
    sharing = _sharing(holders(c for c in grouped if c.period is None or c.period.implied))  # stated as current
    before: dict[Slot, list[Claim]] = defaultdict(list)  # per slot, what articles say it held before a change
    for slot, group in slots.items():
        if slot.period.endswith(EARLIER):
            before[dataclasses.replace(slot, period=slot.period.removesuffix(EARLIER))].extend(group)
    findings = [
        _judge(slot, sorted(group, key=lambda c: (c.doc, c.start)), config, dates, rates,
               _in_slot(group, as_of, sharing, dates), retold, scoped, before.get(slot, ()))
        for slot, group in slots.items()
        if len(group) >= 2
    ]
    findings += _scopes(slots, config, dates, rates, retold)
    for fact in config.facts:
        slot = _fact_slot(fact)
        if slot in slots:
            findings.append(_against_fact(fact, slot, slots[slot], config, dates, rates, retold))
    return ordered(findings)


def ordered(findings: list[Finding]) -> list[Finding]:
    """Findings in report order: conflicts first, then by slot and id (a stable order)."""
    order = {"conflict": 0, "accepted": 1, "not-comparable": 2, "consistent": 3}
    return sorted(findings, key=lambda f: (order.get(f.status, 9), f.slot.subject, f.slot.object,
                                            f.slot.period, f.id))


def _scopes(slots: dict[Slot, list[Claim]], config: Config, dates: dict[str, dt.date | None],
            rates: Rates, retold: Retold) -> list[Finding]:
    """Parts against wholes declared in claims.yaml (measures with part_of): a part may not exceed its whole."""
    findings: list[Finding] = []
    if not any(m.part_of for m in config.measures):
        return findings
    ordered = sorted(slots.items(), key=lambda kv: (kv[0].subject, kv[0].period, kv[0].kind))
    for measure in config.measures:
        if not measure.part_of:
            continue
        for slot, parts in ordered:
            if slot.object != measure.name:
                continue
            whole_slot = Slot(slot.subject, measure.part_of, slot.period, slot.kind)
            wholes = slots.get(whole_slot)
            if wholes:
                findings.append(_scope(slot, whole_slot, parts, wholes, config, dates, rates, retold))
    return findings


def _scope(part_slot: Slot, whole_slot: Slot, parts: list[Claim], wholes: list[Claim], config: Config,
           dates: dict[str, dt.date | None], rates: Rates, retold: Retold) -> Finding:
    slot = Slot(part_slot.subject, f"{part_slot.object} ⊂ {whole_slot.object}", part_slot.period, part_slot.kind)
    placed, notes = _place(sorted(parts + wholes, key=lambda c: (c.doc, c.start)), slot, config, dates, rates,
                           retold=retold)
    part_ids = {c.id for c in parts}
    over = [(a, b) for a in placed if a.claim.id in part_ids for b in placed
            if b.claim.id not in part_ids and a.low > b.high and disagree(a, b, config)]
    code = "CC003" if over else "CC103"
    name, status = CODES[code]
    claims = [p.claim for p in placed]
    first_part = next(p for p in placed if p.claim.id in part_ids)
    first_whole = next(p for p in placed if p.claim.id not in part_ids)
    verb = "exceeds its whole," if over else "is part of"
    message = (f"{slot.subject} / {slot.period}: {first_part.claim.text} ({part_slot.object}) {verb} "
               f"{first_whole.claim.text} ({whole_slot.object})")
    return Finding(
        id=fingerprint(code, slot, claims),
        code=code,
        name=name,
        status=status,
        slot=slot,
        claims=tuple(c.id for c in claims),
        disagree=tuple((a.claim.id, b.claim.id) for a, b in over),
        message=message,
        unit=placed[0].unit if placed else None,
        comparisons=_comparisons(placed),
        notes=tuple(notes),
        method=f"{part_slot.object} is declared part of {whole_slot.object} in claims.yaml; "
               "a part conflicts only when it exceeds the whole",
    )


def _fact_slot(fact: Fact) -> Slot:
    """The slot whose claims are about what a known fact states (kinds named as slot_of names them)."""
    kind = fact.kind if fact.kind in ("count", "money") else f"{fact.kind} ({fact.unit})"
    if kind == "count" and _few(fact.value):
        kind = FEW
    return Slot(fact.subject, fact.measure, fact.period, kind)


def fact_id(fact: Fact, config: Config) -> str:
    """How a known fact is named where a claim id would be: "claims.yaml:70"."""
    return f"{config.path or 'claims.yaml'}:{fact.line}"


def _against_fact(fact: Fact, slot: Slot, claims: list[Claim], config: Config, dates: dict[str, dt.date | None],
                  rates: Rates, retold: Retold) -> Finding:
    """Every claim of a slot against the figure claims.yaml records for it (one article is enough)."""
    ordered = sorted(claims, key=lambda c: (c.doc, c.start))
    placed, notes = _place(ordered, slot, config, dates, rates, pivot=fact.unit if fact.kind == "money" else None,
                           retold=retold)
    points, limit = _limits(slot, config)
    known = fact_id(fact, config)
    wrong = [p for p in placed if _apart(p.low, p.high, fact.value, fact.value, points, limit)]
    code = "CC004" if wrong else "CC104"
    name, status = CODES[code]
    where = f"{slot.subject} / {slot.object} / {slot.period}"
    source = f" (source: {fact.source})" if fact.source else ""
    if wrong:
        more = f" (+{len(wrong) - 1} more)" if len(wrong) > 1 else ""
        message = (f"{where}: {wrong[0].claim.text} ({wrong[0].claim.doc}) contradicts the known "
                   f"{fact.written} at {known}{source}{more}")
    else:
        message = f"{where}: {len(placed)} claims match the known {fact.written} at {known}{source}"
    fact_comparison = Comparison(known, fact.value, fact.value, fact.unit, None)
    return Finding(
        id=fingerprint(code, slot, [p.claim for p in wrong] or ordered),
        code=code,
        name=name,
        status=status,
        slot=slot,
        claims=tuple(c.id for c in ordered),
        disagree=tuple((p.claim.id, known) for p in wrong),
        message=message,
        unit=fact.unit,
        comparisons=(*_comparisons(placed), fact_comparison),
        notes=tuple(notes),
        method=f"each claim against the figure claims.yaml records at {known}{source}; " + _method(slot, config),
        tolerance=_allowed(slot, config),
    )


def merged_names(claims: Iterable[Claim], config: Config) -> dict[str, str]:
    """How the claims' subject names merge (see names.merge_names).

    A place is as the checker compares it, and a people's adjective or a capital is its country ("Britain"
    and "British" are the UK, "Berlin" Germany).
    """
    configured = frozenset(e.name for e in config.entities)
    subjects = {c.subject for c in claims if c.subject}
    merged = merge_names(subjects, configured)
    for name in subjects - configured:
        country = PLACE_ALIASES.get(name) or COUNTRY_OF_PEOPLE.get(name) or CAPITAL_OF.get(name.title())
        if country and country != name:
            merged[name] = country
    return merged


def _period_key(claim: Claim) -> str:
    return claim.period.key if claim.period else "unknown"


def fiscal_keys(claims: list[Claim], names: dict[str, str]) -> dict[Claim, str]:
    """The key each claim's period is known by, where a company's fiscal quarters make two keys one period.

    A fiscal quarter is keyed by the calendar year it ends in ("fiscal first quarter" on October 29, 2025:
    2025-Q1). Where a subject's article says which months one is ("the fourth quarter ended Aug. 28"), the
    subject's "three months to August" is that quarter too; a quarter of a fiscal year named ("Q1 FY2026")
    is the subject's first quarter ending in 2025 or 2026, whichever one its articles state.
    """
    subject_of = {c: names.get(c.subject, c.subject) for c in claims if c.subject and c.period}
    months: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c, subject in subject_of.items():
        if c.period and c.period.months:
            months[(subject, c.period.months)].add(c.period.key)
    keys = {c: next(iter(months[(subject, c.period.key)])) for c, subject in subject_of.items()
            if c.period and len(months.get((subject, c.period.key), ())) == 1}
    quarters: dict[str, set[str]] = defaultdict(set)
    for c, subject in subject_of.items():
        if (key := keys.get(c) or _period_key(c)) and QUARTER_KEY.fullmatch(key):
            quarters[subject].add(key)
    named: dict[str, set[str]] = defaultdict(set)  # per subject, the fiscal years its articles name in full
    for c, subject in subject_of.items():
        fy = _FISCAL_YEAR_KEY.match(c.period.key) if c.period else None
        if c.period and fy and not _RELATIVE_FISCAL.search(c.period.label):
            named[subject].add(fy.group(0))
    for c, subject in subject_of.items():
        relative = _FISCAL_YEAR_KEY.match(_period_key(c)) if c.period and _RELATIVE_FISCAL.search(c.period.label) \
            else None
        if relative and f"FY{relative['year']}" not in named[subject] \
                and f"FY{int(relative['year']) + 1}" in named[subject]:  # "this fiscal year" in December, of a
            keys[c] = f"FY{int(relative['year']) + 1}{_period_key(c)[relative.end():]}"  # fiscal 2026 named
    for c, subject in subject_of.items():
        fiscal = FISCAL_QUARTER_KEY.fullmatch(_period_key(c))
        if fiscal:
            year, q = int(fiscal["year"]), fiscal["q"]
            stated = [key for key in (f"{year - 1}-Q{q}", f"{year}-Q{q}") if key in quarters[subject]]
            if len(stated) == 1:
                keys[c] = stated[0]
    return keys


_FISCAL_YEAR_KEY = re.compile(r"FY(?P<year>\d{4})(?= |$)")  # "FY2026", "FY2026 earlier"
# A fiscal year told from the article's date, named for its calendar year (periods.resolve): a company whose
# fiscal year ends in May is in its fiscal 2026 in December 2025, as its other articles may say
_RELATIVE_FISCAL = re.compile(r"\((?:last|previous|past|this|current|next|coming|the(?: full)?) fiscal year\)", re.I)


def _merged_objects(claims: list[Claim], names: dict[str, str],
                    periods: Mapping[Claim, str]) -> dict[tuple[str | None, str], dict[str, str]]:
    """Per (merged) subject and period, how unconfigured object phrases merge (merge_objects).

    Phrases of claims with no period (undated articles) merge with those of every period of their
    subject, and each period's with those undated ones, so that an undated "jobs" and a dated "American
    jobs" or "construction jobs" meet as "jobs" and the undated claim can join its dated thread (see
    _undated_joined). An undated phrase a dated article states too merges as it does there: a blog's
    "7 million pirated books" are the pirated books a wire states for June, not its "500,000 books".
    """
    phrases: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    every: dict[str | None, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.subject and claim.object:
            subject = names.get(claim.subject, claim.subject)
            phrases[(subject, periods.get(claim) or _period_key(claim))].add(claim.object)
            every[subject].add(claim.object)
    merged = {(subject, period): merge_objects(sorted(group | phrases.get((subject, "unknown"), set())))
              for (subject, period), group in phrases.items() if period != "unknown"}
    dated: dict[str | None, list[str]] = defaultdict(list)  # per subject, the periods it is stated for
    for key in merged:
        dated[key[0]].append(key[1])
    for (holder, period), group in phrases.items():
        if period == "unknown":
            undated = merge_objects(sorted(every[holder]))
            for stated in sorted(dated[holder]):  # "more than 7 million pirated books", stated for June: as June's
                mapping = merged[(holder, stated)]
                undated.update((p, mapping[p]) for p in phrases[(holder, stated)] & group)
            merged[(holder, period)] = undated
    return merged


def trends(slots: dict[Slot, list[Claim]]) -> list[Trend]:
    """Who and what stated for two or more known periods, oldest first: a trend, not a conflict."""
    by_thread: dict[tuple[str, str, str], dict[str, list[Claim]]] = defaultdict(dict)
    for slot, group in slots.items():
        if slot.period != "unknown":
            by_thread[(slot.subject, slot.object, slot.kind)][slot.period] = group
    found = []
    for (subject, obj, kind), periods in sorted(by_thread.items()):
        if len(periods) < 2:
            continue
        points = tuple(
            (_label(group), tuple(sorted({c.text for c in group}, key=lambda t: (len(t), t))))
            for _, group in sorted(periods.items())
        )
        found.append(Trend(subject, obj, kind, points))
    return found


def _label(group: list[Claim]) -> str:
    labels = sorted({c.period.label for c in group if c.period})
    return labels[0] if labels else "unknown"
