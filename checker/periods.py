"""When a claim holds: period expressions in a sentence, resolved against the document's date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from checker.dates import MONTHS, wire_dateline_end
from checker.model import Claim, Period
from checker.patterns import COMPARED_WITH, FORECAST_AFTER, NAMED_DAYS, SAME_PART_OF_ANOTHER, SMALL_NUMBERS
from checker.segment import headline

_ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_RELATIVE_YEAR = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
                  "the": 0}  # "in the fiscal year": the running one
_RELATIVE_QUARTER = {**_RELATIVE_YEAR, "the": -1}  # "in the quarter": the one an article reports, the last over
_YEAR = r"(?:19|20)\d{2}"

_IN_YEAR = ("19", "20")
_FY = rf"(?:FY\s?|fiscal(?:\s+year)?\s+)['’]?(?P<fy>{_YEAR}|\d{{2}})"  # a fiscal year: "FY2026", "FY26", "fiscal 2026"
# "in June", "In June," (not "June 3", a day)
_MONTH_BEFORE = "[Ii]n|[Ff]or|[Dd]uring|of|[Ss]ince|[Ff]rom|[Tt]hrough|[Uu]ntil|[Bb]y"
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBREVIATIONS = "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True))
# Each form: regex, the name of the resolver that turns its match into a Period, and the lower-case
# strings one of which any match contains (a cheap test that spares the regex most sentences).
_FORMS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    # A plan's horizon of several years is no period of its figure, which holds as of its day: "in 2026 and
    # 2027", "between 2025 and 2028", "2026-2027", "over the next three years", "over three years"; so is a
    # contract's term ("$14.2bn through 2031", "runs until the end of 2031", see find_periods)
    (re.compile(rf"\b(?:(?:in|for|during|over|between|from) )?(?P<first>{_YEAR})(?: and | to | through |-|–)"
                rf"(?P<year>{_YEAR})\b(?![.,]?\d|%)", re.I), "horizon", _IN_YEAR),
    (re.compile(r"\b(?:over|in|during|within|for) (?:the )?(?:next |coming )?(?:two|three|four|five|ten|\d{1,2}) "
                r"years\b", re.I), "horizon", ("years",)),
    (re.compile(rf"\b(?:by |at |until |before )?(?:the )?(?:end|close) of (?:the year |)(?P<year>{_YEAR})\b", re.I),
     "year_end", ("end of", "close of")),
    (re.compile(rf"\b(?:by |at )?(?:the )?end-(?P<year>{_YEAR})\b", re.I), "year_end", ("end-",)),
    (re.compile(r"\b(?:by |at |until |before )?(?:the )?(?:end|close) of (?:the |this )year\b", re.I),
     "this_year_end", ("end of", "close of")),
    # a year said to have ended: "ended the year with 325 million members" (in January, the year before)
    (re.compile(r"\b(?:ended|finished|closed) the year\b", re.I), "year_ended", ("the year",)),
    (re.compile(r"\b(?:by |at |until |before )?(?:the )?(?:end|close) of (?:the |this )decade\b", re.I),
     "decade_end", ("decade",)),
    # a quarter of a fiscal year written: "Q1 FY2026", "Q4 fiscal 2025", "FY26 Q3", "fiscal 2026 first quarter",
    # "the fourth quarter of fiscal 2025"
    (re.compile(rf"\bQ(?P<q>[1-4])\s+(?:of\s+)?{_FY}\b", re.I), "fiscal_quarter", ("fy", "fiscal")),
    (re.compile(rf"\b{_FY}\s+(?:Q(?P<q>[1-4])|(?P<qword>first|second|third|fourth)[- ]quarter)\b", re.I),
     "fiscal_quarter", ("fy", "fiscal")),
    (re.compile(rf"\b(?P<qword>first|second|third|fourth)[- ]quarter\s+of\s+(?:its\s+)?{_FY}\b", re.I),
     "fiscal_quarter", ("fy", "fiscal")),
    (re.compile(rf"\b(?:FY|fiscal(?: year)?\s?)['’]?(?P<fy>{_YEAR}|\d{{2}})\b", re.I), "fiscal", ("fy", "fiscal")),
    (re.compile(r"\b(?P<rel>last|previous|past|this|current|next|coming) fiscal year\b", re.I), "relative_fiscal",
     ("fiscal",)),
    # "expects $3 billion in the fiscal year": the one running (not "in the fiscal year ended June 30")
    (re.compile(r"(?:(?<=\bin )|(?<=\bfor )|(?<=\bduring )|(?<=\bover ))(?P<rel>the) (?:full )?fiscal year\b"
                r"(?!,? (?:that |which )?(?:ended|ending|ends)\b)", re.I), "relative_fiscal", ("fiscal",)),
    # a quarter told by the month it ends in: "the fourth quarter ended Aug. 28" (of the year it ended in), "its
    # fiscal fourth quarter, which ended in August"; "the quarter ending in November": the three months to it
    (re.compile(rf"\b(?:(?:fiscal|financial)\s+)?(?:(?P<qword>first|second|third|fourth)[- ])?quarter"
                rf"(?:,?\s+(?:that|which))?"
                rf"\s+(?P<how>ended|ending|ends|to|through)\s+(?:on\s+|in\s+)?(?P<mon>{_MONTH_ABBREVIATIONS})\.?"
                rf"(?:\s+\d{{1,2}}\b)?(?:,?\s+(?P<year>{_YEAR}))?", re.I), "quarter_to", ("quarter",)),
    # a quarter named for its months: "the July-September quarter"
    (re.compile(rf"\b(?P<qmonth>January|April|July|October)[-–](?:March|June|September|December)"
                rf"(?:\s+(?P<year>{_YEAR}))?\s+quarter\b"), "quarter", ("quarter",)),
    # a quarter named for the month it ends in: "the December quarter", "the September 2025 quarter"
    (re.compile(rf"(?<![-–/])\b(?P<mon>{_MONTH_NAMES})(?:\s+(?P<year>{_YEAR}))?[- ]quarter\b"), "month_quarter",
     ("quarter",)),  # (not the end of "the July-September quarter", a span)
    (re.compile(rf"\bQ(?P<q>[1-4])(?:\s*(?:of\s+)?(?P<year>{_YEAR}))?\b"), "quarter", ("q",)),
    (re.compile(rf"\b(?P<qword>first|second|third|fourth)[- ]quarter"
                rf"(?: of (?:(?P<year>{_YEAR})|(?P<rel>last|this|next) year))?\b", re.I), "quarter", ("quarter",)),
    (re.compile(r"\b(?P<rel>last|previous|past|this|current|next|coming) quarter\b", re.I), "relative_quarter",
     ("quarter",)),
    # "lost $4.65 billion in the quarter": the quarter an article reports, the last one over at its date
    (re.compile(r"\b(?:in|during|for) (?P<rel>the) quarter\b(?! (?:ended|ending|to|through)\b)", re.I),
     "relative_quarter", ("quarter",)),
    # a day named for its shopping or holiday: "on Black Friday", "Cyber Monday 2025", "on Thanksgiving Day"
    (re.compile(rf"\b(?P<day>{'|'.join(NAMED_DAYS)})(?:,? (?P<year>{_YEAR}))?\b"),
     "named_day", tuple({day.split()[-1].lower() for day in NAMED_DAYS})),
    (re.compile(rf"\b(?P<part>early|mid|late)[- ](?P<year>{_YEAR})\b", re.I), "year_part", ("early", "mid", "late")),
    (re.compile(rf"\b(?:between|from) (?P<first>{_MONTH_NAMES}) (?:and|to|through|until) (?P<month>{_MONTH_NAMES})"
                rf"(?: (?P<year>{_YEAR}))?\b"), "month_span", ("between", "from")),
    (re.compile(rf"\b(?:the )?(?P<span>three|six|nine|3|6|9) months (?:to|ended|ending|through) (?:the end of )?"
                rf"(?P<month>{_MONTH_NAMES})(?: \d{{1,2}})?(?:,? (?P<year>{_YEAR}))?\b"), "months_to", ("months",)),
    (re.compile(rf"\b(?:the )?first (?P<span>three|six|nine|3|6|9) months(?: of (?:the year|(?P<year>{_YEAR})))?\b"),
     "first_months", ("first",)),
    (re.compile(rf"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) (?P<month>{_MONTH_NAMES})\b(?! \d{{1,2}}\b)"), "relative_month",
     tuple(name.lower() for name in _MONTH_NAMES.split("|"))),
    (re.compile(rf"\b(?:{_MONTH_BEFORE}) (?P<month>{_MONTH_NAMES})(?: (?P<year>{_YEAR}))?\b(?! \d{{1,2}}\b)"), "month",
     tuple(name.lower() for name in _MONTH_NAMES.split("|"))),
    # a list label opening on a month: "- July inflation: 3.6%"
    (re.compile(rf"^\s*(?:[-*•–]|\d{{1,2}}[.)])\s*(?P<month>{_MONTH_NAMES}) (?=[a-z][^:]*:)"), "month",
     tuple(name.lower() for name in _MONTH_NAMES.split("|"))),
    # "from about 791,000 three months earlier": months back from the month written before, or from the date
    (re.compile(r"\b(?:(?:a|the) month (?:before|earlier)|the (?:previous|prior|preceding) month"
                r"|(?P<months>two|three|four|five|six|seven|eight|nine|ten|eleven|\d) months"
                r" (?P<how>before|earlier|ago))\b", re.I), "month_before", ("month",)),
    (re.compile(r"\b(?:(?P<before>the|a|two|three|four|five|\d) years? (?:before|earlier)"
                r"|the (?:previous|prior|preceding) year)\b", re.I), "year_before", ("year", "years")),
    (re.compile(rf"\bearlier (?:(?:this|in the) year|in (?P<year>{_YEAR}))\b", re.I), "earlier", ("earlier",)),
    # (not a span: "over the next year and a half", "in the coming year or two")
    (re.compile(r"\b(?P<rel>last|previous|past|this|current|next|coming) year\b(?! and a half| or (?:two|so)\b)", re.I),
     "relative_year", ("year",)),
    (re.compile(r"\b(?P<ago>a|one|two|three|four|five|\d) years? ago\b", re.I), "years_ago", ("ago",)),
    (re.compile(rf"\b(?P<prep>in|by|for|during|through|until|since|from|of)\s+(?P<year>{_YEAR})\b", re.I),
     "year", _IN_YEAR),
    (re.compile(rf"(?<![\d$€£.,-])\b(?P<year>{_YEAR})\b(?![.,]?\d|%|-\d)"), "year", _IN_YEAR),
)


@dataclass(frozen=True)
class PeriodMention:
    """A period expression found in a sentence, at character offsets relative to the sentence."""

    start: int
    end: int
    form: str
    match: re.Match[str]
    anchor: int | None = None  # "the year/month before": the year (or month number) written earlier in the sentence
    back: int = 0  # years a quarter with no year is set back by the sentence's opening ("A year ago, third-quarter")
    said: bool = False  # it dates when a figure was said ("the $35 billion it projected in September"): no period of it


# A year that dates an event of the subject, not a period its figures hold for: "founded in 2012", "when it
# opens in 2029", "due to open in 2028"
_EVENT_BEFORE = re.compile(
    r"\b(?:founded|established|incorporated|born|set up|created|opens?|opened|opening|completed|finished"
    r"|operating|operational|online|live|shut(?: down)?|closed|shuttered|retired|decommissioned|spun (?:off|out))"
    # "founded by Elon Musk last year", "spun off from Johnson & Johnson in 2023"
    r"\s+(?:(?:by|from)\s+[A-Z][\w.'’-]*(?:\s+(?:&\s+)?[A-Z][\w.'’-]*){0,2}\s+)?"
    r"(?:in\s+)?(?:(?:early|late|mid)\s+)?$",  # "start operating early next year"
    re.I,
)
# When a figure was said, not when it holds: "the $35 billion it projected in September", "$35bn planned three months
# ago"
_SAID = r"(?:projected|planned|pledged|promised|guided|announced|predicted)"
_SAID_BEFORE = re.compile(rf"\d(?:\s*(?:bn|m|billion|million|trillion))?\s+(?:(?:that|which)\s+)?(?:(?:it|they)\s+"
                          rf"(?:had\s+)?)?{_SAID}\s+(?:in\s+)?$")
_SAID_VERBS = re.compile(_SAID)  # a cheap test before _SAID_BEFORE
# When a plan starts, not a period its figure holds for: "will deploy 50,000 chips starting in the third quarter
# of 2026" (all of them, from then on), "From the third quarter of 2026, Oracle will put 50,000 into service"
_STARTS_BEFORE = re.compile(r"(?:\b(?:starting|beginning|commencing)\s+(?:in\s+|from\s+|with\s+|at\s+)?|^\s*from\s+)"
                            r"(?:the\s+)?$", re.I)
# "the biggest deal since 2019", "its biggest deal since it bought Slack in 2021": a year that a superlative is
# measured from, not a period of the figure
_SUPERLATIVE_SINCE = re.compile(r"\b(?:(?!(?:inv|inter|requ|harv)est\b)\w+est|most|first|best|worst)\b[^,;.]{0,40}"
                                r"\bsince\s+(?:[^,;.]{1,40}\s(?:in|of)\s+)?$", re.I)


def _measured_from(sentence: str, m: re.Match[str]) -> bool:
    """Whether a year is what a superlative is measured from ("the biggest deal since 2019")."""
    year_start = m.start("year") if m.groupdict().get("year") else m.start()
    return _SUPERLATIVE_SINCE.search(sentence[max(0, year_start - 100) : year_start]) is not None


# What a change is measured against, not when its figures hold: "rose 62% from a year earlier to $57bn",
# "up 30 per cent on the same quarter last year" (not "up from last year's 301,000": that figure is last year's)
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|compared (?:with|to)|versus|vs\.?|on|over|against)\s+"
                              r"(?:the\s+same\s+(?:quarter|period|month|time|week)\s+)?$", re.I)
# The base of a change written as the same part of another year: "Compared with the same quarter of 2024, the
# economy expanded 1.3%" is growth of the article's quarter, not a figure of 2024
_SAME_PERIOD_BEFORE = re.compile(rf"\b{SAME_PART_OF_ANOTHER}\s+(?:(?:of|in|last)\s+)?$", re.I)
_BASE_FORMS = frozenset({"year_before", "month_before", "relative_year", "relative_quarter", "years_ago"})


def _compared_with(sentence: str, m: re.Match[str], form: str) -> bool:
    """Whether a relative period is the base a change is measured from ("up 62% from a year earlier")."""
    if form not in _BASE_FORMS or m.groupdict().get("rel", "last").lower() not in ("last", "previous", "past"):
        return False
    return _COMPARED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) is not None \
        and not sentence.startswith(("'s", "’s"), m.end())


def find_periods(sentence: str) -> list[PeriodMention]:
    """All period expressions in a sentence, earlier forms winning where they overlap.

    A year that dates an event ("founded in 2012", "opens in 2029") is not a period any figure holds for.
    """
    found: list[PeriodMention] = []
    lower = sentence.lower()
    dateline = wire_dateline_end(sentence)
    for regex, form, needs in _FORMS:
        if not any(n in lower for n in needs):
            continue
        for m in regex.finditer(sentence, dateline):
            if _EVENT_BEFORE.search(sentence[max(0, m.start() - 45) : m.start()]) \
                    and not m.group(0).lower().startswith("by "):  # "1 gigawatt online by the end of 2026": a target
                continue
            if _measured_from(sentence, m) or _compared_with(sentence, m, form) \
                    or " same " in lower and _SAME_PERIOD_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
                continue
            if all(m.end() <= p.start or m.start() >= p.end for p in found):
                term = form in ("year", "year_end") and m.group(0).lower().startswith(("through", "until")) \
                    or _STARTS_BEFORE.search(sentence, 0, m.start()) is not None
                said = _SAID_VERBS.search(lower, max(0, m.start() - 30), m.start()) is not None \
                    and _SAID_BEFORE.search(sentence, max(0, m.start() - 45), m.start()) is not None
                found.append(PeriodMention(m.start(), m.end(), "horizon" if term else form, m, said=said))
    found.sort(key=lambda p: p.start)
    if found and found[0].form in ("years_ago", "year_before") and not sentence[: found[0].start].strip() \
            and sentence.startswith(",", found[0].end) and found[0].match.group(0).lower().startswith(("a ", "the ")):
        found = [replace(p, back=1) if p.form == "quarter" and not p.match["year"] else p for p in found]
    return [_anchored(p, found) if p.form in ("year_before", "month_before") else p for p in found]


def _years_back(count: str | None) -> int:
    """How many years "a year ago", "three years earlier", "the year before" go back."""
    if count is None or count.lower() in ("a", "the"):
        return 1
    return SMALL_NUMBERS.get(count.lower()) or int(count)


def _anchored(mention: PeriodMention, found: list[PeriodMention]) -> PeriodMention:
    """"301,000 in 2024 against 250,000 the year before": the year (or month) before the last one written.

    The anchor is that year, or that month's number (1-12): the month's year is settled against the
    document's date when the period is resolved.
    """
    if mention.form == "month_before":
        if (mention.match["how"] or "").lower() == "ago":
            return mention  # "three months ago": before the article's date
        months = [p for p in found if p.end <= mention.start and p.form == "month"]
        return replace(mention, anchor=_MONTH_INDEX[months[-1].match["month"]]) if months else mention
    years = [p.match["year"] for p in found if p.end <= mention.start and p.form in ("year", "year_end", "year_part")]
    return replace(mention, anchor=int(years[-1])) if years else mention


_MONTH_INDEX = {name: n for n, name in enumerate(_MONTH_NAMES.split("|"), start=1)}


_MONTHS_BACK = {word: n for n, word in enumerate("one two three four five six seven eight nine ten eleven".split(), 1)}


def _month_period(year: int, month: int, text: str) -> Period:
    year, month = (year, month) if month >= 1 else (year - 1, month + 12)
    label = f"{_MONTH_NAMES.split('|')[month - 1]} {year}"
    return Period(f"{year}-{month:02d}", f"{label} ({text})" if text else label)


def _year_of(month: int, year: int | None, date: dt.date | None) -> int:
    """The year of a month written without one: the date's year, or the year before for a month still to come."""
    if year is not None:
        return year
    if date is None:
        return 0
    return date.year if month <= date.month else date.year - 1


