"""Cheap sentence splitting and the prefilter that spares the tokenizer sentences without numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.patterns import DENOMINATORS, MULTIPLIERS, SCALE_WORDS_LOWER, SMALL_NUMBERS, VAGUE, VULGAR_FRACTIONS

# Every alternative starts with a newline or a stop, so the regex engine skips other characters fast.
# A sentence opens with a capital or a digit, or with a name written in lower case before a capital ("iPhone", "xAI")
_BREAK = re.compile(r"\n\s*\n|\n(?=\s*[-•*]\s)|\n|[.!?][\"”’)]*\s+(?=[\"“‘(]*(?:[A-Z0-9]|[a-z][A-Z]))")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Inc|Ltd|Co|Corp|St|Jr|Sr|vs|etc|Fig|Gen|Gov|Sen|Rep|approx|est"
    r"|[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec)"
    r"|\b[A-Z]|\b(?:U\.S|U\.K|E\.U))\.$"
)
_NUMBER_SIGN = re.compile(r"(?:^|\W)[Nn]o\.$")  # "No." before a number is its sign, no full stop
# Words that open a sentence, not a name: after one, "Inc." or "on X." ended the sentence before it
# A numbered list item's number at the start of a line: "1. Job cuts: 53,000" is one sentence
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,2}\.$")
_OPENS = re.compile(r"(?:The|This|These|It|Its|But|He|She|They|We|That|There)\s")
NUMERIC_WORDS = frozenset(SMALL_NUMBERS) | frozenset(VAGUE) | SCALE_WORDS_LOWER | frozenset(MULTIPLIERS) | frozenset(
    DENOMINATORS
)
_DIGIT = re.compile(r"[\d" + "".join(VULGAR_FRACTIONS) + "]")  # digits and the vulgar fractions
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # where str.splitlines breaks a line
_LINE_END = re.compile(f"[{_LINE_BREAKS}]")
_WORD = re.compile(r"[a-z]+")


def headline(text: str) -> str:
    """An article's headline: its first line that is not blank, as str.splitlines gives it.

    Found without splitting the whole (maybe very long) document into lines.
    """
    first = len(text) - len(text.lstrip())
    if first == len(text):
        return ""
    start = first
    while start and text[start - 1] not in _LINE_BREAKS:
        start -= 1  # the blanks before the headline's first word, on its line
    end = _LINE_END.search(text, first)
    return text[start : end.start() if end else len(text)]


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) character spans of the sentences of a text, whitespace trimmed."""
    start = 0
    for m in _BREAK.finditer(text):
        stop = text[m.start()] != "\n"
        cut = m.start() + 1 if stop else m.start()  # a sentence keeps its full stop
        if stop and _ABBREVIATIONS.search(text[max(0, cut - 12) : cut]) and not _OPENS.match(text, m.end()):
            continue
        if stop and _LIST_NUMBER.search(text[max(0, cut - 6) : cut]):
            continue
        if stop and _NUMBER_SIGN.search(text[max(0, cut - 4) : cut]) and text[m.end() : m.end() + 1].isdigit():
            continue  # "the No. 2 chipmaker" (not "No. Nvidia also bought ...")
        yield from _trimmed(text, start, cut)
        start = m.end()
    yield from _trimmed(text, start, len(text))


MAX_SENTENCE = 2000  # characters; longer runs (tables, scraped one-line pages) are cut at a space


_NOT_SPACE = re.compile(r"\S")


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span without surrounding whitespace, cut into pieces of at most MAX_SENTENCE characters.

    Whitespace is skipped with a regex and rstrip, not a character loop: a file of 200 MB of blanks
    must cost no more than reading it.
    """
    start = _skip_space(text, start, end)
    end = start + len(text[start:end].rstrip())
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut
        start = _skip_space(text, cut, end)
    if end > start:
        yield start, end


def _skip_space(text: str, start: int, end: int) -> int:
    found = _NOT_SPACE.search(text, start, end)
    return found.start() if found else end


def may_hold_number(sentence: str) -> bool:
    """True when a sentence has a digit or a number word, so it is worth tokenizing."""
    if _DIGIT.search(sentence):
        return True
    return not NUMERIC_WORDS.isdisjoint(_WORD.findall(sentence.lower()))


class Lines:
    """Line and column of offsets in a text, asked in (mostly) increasing order.

    Counts newlines only between consecutive questions, so a text of millions of lines, or one line
    of millions of characters, costs what it takes to read it once.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0  # last offset asked about
        self.line = 1  # its line
        self.line_start = 0  # where that line starts

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, column), both counted from 1."""
        if offset < self.offset:
            self.offset, self.line, self.line_start = 0, 1, 0
        breaks = self.text.count("\n", self.offset, offset)
        if breaks:
            self.line += breaks
            self.line_start = self.text.rfind("\n", self.offset, offset) + 1
        self.offset = offset
        return self.line, offset - self.line_start + 1
