"""Which subject names found without claims.yaml are one subject: "Arcturus" is "Arcturus Semiconductor"."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def merge_names(names: Iterable[str], configured: frozenset[str] = frozenset()) -> dict[str, str]:
    """Map a short name to the one longer name it begins, where exactly one does.

    "Riverside" -> "Riverside Council" when the corpus also names "Riverside Council"; "Apple" stays
    itself when both "Apple Music" and "Apple Inc" are named. Configured entities are never merged:
    claims.yaml already says who they are.
    """
    beginnings: dict[tuple[str, ...], set[str]] = defaultdict(set)  # first words -> longer names
    unique = set(names) - configured
    for name in unique:
        words = tuple(name.split())
        for n in range(1, len(words)):
            beginnings[words[:n]].add(name)
    merged: dict[str, str] = {}
    for name in unique:
        longer = beginnings.get(tuple(name.split()), ())
        if len(longer) == 1:
            merged[name] = next(iter(longer))
    return merged