def _quarter_of_match(m: re.Match[str]) -> int:
    """The quarter a "Q2", "second quarter" or "April-June quarter" match names."""
    if m.groupdict().get("qmonth"):
        return (_MONTH_INDEX[m["qmonth"]] - 1) // 3 + 1
    return int(m["q"]) if m.groupdict().get("q") else _ORDINAL_QUARTER[m["qword"].lower()]


_FISCAL_BEFORE = re.compile(r"\b(?:fiscal|financial)[- ]$", re.I)
REPORTING_DAYS = 7  # a quarter is reported at least this many days after it ends


def _reported_quarter_end(date: dt.date) -> dt.date:
    """The last day of the quarter an article of `date` reports: the last month's end REPORTING_DAYS before it.

    Results come out one to six weeks after a quarter ends: "fiscal first quarter" on October 29 ended in
    September, "fiscal third quarter" on November 19 in October, on December 3 in October (not November).
    """
    day = date - dt.timedelta(days=REPORTING_DAYS)
    return day.replace(day=1) - dt.timedelta(days=1)


def _quarter_of(date: dt.date) -> int:
    return (date.month - 1) // 3 + 1


_SPAN_MONTHS = {"three": 3, "six": 6, "nine": 9}  # "the nine months to September", "the first six months"


def resolve(mention: PeriodMention, date: dt.date | None) -> Period | None:
    """Turn a period expression into a grouping key and label, using the document's date."""
    m, form, text = mention.match, mention.form, mention.match.group(0).strip()
    year = int(m["year"]) if "year" in m.groupdict() and m["year"] else None
    if form in ("year_end", "year"):
        if year is None:
            return None
        by = text.lower().startswith("by")
        if form == "year" and text.lower().startswith("since"):  # "has lost $60bn since 2020": a running total
            return Period(f"since {year}", f"since {year}")
        label = f"end of {year}" if form == "year_end" else (f"by {year}" if by else str(year))
        return Period(str(year), label)
    if form == "horizon":
        return None
    if form == "fiscal":
        fy = m["fy"]
        return Period(f"FY{fy if len(fy) == 4 else '20' + fy}", text)
    if form == "fiscal_quarter":  # which calendar year its quarter ends in depends on the company (see reconcile)
        fy, q = m["fy"] if len(m["fy"]) == 4 else "20" + m["fy"], _quarter_of_match(m)
        return Period(f"FY{fy}-Q{q}", f"Q{q} FY{fy}")
    if form == "year_part":
        return Period(str(year), f"{m['part'].lower()} {year}")
    if form == "named_day" and (year is not None or date is not None):  # "on Black Friday": that day of its year
        month, name = next(v for day, v in NAMED_DAYS.items() if re.fullmatch(day, m["day"]))
        if year is None and date is not None:  # the one nearest the date: just over or coming
            year = min((date.year - 1, date.year, date.year + 1),
                       key=lambda y: abs((y - date.year) * 12 + month - date.month))
        return Period(f"{year} {name}", f"{name} {year}")
    if form == "month" and (year is not None or date is not None):
        month = _MONTH_INDEX[m["month"]]
        if year is None and date is not None and month < date.month and _BY_A_MONTH.match(text) \
                and (_FUTURE.search(m.string) or _SHOULD.search(m.string)):
            return _month_period(date.year + 1, month, "")  # "should be running by January", said in October
        return _month_period(_year_of(month, year, date), month, "")
    if form == "month_before":
        if date is None:
            return None
        month = mention.anchor if mention.anchor is not None else date.month
        back = _MONTHS_BACK.get((m["months"] or "one").lower()) or int(m["months"])
        return _month_period(_year_of(month, None, date), month - back, text.lower())
    if form == "month_span" and (year is not None or date is not None):  # "between April and June": Q2
        first, month = _MONTH_INDEX[m["first"]], _MONTH_INDEX[m["month"]]
        year = _year_of(month, year, date)
        if month - first == 2 and first % 3 == 1:
            return Period(f"{year}-Q{month // 3}", f"Q{month // 3} {year} ({m.group(0)})")
        return Period(f"{year}-{first:02d}..{month:02d}", f"{m['first']} to {m['month']} {year}")
    if form == "first_months" and (year is not None or date is not None):  # "the first nine months": to September
        span = _SPAN_MONTHS.get(m["span"].lower()) or int(m["span"])
        if year is None and date is not None:
            year = date.year if date.month > span else date.year - 1
        return Period(f"{year}-{span:02d}-{span}m", f"first {span} months of {year}")
    if form == "quarter_to" and (year is not None or date is not None):  # "the quarter ended Aug. 28"
        month = MONTHS[m["mon"].lower()]
        if year is None and date is not None:
            ahead = m["how"].lower() in ("ending", "ends") and month >= date.month  # a quarter still running
            year = date.year if ahead else _year_of(month, None, date)
        name = _MONTH_NAMES.split("|")[month - 1]
        if m["qword"]:  # "the third quarter ended October 26": that quarter, of the year it ended in
            q = _ORDINAL_QUARTER[m["qword"].lower()]
            return Period(f"{year}-Q{q}", f"Q{q} {year} (the quarter ended in {name})", months=f"{year}-{month:02d}-3m")
        return Period(f"{year}-{month:02d}-3m", f"three months to {name} {year}")
    if form == "month_quarter" and (year is not None or date is not None):  # "the December quarter"
        month = _MONTH_INDEX[m["mon"]]
        if year is None and date is not None:  # the one nearest the date: just over, running or next
            year = min((date.year - 1, date.year, date.year + 1),
                       key=lambda y: abs((y - date.year) * 12 + month - date.month))
        return Period(f"{year}-{month:02d}-3m", f"three months to {m['mon']} {year}")
    if form == "months_to" and (year is not None or date is not None):  # "the six months to June": a half year
        month = _MONTH_INDEX[m["month"]]
        year = _year_of(month, year, date)
        span = _SPAN_MONTHS.get(m["span"].lower()) or int(m["span"])
        label = f"{m['span'].lower()} months to {m['month']} {year}"
        return Period(f"{year}-{month:02d}-{span}m", label)
    if form == "earlier" and year is not None:  # "valued at $86bn earlier in 2024": a state before the one reported
        return Period(f"{year} earlier", f"earlier in {year}")
    if form == "quarter" and year is not None:  # "Q2 2025", "the third quarter of 2024": no date needed
        q = _quarter_of_match(m)
        return Period(f"{year}-Q{q}", f"Q{q} {year}")
    if form == "year_before" and mention.anchor is not None:  # "in 2025, ... three years earlier": 2022
        back = _years_back(m["before"])
        return Period(str(mention.anchor - back), f"{mention.anchor - back} ({text.lower()})")
    if date is None:
        return None
    if form == "year_before":
        back = _years_back(m["before"])
        return Period(str(date.year - back), f"{date.year - back} ({text.lower()})")
    if form == "earlier":  # "earlier this year"
        return Period(f"{date.year} earlier", f"earlier in {date.year}")
    if form == "this_year_end":
        return Period(str(date.year), f"end of {date.year}")
    if form == "year_ended":  # in the first months of a year, the year before
        year = date.year - (date.month <= _RESULTS_SEASON)
        return Period(str(year), f"end of {year}")
    if form == "decade_end":  # "by the end of the decade", written in 2024: by 2030, as news rounds it
        end = date.year // 10 * 10 + 10
        return Period(str(end), f"end of the decade ({end})")
    if form == "years_ago":
        back = _years_back(m["ago"])
        return Period(str(date.year - back), f"{date.year - back} ({text.lower()})")
    if form in ("relative_year", "relative_fiscal"):  # a fiscal year is named for the date's calendar year
        y = date.year + _RELATIVE_YEAR[m["rel"].lower()]
        key = f"FY{y}" if form == "relative_fiscal" else str(y)
        return Period(key, f"{key} ({text.lower()})")
    if form == "relative_month":  # "last November" in May 2025: 2024-11; "next March": the first one after
        month, rel = _MONTH_INDEX[m["month"]], m["rel"].lower()
        year = date.year - (rel == "last" and month >= date.month) + (rel == "next" and month <= date.month)
        return _month_period(year, month, "")
    if form == "quarter":
        q = _quarter_of_match(m)
        if year is None and not m.groupdict().get("rel") and _FISCAL_BEFORE.search(m.string, 0, m.start()):
            over = _reported_quarter_end(date)  # "in its fiscal first quarter": the one it reports, over by the date
            return Period(f"{over.year}-Q{q}", f"fiscal Q{q} {over.year} (the quarter ended in "
                          f"{_MONTH_NAMES.split('|')[over.month - 1]})", months=f"{over.year}-{over.month:02d}-3m")
        if m.groupdict().get("rel"):  # "the first quarter of next year"
            year = date.year + _RELATIVE_YEAR[m["rel"].lower()]
        elif year is None:
            year = (date.year if q <= _quarter_of(date) else date.year - 1) - mention.back
        return Period(f"{year}-Q{q}", f"Q{q} {year}")
    if form == "relative_quarter":
        index = date.year * 4 + _quarter_of(date) - 1 + _RELATIVE_QUARTER[m["rel"].lower()]
        y, q = divmod(index, 4)
        return Period(f"{y}-Q{q + 1}", f"Q{q + 1} {y}")
    return None  # pragma: no cover


