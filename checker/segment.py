"""Cheap sentence splitting and the prefilter that spares the tokenizer sentences without numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.patterns import DENOMINATORS, MULTIPLIERS, SCALE_WORDS_LOWER, SMALL_NUMBERS, VAGUE

_BREAK = re.compile(r"\n\s*\n|\n(?=\s*[-•*]\s)|(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9])|\n")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Inc|Ltd|Co|Corp|St|Jr|Sr|vs|etc|No|Fig|Gen|Gov|Sen|Rep|approx|est"
    r"|[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec)"
    r"|\b[A-Z]|\b(?:U\.S|U\.K|E\.U))\.$"
)
NUMERIC_WORDS = frozenset(SMALL_NUMBERS) | frozenset(VAGUE) | SCALE_WORDS_LOWER | frozenset(MULTIPLIERS) | frozenset(
    DENOMINATORS
)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z]+")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) character spans of the sentences of a text, whitespace trimmed."""
    start = 0
    for m in _BREAK.finditer(text):
        if "\n" not in m.group(0) and _ABBREVIATIONS.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        yield from _trimmed(text, start, m.start())
        start = m.end()
    yield from _trimmed(text, start, len(text))


MAX_SENTENCE = 2000  # characters; longer runs (tables, scraped one-line pages) are cut at a space


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def may_hold_number(sentence: str) -> bool:
    """True when a sentence has a digit or a number word, so it is worth tokenizing."""
    if _DIGIT.search(sentence):
        return True
    return not NUMERIC_WORDS.isdisjoint(_WORD.findall(sentence.lower()))
