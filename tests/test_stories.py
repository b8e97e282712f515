"""Zero-configuration checks of multi-article stories: misreports flagged, lookalikes left alone."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from stories import EXPECT, TOGETHER, flagged_pairs, outcome, outcome_together, pair, pair_together, score

from checker.model import Outcome


@cache
def _result(story_id: str) -> Outcome:
    return outcome(next(s for s in EXPECT if s["id"] == story_id))


def _params(key: str) -> list[Any]:
    params = []
    for story in EXPECT:
        for spec in story[key]:
            marks = [pytest.mark.xfail(reason=spec["known"], strict=True)] if "known" in spec else []
            label = f"{story['id']}/{spec['a']} vs {spec['b']}"
            params.append(pytest.param(story["id"], spec, id=label, marks=marks))
    return params


@pytest.mark.parametrize(("story_id", "spec"), _params("conflicts"))
def test_conflict_is_flagged(story_id: str, spec: dict[str, str]) -> None:
    assert pair(spec) in flagged_pairs(_result(story_id)), spec["why"]


@pytest.mark.parametrize(("story_id", "spec"), _params("consistent"))
def test_consistent_pair_is_not_flagged(story_id: str, spec: dict[str, str]) -> None:
    assert pair(spec) not in flagged_pairs(_result(story_id)), spec["why"]


def test_every_story_is_listed_once() -> None:
    """Two stories under one id would score the second's pairs against the first's articles."""
    ids = [s["id"] for s in EXPECT]
    dirs = [s["dir"] for s in EXPECT]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
    assert sorted({d for d in dirs if dirs.count(d) > 1}) == []
    on_disk = {p.name for p in (Path(__file__).parent / "stories").iterdir() if p.is_dir()}
    assert sorted(on_disk - set(dirs)) == []


def test_every_listed_claim_exists() -> None:
    """A typo in the expectations would make a must-not-flag pair pass for nothing."""
    for story in EXPECT:
        labels = {f"{c.doc.rsplit('/', 1)[-1]}: {c.text}" for c in _result(story["id"]).claims}
        for spec in story["conflicts"] + story["consistent"]:
            assert {spec["a"], spec["b"]} <= labels, (story["id"], spec)


def test_story_figures_hold() -> None:
    """Over all stories: <= 5% of consistent pairs flagged and >= 80% of flags real (the issue's targets).

    Recall is held pair by pair above: every conflict not marked `known` must be flagged. The issue
    asks for 90%; `known` misses count against it (bench/stories.py prints the figures).
    """
    result = score(EXPECT, [_result(s["id"]) for s in EXPECT])
    assert result.false_alarm_rate <= 0.05, result
    assert result.precision >= 0.8, result


@pytest.mark.parametrize("mix", TOGETHER, ids=[m["id"] for m in TOGETHER])
def test_stories_side_by_side(mix: dict[str, Any], tmp_path: Path) -> None:
    stories = [next(s for s in EXPECT if s["id"] == i) for i in mix["stories"]]
    result, story_of = outcome_together(stories, tmp_path)
    found = flagged_pairs(result)
    for story in stories:
        alone = flagged_pairs(_result(story["id"]))
        for spec in story["conflicts"]:
            if pair(spec) in alone:
                assert pair_together(story, spec) in found, (spec, mix["why"])
        for spec in story["consistent"]:
            assert pair_together(story, spec) not in found, (spec, mix["why"])
    across = {p for p in found if len({story_of[x.split(": ")[0]] for x in p}) > 1}
    assert across == {pair(spec) for spec in mix.get("across", [])}, mix["why"]