QUARTER_KEY = re.compile(r"(?P<year>\d{4})-Q(?P<q>[1-4])")  # the key of a calendar quarter: "2025-Q3"
FISCAL_QUARTER_KEY = re.compile(r"FY(?P<year>\d{4})-Q(?P<q>[1-4])")  # of a fiscal quarter: "FY2026-Q1"
# Someone else's forecast of a figure, written before it: "analysts expect", "beat expectations of"
_FORECAST_BEFORE = re.compile(
    r"\b(?:analysts?|economists?|forecasters?|consensus|expectations?|estimates? of|forecasts? of"
    r"|(?:were|was) expected|polled)\b",
    re.I,
)


FORECAST = "forecast"  # the last word of a forecast's period key: "2025-Q2 forecast"
# A company's own forecast of a result it will book: "expects to take $5.5 billion in charges", "warned it would
# record", "expects to report revenue of". Not a plan ("expects to spend"): a plan is retold as a plan, while a
# result expected is later reported as it came out ("in the end it booked $4.5 billion")
_RESULT_EXPECTED = re.compile(
    r"\b(?:expects?|expected|expecting|warned|warns|anticipates?|anticipated|flagged)(?: that)?(?: it)?"
    r"(?: would| will| to| could)? (?:take|book|record|incur|recogni[sz]e|report|post|write down)\b",
    re.I,
)


