"""Calendar dates written in prose: "February 2, 2024", "2 Feb 2024", "2024-02-02", "2024.02.02", "15.07.2025"."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_FORMS = (
    re.compile(r"(?P<year>\d{4})(?P<sep>[-./])(?P<mnum>\d{1,2})(?P=sep)(?P<day>\d{1,2})"),  # 2025-07-28, 2025.07.28
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})", re.I),
)
# Day, month and year in figures: "15.07.2025" (day first), "15/07/2025" or "7/15/2025" (when the order shows);
# "03/04/2025", where either order makes a date, is read day first, as outside the US (see `day_first_guess`)
_NUMERIC = re.compile(r"(?P<first>\d{1,2})(?P<sep>[./])(?P<second>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})")
# A wire dateline: "MEMPHIS, Tennessee, Sept 3, 2024 (Reuters) -", "LONDON, 4 March 2025 —"
_WIRE = re.compile(r"[A-Z][A-Z .'/-]+,(?: [A-Z][\w .]+,)? (?P<date>[^()—–-]{8,24}?)\s*(?:\([A-Za-z .]+\)\s*)?[—–-] "
                   r"|(?P<bare>[^()—–-]{8,24}?)\s*\([A-Za-z .]+\)\s*[—–-] ")  # "March 31, 2025 (Reuters) - "
_LABEL = re.compile(r"^(?:[•·*\-–—|]\s*)*(?:(?:published|updated|posted|date|dated|on)\s*:?\s*)?", re.I)
_WEEKDAY = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.I)


def parse_date(text: str) -> dt.date | None:
    """The date a whole string states, or None when it is not exactly a date."""
    s = _WEEKDAY.sub("", _LABEL.sub("", text.strip())).strip().rstrip(".")
    for form in _DATE_FORMS:
        m = form.fullmatch(s)
        if m:
            return _to_date(m)
    numeric = _NUMERIC.fullmatch(s)
    return _numeric_date(numeric) if numeric else None


def _numeric_date(m: re.Match[str]) -> dt.date | None:
    """The date of "15.07.2025" (a dot: day first), "7/15/2025" (month first: the day shows) or "03/04/2025".

    When either order makes a date ("03/04/2025"), it is read day first: 3 April.
    """
    first, second = int(m["first"]), int(m["second"])
    day, month = (second, first) if m["sep"] == "/" and second > 12 else (first, second)
    try:
        return dt.date(int(m["year"]), month, day)
    except ValueError:
        return None


def day_first_guess(text: str) -> bool:
    """Whether a date in figures could be read either way ("03/04/2025") and was read day first."""
    m = _NUMERIC.search(text)
    return bool(m and m["sep"] == "/" and int(m["first"]) <= 12 and int(m["second"]) <= 12
                and m["first"] != m["second"])


def _to_date(m: re.Match[str]) -> dt.date | None:
    """The date a _DATE_FORMS match names, or None when there is no such day."""
    month = int(m["mnum"]) if m.groupdict().get("mnum") else MONTHS[m["month"].lower()]
    try:
        return dt.date(int(m["year"]), month, int(m["day"]))
    except ValueError:
        return None


_BYLINE_WORDS = 7  # "Posted on <date> by TechPulse Staff", "The AI Brief - <date>": a few words beside the date


def _in_line(line: str) -> dt.date | None:
    """The date of a short byline or masthead line: a full date with at most a few words around it."""
    for form in _DATE_FORMS:
        m = form.search(line)
        if m:
            rest = line[: m.start()] + " " + line[m.end():]
            if len(rest.split()) <= _BYLINE_WORDS and not rest.strip().endswith((".", "?", "!")):
                return _to_date(m)
    return None


def wire_dateline_end(sentence: str) -> int:
    """Where a wire dateline opening a sentence ends ("Sept 30, 2025 (Reuters) - "); 0 when none does.

    Its date is the article's, not a period the sentence's figures hold for.
    """
    wire = _WIRE.match(sentence)
    return wire.end() if wire and parse_date(wire["date"] or wire["bare"]) else 0


def find_dateline(text: str, max_lines: int = 12) -> tuple[dt.date, int] | None:
    """A line near the top of an article that is a date, with its 1-based line number.

    A line that is only a date wins; failing that, a short byline or masthead line that holds one
    ("Posted on March 15, 2025 by TechPulse Staff", "The AI Brief - October 4, 2024"). A sentence
    that mentions a date is not a dateline.
    """
    lines = [line.strip() for line in text.splitlines()[:max_lines]]
    for number, line in enumerate(lines, start=1):
        if 6 <= len(line) <= 60:
            found = parse_date(line)
            if found:
                return found, number
    for number, line in enumerate(lines, start=1):
        if len(line) <= 90:
            found = _in_line(line)
            if found:
                return found, number
        wire = _WIRE.match(line)
        if wire:
            found = parse_date(wire["date"] or wire["bare"])
            if found:
                return found, number
    return None


# A wire dateline with no year: "SAN FRANCISCO, Oct 14 (Reuters) - ... said on Tuesday"
_WIRE_NO_YEAR = re.compile(r"(?:[A-Z][A-Z .'/-]+,(?: [A-Z][\w .]+,)? )?(?:(?i:" + _MONTH + r")\s+(?P<day>\d{1,2})"
                           r"|(?P<dfirst>\d{1,2})\s+(?i:" + _MONTH.replace("month", "mfirst") + r"))"
                           r"\s*\([A-Za-z .]+\)\s*[—–-] ")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_WEEKDAY = re.compile(r"\b(?:on|late|early)\s+(?P<weekday>" + "|".join(d.title() for d in WEEKDAYS) + r")\b")
_NAMED_YEAR = re.compile(r"(?<![\d$€£.,-])\b((?:19|20)\d{2})\b(?![.,]?\d|%)")
_WEEKDAY_REACH = 600  # characters after a dateline in which its story names the day of the week


def yearless_dateline(text: str, max_lines: int = 12) -> tuple[dt.date, int] | None:
    """A wire dateline's day with no year, dated by the weekday its story names and the years it writes.

    "Oct 14 (Reuters) - Oracle ... said on Tuesday": of the years in which 14 October is a Tuesday, the
    one nearest the middle of the years the article writes and not after the latest of them ("starting
    in the third quarter of 2026", "in 2027": 2025, not 2031). None without a weekday or a year written.
    """
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True)[:max_lines], start=1):
        m = _WIRE_NO_YEAR.match(line.strip())
        offset += len(line)
        if not m:
            continue
        month = MONTHS[(m["month"] or m["mfirst"]).lower()]
        day = int(m["day"] or m["dfirst"])
        said = _ON_WEEKDAY.search(text, offset - len(line), offset - len(line) + _WEEKDAY_REACH)
        years = sorted(int(y) for y in _NAMED_YEAR.findall(text))
        if said is None or not years:
            return None
        weekday = WEEKDAYS.index(said["weekday"].lower())
        middle = years[len(years) // 2]
        candidates = [year for year in range(years[0] - 11, years[-1] + 1)
                      if _weekday(year, month, day) == weekday]
        if not candidates:
            return None
        return dt.date(min(candidates, key=lambda year: (abs(year - middle), year)), month, day), number
    return None


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None
