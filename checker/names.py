"""Which subject names found without claims.yaml are one subject: "Arcturus" is "Arcturus Semiconductor"."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

# First words that name a project after its own name: "Project Aurora" is called "Aurora" too
DESIGNATORS = frozenset({"Project", "Operation", "Programme", "Program", "Mission"})


def merge_names(names: Iterable[str], configured: frozenset[str] = frozenset()) -> dict[str, str]:
    """Map a short name to the one longer name it begins, where exactly one does.

    "Riverside" -> "Riverside Council" when the corpus also names "Riverside Council"; "Apple" stays
    itself when both "Apple Music" and "Apple Inc" are named; "Aurora" -> "Project Aurora" (the rest
    of a name after a designator such as "Project"). Configured entities are never merged:
    claims.yaml already says who they are.
    """
    beginnings: dict[tuple[str, ...], set[str]] = defaultdict(set)  # first words -> longer names
    unique = set(names) - configured
    for name in unique:
        words = tuple(name.split())
        for n in range(1, len(words)):
            beginnings[words[:n]].add(name)
        if len(words) > 1 and words[0] in DESIGNATORS:
            beginnings[words[1:]].add(name)
    merged: dict[str, str] = {}
    for name in unique:
        longer = beginnings.get(tuple(name.split()), ())
        if len(longer) == 1:
            merged[name] = next(iter(longer))
    return merged