# A level a company expects to be at when the year is out: "expects to end the year with about 75,000 core
# employees", "plans to end the year with around 75,000": a year-end forecast, never the count it has now
_YEAR_END_WITH = re.compile(r"\b(?:end|ends|ending|finish|finishes|finishing|close|closes|closing) "
                            rf"(?:the year|this year|{_YEAR}) (?:with|at)\b", re.I)  # "end 2025 with roughly 75,000"


_YEAR_REACH = 12  # how far before the clause a year-end phrase may start: its year is a figure ("end 2025 with")


def forecast(sentence: str, start: int, figures: tuple[int, ...]) -> bool:
    """Whether the figure at `start` is a forecast by others, or one of a result, said since the previous figure.

    A clause joined by "and" with a verb of its own starts afresh: "profit above analysts' expectations
    ..., and kept the pace of its share buybacks at $3.5 billion" is no forecast.
    """
    since = _clause_start(sentence, start, figures)
    joined = [m.end() for m in _AND_VERB.finditer(sentence, since, start)]
    since = max([since, *joined])
    return _FORECAST_BEFORE.search(sentence, since, start) is not None \
        or _RESULT_EXPECTED.search(sentence, since, start) is not None \
        or _YEAR_END_WITH.search(sentence, max(0, since - _YEAR_REACH), start) is not None


