"""Scoring the story corpora (tests/stories/, expectations in tests/cases/stories/stories.yaml).

Shared by tests/test_stories.py and bench/stories.py: check each story with no claims.yaml and count
which of the listed pairs were flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from checker.config import parse_config
from checker.model import Outcome
from checker.run import check

HERE = Path(__file__).parent
STORIES = HERE / "stories"
EXPECT: list[dict[str, Any]] = yaml.safe_load((HERE / "cases" / "stories" / "stories.yaml").read_text("utf-8"))


@dataclass(frozen=True)
class Score:
    """Pairs flagged in one or more stories, against the listed conflicts and consistent pairs."""

    conflicts: int
    caught: int
    consistent: int
    false_alarms: int
    flagged: int  # every disagreeing pair reported, listed or not

    @property
    def recall(self) -> float:
        return self.caught / self.conflicts if self.conflicts else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.consistent if self.consistent else 0.0

    @property
    def precision(self) -> float:
        return self.caught / self.flagged if self.flagged else 1.0


def outcome(story: dict[str, Any]) -> Outcome:
    """The check of one story's folder with an empty configuration."""
    folder = STORIES / story["dir"]
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    return check(paths, parse_config("{}", "none.yaml"))


def flagged_pairs(result: Outcome) -> set[frozenset[str]]:
    """Every pair of claims reported as disagreeing, each claim as "file: text"."""
    label = {c.id: f"{Path(c.doc).name}: {c.text}" for c in result.claims}
    return {frozenset((label[a], label[b])) for f in result.findings if f.status == "conflict"
            for a, b in f.disagree}


def pair(spec: dict[str, str]) -> frozenset[str]:
    return frozenset((spec["a"], spec["b"]))


def score(stories: list[dict[str, Any]], results: list[Outcome]) -> Score:
    conflicts = caught = consistent = alarms = flagged = 0
    for story, result in zip(stories, results, strict=True):
        found = flagged_pairs(result)
        flagged += len(found)
        conflicts += len(story["conflicts"])
        caught += sum(pair(c) in found for c in story["conflicts"])
        consistent += len(story["consistent"])
        alarms += sum(pair(c) in found for c in story["consistent"])
    return Score(conflicts, caught, consistent, alarms, flagged)


TOGETHER: list[dict[str, Any]] = yaml.safe_load((HERE / "cases" / "stories" / "together.yaml").read_text("utf-8"))


def pair_together(story: dict[str, Any], spec: dict[str, str]) -> frozenset[str]:
    """A listed pair as flagged_pairs names it when the story's articles are copied as STORY__FILE."""
    return frozenset(f"{story['dir']}__{x}" for x in pair(spec))


def outcome_together(stories: list[dict[str, Any]], folder: Path) -> tuple[Outcome, dict[str, str]]:
    """The check of several stories' articles copied into one folder; and each copy's story, by file name."""
    story_of = {}
    for story in stories:
        for path in sorted((STORIES / story["dir"]).glob("*.txt")):
            name = f"{story['dir']}__{path.name}"
            (folder / name).write_bytes(path.read_bytes())
            story_of[name] = story["dir"]
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    return check(paths, parse_config("{}", "none.yaml")), story_of
