"""Labelled articles: each claim found and read right, each distractor left alone (issue 3's held-out measures)."""

from __future__ import annotations

from typing import Any

import pytest
from articles import FALSE_ALARMS, LABELS, flagged_within, matched, rejected, span, wrong


def _params(key: str) -> list[Any]:
    params = []
    for article in LABELS:
        for label in article.get(key, []):
            marks = [pytest.mark.xfail(reason=label["known"], strict=True)] if "known" in label else []
            nth = f" ({label['nth']})" if label.get("nth", 1) > 1 else ""
            params.append(pytest.param(article["file"], label, id=f"{article['id']}/{label['text']}{nth}", marks=marks))
    return params


@pytest.mark.parametrize(("file", "label"), _params("claims"))
def test_claim_is_read_right(file: str, label: dict[str, Any]) -> None:
    claim = matched(file, label)
    assert not wrong(label, claim), (wrong(label, claim), claim)


@pytest.mark.parametrize(("file", "label"), _params("distractors"))
def test_distractor_is_no_claim(file: str, label: dict[str, Any]) -> None:
    assert rejected(file, label), matched(file, label)


def test_every_label_names_its_own_figure() -> None:
    """No two labels of an article name the same figure (a second occurrence needs `nth`)."""
    for article in LABELS:
        spans = [span(article["file"], label) for label in article["claims"] + article.get("distractors", [])]
        assert len(set(spans)) == len(spans), article["id"]


def test_the_scorer_sees_a_wrong_reading() -> None:
    """The matching cannot pass everything: a label with another value, unit or subject is wrong."""
    article = LABELS[0]
    label = dict(article["claims"][0])
    claim = matched(article["file"], label)
    assert claim is not None and not wrong(label, claim)
    assert wrong({**label, "value": label["value"] * 2}, claim) == ["value"]
    assert wrong({**label, "unit": "EUR"}, claim) == ["unit"]
    assert wrong({**label, "subject": "Somebody Else"}, claim) == ["subject"]
    assert wrong(label, None) == ["missed"]


def test_the_articles_raise_only_the_known_false_alarms() -> None:
    """Each article tells one story with no misreport: a pair flagged among them is a false alarm."""
    assert flagged_within() == {frozenset((spec["a"], spec["b"])) for spec in FALSE_ALARMS}