_AND_VERB = re.compile(r", and (?:[a-z]+ed|kept|said|will|has|had|is|was|made|set|cut|put|paid|held|left|took|gave"
                       r"|won|lost|sold|bought|began|became|expects)\b")


def _clause_start(sentence: str, start: int, figures: tuple[int, ...]) -> int:
    """Where the stretch before a figure at `start` begins: the previous figure, or a later ";" or ". "."""
    since = max((f for f in figures if f < start), default=0)
    return max(sentence.rfind(";", since, start), sentence.rfind(". ", since, start), since)


def period_for(sentence: str, start: int, end: int, date: dt.date | None,
               mentions: list[PeriodMention] | None = None, figures: tuple[int, ...] = (),
               default: Period | None = None) -> Period | None:
    """The period nearest a claim at [start, end) in its sentence; else the document's year.

    A period written after the claim belongs to the claim only if no other figure (at `figures`
    offsets) stands between them: in "spend $4bn, creating 2,500 jobs by 2027" it is the jobs'.
    Others' forecasts ("analysts expect ...") are periods of their own ("2026 forecast"): a forecast
    that misses is not a misreport.
    """
    found = _nearest_period(sentence, start, end, date, mentions, figures) or default
    quarter = (QUARTER_KEY.fullmatch(default.key) or FISCAL_QUARTER_KEY.fullmatch(default.key)) if default else None
    if found and quarter and found.key.startswith(UNDATED) and found.key[len(UNDATED):] == f"q{quarter['q']}":
        found = default  # "- Q3 revenue:" under "AMD Q3 2025: The Numbers": the headline's third quarter (or under
        # "Cisco Q1 FY26: ...", its first fiscal quarter)
    if forecast(sentence, start, figures) or FORECAST_AFTER.match(sentence, end):
        return Period(f"{found.key} {FORECAST}", f"{found.label} (forecast)", found.implied) if found \
            else Period(FORECAST, "forecast, no date given", True)
    if (found is None or found.implied) and planned(sentence, start, end, figures):
        return Period(f"{found.key} plan", f"planned, no date given (as of {found.key})", True) if found \
            else Period("plan", "planned, no date given", True)  # "30 gigawatts ... planned by OpenAI", undated
    if original(sentence, start, end, figures):  # in an undated article too: "- Previous valuation: $61.5bn"
        return Period(f"{found.key} earlier", f"initially, as of {found.label}", found.implied) if found \
            else Period("earlier", "initially", True)
    return found


