"""Frozen hand-off types between the stages: documents, claims, slots and findings."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Ignore:
    """A claimcheck-ignore comment: the span of the line it covers, its codes (none: all) and reason."""

    start: int
    end: int
    codes: tuple[str, ...]
    reason: str
    line: int


@dataclass(frozen=True)
class Suppressions:
    """What a document's comments switch off."""

    whole_file: bool = False
    disabled: tuple[tuple[int, int], ...] = ()
    ignores: tuple[Ignore, ...] = ()


@dataclass(frozen=True)
class Document:
    """One decoded input file, with the date it speaks from where one is known."""

    path: str
    text: str
    date: dt.date | None = None
    date_source: str | None = None
    source: str | None = None
    suppressions: Suppressions = field(default_factory=Suppressions)


@dataclass(frozen=True)
class DocStatus:
    """What happened to one input path: ok, skipped or error, and why."""

    doc: str
    status: str
    reason: str | None = None


@dataclass(frozen=True)
class Quantity:
    """A stated amount: point value or interval in a canonical unit, with hedges."""

    kind: str
    unit: str | None
    value: float | None
    low: float | None
    high: float | None
    approx: bool = False
    change: str | None = None
    precision: float = 0.0
    per: str | None = None  # the time a count is per, apart from the contract's unit ("900,000 wafers a month": "mo")


@dataclass(frozen=True)
class Period:
    """When a claim holds: a grouping key ("2024", "2024-Q4", "FY2025") and how it was said."""

    key: str
    label: str
    implied: bool = False
    months: str | None = None  # a fiscal quarter's months as a key of its own ("2025-08-3m"), where known


@dataclass(frozen=True)
class Claim:
    """One numeric claim found in a document, attributed to subject, object and period."""

    doc: str
    start: int
    end: int
    text: str
    quantity: Quantity
    sentence: str
    sentence_start: int
    line: int
    subject: str | None = None
    object: str | None = None
    period: Period | None = None
    column: int = 1
    ignore: Ignore | None = None
    party: str | None = None  # the other party a list's role item names ("- Customer: Meta Platforms"), if any
    place: str | None = None  # the one place an undated article's headline names, for its list items' sums

    @property
    def id(self) -> str:
        """Stable identifier: the document and the claim's character span.

        Built when asked: a cached property's lock costs more than the string.
        """
        return f"{self.doc}:{self.start}-{self.end}"

    def glosses(self, before: Claim) -> bool:
        """Whether this claim is the bracketed gloss of the one before it in another currency.

        "€5bn ($5.8bn)", "12.1 trillion won (about €7.3bn)".
        """
        q, b = self.quantity, before.quantity
        return self.sentence_start == before.sentence_start and q.kind == b.kind == "money" \
            and None is not q.unit != b.unit is not None and not q.change \
            and _GLOSS_OPENING.fullmatch(self.sentence, before.end - self.sentence_start,
                                         self.start - self.sentence_start) is not None


@dataclass(frozen=True)
class Slot:
    """What a group of claims is about: who, what and when (plus the kind of quantity)."""

    subject: str
    object: str
    period: str
    kind: str


@dataclass(frozen=True)
class Comparison:
    """How one claim was brought into the slot's common unit for comparison."""

    claim_id: str
    low: float
    high: float
    unit: str | None
    note: str | None = None
    bound: tuple[float, float] | None = None  # a claim bounded on one side only: its bound's interval


@dataclass(frozen=True)
class Finding:
    """The verdict on one slot with two or more claims."""

    id: str
    code: str
    name: str
    status: str
    slot: Slot
    claims: tuple[str, ...]
    disagree: tuple[tuple[str, str], ...]  # all pairs that disagree, or past reconcile.PAIR_LIMIT a cover
    message: str
    unit: str | None = None
    comparisons: tuple[Comparison, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = field(default_factory=tuple)
    reason: str | None = None
    method: str = ""
    tolerance: str = ""  # the gap allowed between figures of the slot, as a reader sees it ("2.0%", "1 point")
    ignored: tuple[str, ...] = ()
    disagree_total: int = -1  # how many pairs disagree; -1: as many as `disagree` lists

    @property
    def pairs_disagreeing(self) -> int:
        """How many pairs of the slot disagree, listed or not."""
        return len(self.disagree) if self.disagree_total < 0 else self.disagree_total

    def partners(self) -> dict[str, list[str]]:
        """For each claim in a disagreeing pair, the ids of the claims it disagrees with, sorted."""
        found: dict[str, list[str]] = {}
        for a, b in self.disagree:
            found.setdefault(a, []).append(b)
            found.setdefault(b, []).append(a)
        return {claim: sorted(others) for claim, others in found.items()}


@dataclass(frozen=True)
class DocInfo:
    """A document's accounting line: its status and, when read, its date and claim count."""

    status: DocStatus
    date: dt.date | None = None
    date_source: str | None = None
    claims: int = 0
    ignores: tuple[Ignore, ...] = ()


@dataclass(frozen=True)
class Trend:
    """The same who and what in several periods: never compared, shown side by side.

    `points` holds, per period in order, its label and the figures as written (each once).
    """

    subject: str
    object: str
    kind: str
    points: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Outcome:
    """Everything one check produced, handed to the report formatters."""

    documents: tuple[DocInfo, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    slots: int
    version: str
    ignores: tuple[tuple[str, Ignore], ...] = ()
    trends: tuple[Trend, ...] = ()


_GLOSS_OPENING = re.compile(r"\s*\(\s*(?:(?:about|around|roughly|some|nearly|approximately|almost|c\.)\s+)?")
