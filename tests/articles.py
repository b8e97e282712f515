"""Scoring the extractor on labelled articles (tests/articles/, labels in tests/cases/articles/labels.yaml).

Shared by tests/test_articles.py and bench/articles.py: extract each article with no claims.yaml, as
`claimcheck extract` does, match every labelled figure to the claim whose span overlaps it, and
count what issue 3 asks of a held-out corpus: claims found, value and unit right, distractors
rejected, subject and object right.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from checker.config import parse_config
from checker.corpus import Candidate, load
from checker.extract import Extractor
from checker.measures import normalize
from checker.model import Claim
from checker.run import check

HERE = Path(__file__).parent
ARTICLES = HERE / "articles"
ASPECTS = ("value", "unit", "change", "subject", "object", "period")


def _labels() -> list[dict[str, Any]]:
    """The labels, with values as floats (YAML 1.1 reads 2.4e9, with no sign in the exponent, as a string)."""
    articles: list[dict[str, Any]] = yaml.safe_load((HERE / "cases" / "articles" / "labels.yaml").read_text("utf-8"))
    for article in articles:
        for label in article["claims"]:
            label.update({k: float(label[k]) for k in ("value", "low", "high") if label.get(k) is not None})
    return articles


LABELS = _labels()
FALSE_ALARMS: list[dict[str, str]] = yaml.safe_load(
    (HERE / "cases" / "articles" / "false_alarms.yaml").read_text("utf-8"))


def flagged_within() -> set[frozenset[str]]:
    """Every pair `check` flags over all the labelled articles, each claim as "file: text"."""
    result = check(sorted(str(ARTICLES / a["file"]) for a in LABELS), parse_config("{}", "none.yaml"))
    label = {c.id: f"{Path(c.doc).name}: {c.text}" for c in result.claims}
    return {frozenset((label[a], label[b])) for f in result.findings if f.status == "conflict" for a, b in f.disagree}


@cache
def claims_of(file: str) -> tuple[Claim, ...]:
    """The claims extracted from one article, with an empty configuration."""
    config = parse_config("{}", "none.yaml")
    document, status = load(Candidate(str(ARTICLES / file), True), config)
    assert document is not None, status
    return tuple(_extractor().extract(document))


@cache
def _extractor() -> Extractor:
    return Extractor(parse_config("{}", "none.yaml"))


def span(file: str, label: dict[str, Any]) -> tuple[int, int]:
    """Where a labelled figure is: the `nth` occurrence (default 1) of its text in the decoded article."""
    text = claims_text(file)
    start = -1
    for _ in range(label.get("nth", 1)):
        start = text.find(label["text"], start + 1)
        if start < 0:
            raise ValueError(f"{file}: {label['text']!r} (nth {label.get('nth', 1)}) is not in the article")
    return start, start + len(label["text"])


@cache
def claims_text(file: str) -> str:
    """The article's decoded text, front matter included (claim offsets count from its start)."""
    return (ARTICLES / file).read_text("utf-8")


def matched(file: str, label: dict[str, Any]) -> Claim | None:
    """The extracted claim whose span overlaps the labelled figure (the first such), or None."""
    start, end = span(file, label)
    return next((c for c in claims_of(file) if c.start < end and start < c.end), None)


def wrong(label: dict[str, Any], claim: Claim | None) -> list[str]:
    """The aspects a claim gets wrong against its label: ["missed"] when nothing was extracted.

    A label with bounds and no point value ("up to 300 MW": high only) has its bounds scored as the value.
    """
    if claim is None:
        return ["missed"]
    bad = [aspect for aspect in ASPECTS if aspect in label and not _right(aspect, label, claim)]
    q = claim.quantity
    if "value" not in label and not (q.value is None and _close(label.get("low"), q.low)
                                     and _close(label.get("high"), q.high)):
        bad.insert(0, "value")
    return bad


def _right(aspect: str, label: dict[str, Any], claim: Claim) -> bool:
    q = claim.quantity
    if aspect == "value":
        return _close(label["value"], q.value) and _close(label.get("low", label["value"]), q.low) \
            and _close(label.get("high", label["value"]), q.high)
    if aspect == "unit":
        return bool(q.unit == label["unit"])
    if aspect == "change":
        return bool(q.change == label["change"])
    accepted = label[aspect] if isinstance(label[aspect], list) else [label[aspect]]
    if aspect == "subject":
        return claim.subject in accepted
    if aspect == "object":
        return claim.object is not None and normalize(claim.object) in {normalize(a) for a in accepted}
    return claim.period is not None and claim.period.key in [str(a) for a in accepted]


def _close(expected: float | None, got: float | None) -> bool:
    if expected is None or got is None:
        return expected is got
    return math.isclose(float(expected), got, rel_tol=1e-6)


def rejected(file: str, distractor: dict[str, Any]) -> bool:
    """Whether no claim was extracted over a distractor (a year, a date, an age, a model name...)."""
    return matched(file, distractor) is None


@dataclass(frozen=True)
class Figures:
    """Issue 3's held-out measures over some labelled articles."""

    claims: int
    found: int
    value_right: int
    unit_right: int
    subjects: int  # found claims with a subject label
    subject_right: int
    objects: int
    object_right: int
    distractors: int
    distractors_rejected: int
    unlabelled: int  # claims extracted over no label: for review, neither right nor wrong

    def rates(self) -> dict[str, float]:
        def rate(a: int, b: int) -> float:
            return a / b if b else 1.0

        return {
            "claim recall": rate(self.found, self.claims),
            "value right": rate(self.value_right, self.found),
            "unit right": rate(self.unit_right, self.found),
            "distractors rejected": rate(self.distractors_rejected, self.distractors),
            "subject right": rate(self.subject_right, self.subjects),
            "object right": rate(self.object_right, self.objects),
        }


def figures(articles: list[dict[str, Any]]) -> Figures:
    """Count the held-out measures over labelled articles."""
    counts = dict.fromkeys(Figures.__dataclass_fields__, 0)
    for article in articles:
        file, used = article["file"], set()
        for label in article["claims"]:
            claim = matched(file, label)
            counts["claims"] += 1
            if claim is None:
                continue
            used.add(claim.start)
            bad = wrong(label, claim)
            counts["found"] += 1
            counts["value_right"] += "value" not in bad
            counts["unit_right"] += "unit" not in bad
            for aspect in ("subject", "object"):
                if aspect in label:
                    counts[f"{aspect}s"] += 1
                    counts[f"{aspect}_right"] += aspect not in bad
        for distractor in article.get("distractors", []):
            counts["distractors"] += 1
            hit = matched(file, distractor)
            counts["distractors_rejected"] += hit is None
            if hit is not None:
                used.add(hit.start)
        counts["unlabelled"] += sum(c.start not in used for c in claims_of(file))
    return Figures(**counts)