# A figure that was true before and has since changed: "had originally planned €9bn", "$100bn at first"
_ORIGINALLY = re.compile(  # before a figure: "had originally planned", "Before the round, OpenAI was worth"
    r"\b(?:originally|initially|before the (?:round|deal|raise|investment|funding|offering|listing|announcement))\b"
    # "- Previous valuation: $61.5bn" (not "the previous quarter")
    r"|\b(?:previous|prior|former)\s+(?!(?:quarter|year|month|week|period|fiscal|half|day)s?\b)[a-z]",
    re.I)
_ORIGINALLY_KEYS = ("originally", "initially", "before the", "previous", "prior", "former")  # spare _ORIGINALLY
# A plan told in the past: "Google had planned to pay ...", and outside reported speech "Meta planned to invest
# as much as $65 billion in 2025" (a retelling; "Meta said it planned to invest" is the plan of the day the
# article reports, in the tense of reported speech)
_PLANNED_THEN = re.compile(r"\b(?P<had>had\s+)?(?:planned|intended|aimed|budgeted)\s+to\b", re.I)
_SAID_THEN = re.compile(r"\bhad\s+(?:said|announced|pledged|promised|forecast|targeted|expected|agreed|offered)\b"
                        r"[^,;]*$", re.I)
_REPORTING = re.compile(r"\b(?:said|says|say|told|tells|announced|announces|according|expects?|expected)\b", re.I)
_ORIGINALLY_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:originally|initially|at first)\b", re.I)


def original(sentence: str, start: int, end: int, figures: tuple[int, ...]) -> bool:
    """Whether a figure is an earlier state the sentence says has changed ("originally", "at first").

    So is a plan told in the past (see _PLANNED_THEN): "Meta planned to invest as much as $65 billion",
    "UPS had said in April it would cut about 20,000 jobs", and the first figure of a change told "from
    X to Y".
    """
    lower = sentence.lower()
    since = _clause_start(sentence, start, figures)
    if any(key in lower for key in _ORIGINALLY_KEYS) and _ORIGINALLY.search(sentence, since, start):
        return True
    planned = _PLANNED_THEN.search(sentence, since, start)
    if planned and (planned["had"] or not _REPORTING.search(sentence)):
        return True
    if _SAID_THEN.search(sentence, _clause_start(sentence, start, ()), start):  # in the figure's own clause: not
        # "... had forecast, taking it to"; past a figure before it ("had agreed to backstop $1.8 billion ... for
        # warrants equal to an 8% stake")
        return True  # "UPS had said in April it would cut about 20,000 jobs": the plan then, not the cuts made
    if _FROM_BEFORE.search(sentence, since, start) and (to := _TO_AFTER.match(sentence, end)) and to.end() in figures:
        return True  # "raised the power it can draw from 300 megawatts to 480 megawatts": 300 was before
    if _COMPARED_WITH.search(sentence, since, start):
        return True  # "$1.9 billion, ..., compared with $1.3 billion": the figure before
    new = max((f for f in figures if since <= f < start), default=None)  # the figure this one changed to
    if new is not None and _THEN_FROM.fullmatch(sentence, new, start) \
            and _CHANGED_TO.search(sentence, max(sentence.rfind(";", 0, new), sentence.rfind(". ", 0, new), 0), new):
        return True  # "raised its 2025 spending forecast to $85 billion from $75 billion": 75 was before
    after = _ORIGINALLY_AFTER.match(sentence, end)
    return after is not None and not any(end < f < after.end() for f in figures)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about |around |roughly |some )?$", re.I)
_TO_AFTER = re.compile(r"\s+to\s+(?:about |around |roughly |some |more than |over )?", re.I)
_COMPARED_WITH = re.compile(rf"\b{COMPARED_WITH} (?:about |around |roughly |some )?$", re.I)
# A change to a new figure, told before the figure it changed from: "raised its forecast to $85 billion from"
_CHANGED_TO = re.compile(r"\b(?:rais|increas|lift|boost|hik|cut|lower|reduc|trim|slash|ris|rose|fell|fall|drop|climb|"
                         r"grew|grow|jump|widen|narrow|expand|shr[ai]nk|revis)\w*(?: [\w'’-]+){0,5} to "
                         r"(?:about |around |roughly |some |more than |over )?$", re.I)
# The new figure, then "from": its own period between them makes the two figures two periods' ("to 4.1% in
# June from 4.6% in May")
_THEN_FROM = re.compile(r"[^\s,;]+(?: (?!(?:in|on|at|for|by|during|last|this|a|the)\b)[^\s,;]+){0,3} from "
                        r"(?:about |around |roughly |some )?")


# A target the subject grows to, said of the future with no date: "will double in size to 200,000", "is to grow
# to 5 GW", "intends to reach 200 thousand", "Doubling to 200K"; a figure that is today's stays today's
_GROWTH_TO = re.compile(
    r"\b(?:(?:doubl|tripl|grow|scal|expand|increas|rais|ris|ramp|boost|lift|reach|tak|bring|push)\w*(?: up)?"
    r"(?: \w+){0,2} to"
    r"|reach(?:es|ing)?)\s+(?:about |around |some |roughly |over |more than |up to )?$",
    re.I,
)
_BY_A_MONTH = re.compile(r"(?:by|until)\s", re.I)  # a month still to come, when the sentence tells of the future
_SHOULD = re.compile(r"\b(?:should|could|might|may)\s+be\b", re.I)  # "should be running by January"
_FUTURE = re.compile(
    r"\b(?:will|would|shall|'ll|room to|(?:is|are) (?:set |due |expected |going |able )?to|plans? to"
    r"|aims? to|intends? to"
    r"|hopes? to|wants? to|expects? to|expected to|be able to|doubling|tripling|scaling|expanding|growing|ramping)\b",
    re.I,
)
# A growth that may come, a plan ("could grow to 10 gigawatts"); not a level something may reach ("demand could
# reach up to 900,000 wafers a month", a need stated as of the day)
_MAY_GROW = re.compile(r"\b(?:could|might|may|can)\s+(?:be\s+)?(?:grow|expand|scal|doubl|tripl|increas|rais)\w*", re.I)
# "At 5 GW it would draw more power than New Orleans": a figure supposed, not reported
_SUPPOSED = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:it|this|that|they|which) would\b", re.I)
_PLANNED_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:later|eventually|planned|in the (?:future|coming years)|over (?:the next|several)"
    r" (?:\w+ )?years|in the next few (?:months|years))\b",
    re.I,
)


def planned(sentence: str, start: int, end: int, figures: tuple[int, ...]) -> bool:
    """Whether a figure is a target with no date: grown to in a future clause, qualified "later", or supposed."""
    before = sentence[_clause_start(sentence, start, figures) : start]
    if _GROWTH_TO.search(before) and (_FUTURE.search(before) or _MAY_GROW.search(before)):
        return True
    if before.strip().lower() == "at" and _SUPPOSED.match(sentence, end):
        return True
    after = _PLANNED_AFTER.match(sentence, end)
    return after is not None and not any(end < f < after.end() for f in figures)


# a clause about something else opens: ", with construction due in 2026", ", abandoning plans to list the unit in 2026"
_WITH_CLAUSE = re.compile(r",\s+(?:with|[a-z]{3,}ing)\s")
# A relative clause between commas tells of its own time: "CoreWeave, which went public in March, now has ..."
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\s[^,;]*,")


def _in_other_clause(sentence: str, mention: PeriodMention, start: int) -> bool:
    """Whether a period is written inside a relative clause between commas that does not hold the figure."""
    return any(m.start() < mention.start and mention.end <= m.end() and not m.start() < start < m.end()
               for m in _RELATIVE_CLAUSE.finditer(sentence))


def _nearest_period(sentence: str, start: int, end: int, date: dt.date | None,
                    mentions: list[PeriodMention] | None, figures: tuple[int, ...]) -> Period | None:
    best: tuple[int, Period, PeriodMention] | None = None
    if _NOW_AFTER.match(sentence, end):  # "will reach 250 MW by 2028, up from 90 MW today": the present's
        return Period(str(date.year), str(date.year), implied=True) if date else Period(f"{UNDATED}today", "today")
    to_level = _FROM_BEFORE.search(sentence, 0, start) is None  # "from 17 to 10 by 2027": 17 was before 2027
    for mention in mentions if mentions is not None else find_periods(sentence):
        if mention.start < end and start < mention.end:
            continue
        if mention.start >= end and (any(end <= f < mention.start
                                         and not (to_level and _TO_LEVEL.fullmatch(sentence, end, f))
                                         for f in figures)
                                     or _WITH_CLAUSE.search(sentence, end, mention.start)
                                     or ";" in sentence[end : mention.start]):  # "11 GW in the long run; ... 2026"
            continue  # "take 500 MW, ..., with the first unit due in 2030": the unit's date, not the 500 MW's
        distance = mention.start - end if mention.start >= end else start - mention.end + 1
        if mention.form == "horizon" or mention.said \
                or ", wh" in sentence and _in_other_clause(sentence, mention, start):
            continue
        undated = date is None and mention.form != "year_ended"  # "ended the year", undated: the headline's period
        period = resolve(mention, date) or (_undated(mention) if undated else None)
        if period and (best is None or distance < best[0]):
            best = (distance, period, mention)
    if best and best[2].form in _PART_OF_YEAR and best[2].end <= start \
            and FULL_YEAR.search(sentence, max(best[2].end, _clause_start(sentence, start, figures)), start):
        best = None  # "fourth-quarter revenue of $31bn and full-year revenue of $111bn": the year's, not the quarter's
    if best:
        return best[1]
    if date and date.month <= _RESULTS_SEASON and FULL_YEAR.search(sentence) and not _FUTURE.search(sentence) \
            and not OUTLOOK.search(sentence):
        year = str(date.year - 1)  # "reported a 6 per cent rise in full-year revenue" in February: last year's
        return Period(year, f"{year} (full year, reported in {date.year})", implied=True)
    if date:
        return Period(str(date.year), str(date.year), implied=True)
    return None


# Between a change and a figure after it, that the figure is the level it changed to (or that level restated in
# brackets): "rose 8% to $102.5bn (€88.7bn) in its fiscal fourth quarter" is the quarter's rise
_TO_LEVEL = re.compile(rf"{_TO_AFTER.pattern}(?:[^\s()]+(?:\s+[a-z]+)?\s+\(\s*)?", re.I)
_RESULTS_SEASON = 3  # the last month of a year in which "full-year" results are the year before's
_PART_OF_YEAR = frozenset({"quarter", "fiscal_quarter", "relative_quarter", "month", "months", "months_to",
                           "quarter_to", "month_quarter"})  # periods a later "full-year" is not the period of
FULL_YEAR = re.compile(r"\b(?:full-year|full year|annual results)\b", re.I)
OUTLOOK = re.compile(r"\b(?:expect\w*|forecast\w*|guid\w*|outlook|target\w*|predict\w*)\b", re.I)


UNDATED = "undated: "  # the key prefix of a relative period written in an undated article
_NOW_AFTER = re.compile(r"\s+(?:today|now|currently|at present)\b", re.I)


# Forms of no year a headline names as its undated article's own ("Walmart Q3: The Numbers"); not a relative one
# ("by the end of the year", "last year"), which its figures need not share
_OWN_IN_HEADLINE = frozenset({"quarter", "named_day"})


def headline_period(text: str) -> Period | None:
    """The one period an undated article's headline names, for its figures that name none.

    "Airbus vs Boeing: The 2024 Scorecard", "Spotify Q2 2025: Users Up": None when the headline names
    no period, or several. A quarter or a named day of no year is the undated article's own ("Walmart Q3:
    The Numbers": its "q3", not the second quarter another undated blog's headline names; see in_year).
    """
    found = {p.key: p for m in find_periods(headline(text))
             if (p := resolve(m, None) or (_undated(m) if m.form in _OWN_IN_HEADLINE else None)) is not None}
    if len(found) != 1:
        return None
    (period,) = found.values()
    said = period.key.removeprefix(UNDATED) if period.key.startswith(UNDATED) else None
    label = f"{said} (from the undated article's headline)" if said else f"{period.label} (from the headline)"
    return Period(period.key, label, implied=True)


def from_headline(period: Period | None) -> bool:
    """Whether a period is only the one an undated article's headline names (see headline_period)."""
    return period is not None and period.implied and period.label.endswith("headline)")


def _undated(mention: PeriodMention) -> Period:
    """A relative period in an undated article ("by the end of the year"): its own period, as written.

    Never the same as the article's present (no period written), nor as any dated period by itself:
    see in_year.
    """
    text = " ".join(mention.match.group(0).lower().split())
    if mention.form == "month" and not text[:1].isalpha():  # "- July inflation:": in July
        text = f"in {mention.match['month'].lower()}"
    if mention.back:  # "A year ago, Nvidia's Q3 revenue was": not the Q3 of the article's present
        text = f"{text}, {mention.back} year{'s' if mention.back > 1 else ''} back"
    return Period(f"{UNDATED}{text}", f"{text} (article undated)")


# Relative periods that name a year once the present year is known ("this fiscal year", "last year")
# Forms an undated article's retelling reads as of its day, not its year
_AS_OF_DAY = frozenset({"month", "relative_month", "quarter"})
_BY_YEAR = frozenset({"relative_fiscal", "relative_year", "this_year_end", "decade_end", "years_ago", "year_before"})


_LOWER_MONTH = re.compile(rf"\b(?:{_MONTH_NAMES.lower()}|q[1-4])\b")  # "september", "q3": as keys write them


def in_year(key: str, present: dt.date) -> str | None:
    """The key an undated relative period (see _undated) would have in an article as of `present`.

    "undated: this fiscal year" in 2025 is FY2025, "undated: last year" is 2024 (read by the year
    alone); "undated: in september" as of October 2025 is 2025-09, the last September before it, and
    "undated: first-quarter" as of May 2025 is 2025-Q1, the last first quarter begun by then. Relative
    quarters ("last quarter") and anything else give None.
    """
    if not key.startswith(UNDATED):
        return None
    if key.endswith(" back"):
        return None  # "undated: q3, 1 year back": a quarter before a present unknown
    found = find_periods(_LOWER_MONTH.sub(lambda m: m[0].title(), key[len(UNDATED) :]))  # keys are lower case
    if len(found) != 1 or found[0].form not in _BY_YEAR and found[0].form not in _AS_OF_DAY:
        return None
    period = resolve(found[0], present if found[0].form in _AS_OF_DAY else dt.date(present.year, 1, 1))
    return period.key if period else None


_YEAR_OR_QUARTER = re.compile(r"(?P<year>\d{4})(?:-Q(?P<q>[1-4]))?")


def over(period: Period, date: dt.date | None) -> bool:
    """Whether a period is over at a date: a fiscal quarter by its months ("2025-09-3m" on October 30), else ended."""
    months = _MONTHS_KEY.fullmatch(period.months or period.key)
    if months is None or date is None:
        return ended(period.key, date)
    return (int(months["year"]), int(months["month"])) < (date.year, date.month)


_MONTHS_KEY = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-\d+m")


def ended(key: str, date: dt.date | None) -> bool:
    """Whether a year's or a quarter's period ("2024", "2025-Q3") is over at a date."""
    m = _YEAR_OR_QUARTER.fullmatch(key)
    if m is None or date is None:
        return False
    year, quarter = int(m["year"]), int(m["q"] or 4)
    return (date.year, (date.month - 1) // 3 + 1) > (year, quarter)


# An amount up to now, not for a period: "has already spent $7.3 billion", "- Invested so far:", "$3bn to date"
_SO_FAR = re.compile(r"\b(?:already|so far|to date|thus far)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;]")


def so_far(claim: Claim) -> bool:
    """Whether a claim's clause (between commas or semicolons) says its figure is an amount so far."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    opened = max((m.end() for m in _CLAUSE_BREAK.finditer(claim.sentence, 0, at)), default=0)
    closed = _CLAUSE_BREAK.search(claim.sentence, end)
    return _SO_FAR.search(claim.sentence, opened, closed.start() if closed else len(claim.sentence)) is not None
