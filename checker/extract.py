"""Pull numeric claims out of a Document with spaCy's blank English pipeline and our patterns.

The only module that imports spaCy.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from checker.attribution import (
    SEGMENTED,
    Antecedents,
    DocumentWords,
    Mention,
    Namer,
    ObjectPhrase,
    Tok,
    coordinated,
    is_item,
    is_project,
    named_label,
    object_for,
    subject_for,
    titled_party,
    verb_before_by,
)
from checker.config import Config
from checker.dates import MONTHS
from checker.measures import is_rate, named_change, normalize, singular
from checker.model import Claim, Document, Period, Quantity
from checker.names import DIVISION_WORDS
from checker.numbers import Amount, Reader, is_year
from checker.patterns import (
    ABBREVIATED_SCALES,
    ALLOCATIONS,
    BE_FORMS,
    BOUND_JOINERS,
    CHANGE_AFTER,
    CHANGE_BEFORE,
    COMPARED_WITH,
    DEFAULT_OBJECTS,
    DETERMINERS,
    FORECAST_AFTER,
    HEDGES,
    JOB_NOUNS,
    KIND_NOUNS,
    MAX_HEDGE_WORDS,
    MAX_POST_HEDGE_WORDS,
    MONEY_VERBS,
    OVER_VERBS,
    OWNERS_MEASURES,
    PAST_VERBS,
    POST_HEDGES,
    REFERRING,
    SAME_MEASURE,
    SAME_PART_OF_ANOTHER,
    TITLED_DEALS,
    TOKEN_PATTERNS,
    VULGAR,
    Step,
    lets_go,
    token_class,
)
from checker.periods import (
    FULL_YEAR,
    OUTLOOK,
    QUARTER_KEY,
    PeriodMention,
    ended,
    find_periods,
    from_headline,
    headline_period,
    over,
    period_for,
    resolve,
    so_far,
)
from checker.places import country_named, headline_place, known_place
from checker.segment import Lines, headline, may_hold_number, sentences
from checker.units import CURRENCY_CODES, SYMBOLS, crown_currency

CARRY_SENTENCES = 3
_SUFFIX_UNITS = sorted(
    {*ABBREVIATED_SCALES, *(s for s in SYMBOLS if s.isascii() and not s.isdigit()), "pc", "p", "deg", "degC", "degF",
     "km/h", "mph", "min", "hrs", "yrs", "元", "₡", "₾", "₭", "ரூ", "€", "$", "£", "¥", "USD", "EUR", "GBP"} - {"%"},
    key=len, reverse=True,
)
# Currency marks glued before a figure: "US$1.5bn", "PS8.1bn" (a scraped £), "Y=28,030", "RM79", "$US113"
_PREFIX_CURRENCIES = ["US\\$", "U\\.S\\.\\$", "A\\$", "AU\\$", "C\\$", "CA\\$", "HK\\$", "S\\$", "NZ\\$", "R\\$",
                      "~", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "₦", "฿", "₱",
                      "PS(?=[0-9])", "Y=(?=[0-9])", "RM(?=[0-9])", "Rs\\.?(?=[0-9])", "US(?=[0-9])", "R(?=[0-9])",
                      "sub-(?=[0-9])", "A(?=[0-9]{1,3},[0-9]{3})",
                      # an ISO code glued to its figure: "USD65bn", "DKK39bn", "NOK26.3bn" (no coin's: "BTC100")
                      f"(?:{'|'.join(sorted(CURRENCY_CODES - {'BTC', 'ETH'}))}|nzd\\$|usd|eur)(?=[0-9])"]

_SCALE_ABBREVIATIONS = frozenset({"b.", "k.", "m.", "p.", "g.", "t.", "l."})
_EMOTICON = re.compile(r"[^\w\s]*[()\[\]:;=<>^@*|/\\][^\w\s]*|[^\w\s]*_+[^\w\s]*")
qc_class = lru_cache(maxsize=65536)(token_class)


@dataclass(frozen=True)
class Sentence:
    """One sentence being read: its text, where it starts, its tokens, names and period expressions."""

    text: str
    offset: int
    toks: list[Tok]
    texts: list[str]
    mentions: list[Mention]
    periods: list[PeriodMention]
    reading: Reading  # what the sentences before it named, and the document's line index
    figures: tuple[int, ...] = ()


class Reading:
    """What reading a document carries from one sentence to the next."""

    def __init__(self, earlier: Antecedents, lines: Lines, words: DocumentWords) -> None:
        self.earlier = earlier  # what the last few sentences named, worked out when asked
        self.lines = lines  # the document's, for line and column numbers
        self.words = words  # what the whole document writes, for telling names from common words
        self.sentences = 0  # sentences read so far
        self.headline: Period | None = None  # an undated document's headline period (see periods.headline_period)
        self.place: str | None = None  # the one place an undated document's headline names (places.headline_place)
        self.country: str | None = None  # the one place any document's headline names, whose economy it may report
        self.month: tuple[int, Period] | None = None  # the last month a sentence led with, and that sentence's number
        self.quarter: tuple[int, Period] | None = None  # the quarter the last figure of a sentence held, and its number
        self.crowns: str | None = None  # the currency of the document's bare "crowns" (see units.crown_currency)
        self.measured: tuple[int, str, str] | None = None  # the last figure's sentence number, object and subject

    def read(self, sentence: str, mentions: list[Mention] | None = None, periods: Sequence[PeriodMention] = (),
             date: dt.date | None = None, held: Sequence[Period | None] = ()) -> None:
        """Take in one sentence read: its names (when found) and the month it leads with ("fell to 4.1% in June").

        `held` are the periods of the sentence's claims: a month its first figure does not hold ("valued at
        $183bn, up from $61.5bn in March") is a later figure's, not what the next sentences are about.
        """
        self.earlier.update(sentence, mentions)
        self.sentences += 1
        months = [p for p in periods if p.form == "month"]
        period = resolve(months[0], date) if months else None
        if period and held and held[0] is not None and held[0].key == period.key:
            self.month = (self.sentences, period)
        if held and held[-1] is not None and (QUARTER_KEY.fullmatch(held[-1].key)
                                              or _THREE_MONTHS_KEY.fullmatch(held[-1].key)):
            self.quarter = (self.sentences, held[-1])

    def recent_month(self) -> Period | None:
        """The month named in the last MONTH_CARRY sentences: "The county added 2,300 jobs over the month"."""
        if self.month is None or self.sentences - self.month[0] >= MONTH_CARRY:
            return None
        return self.month[1]

    def last_quarter(self) -> Period | None:
        """The quarter the previous sentence's last figure held: "... in the quarter. A year earlier, ..."."""
        return self.quarter[1] if self.quarter and self.quarter[0] == self.sentences else None


MONTH_CARRY = 3  # sentences
# A line that links to another article: "Related: 10 Best Laptops for Students in 2026" states no claim
_LINK_LINE = re.compile(r"(?:Related|Read more|Read also|Also read|See also|Recommended|More from [\w ]{1,30}"
                        r"|Related (?:stories|articles|reading|coverage))\s*:", re.I)
_THREE_MONTHS_KEY = re.compile(r"\d{4}-\d{2}-3m")  # "the quarter ended Sept 27": a quarter told by its months
_A_YEAR_BACK = re.compile(r"\s*(?:A|One) year (?:earlier|before|ago),")


def _year_back(sentence: str, period: Period | None, quarter: Period | None) -> Period | None:
    """"A year earlier," opening the sentence after a quarter's figure: that quarter a year back, not the year.

    "Tesla produced 410,244 vehicles in the quarter. A year earlier, it had delivered 443,956 cars": Q2 2024.
    """
    found = QUARTER_KEY.fullmatch(quarter.key) if quarter else None
    if found is None or period is None or not _A_YEAR_BACK.match(sentence):
        return period
    year = int(found["year"]) - 1
    if period.key != str(year):
        return period
    return Period(f"{year}-Q{found['q']}", f"Q{found['q']} {year} (a year earlier)")


class NumericSpans:
    """Pipeline component: the tokens where a figure can start (TOKEN_PATTERNS), in doc.user_data[STARTS].

    A plain scan over token classes: the patterns are short, and most tokens start none of them.
    """

    def __init__(self) -> None:
        self.patterns = [steps for _, steps in TOKEN_PATTERNS]
        self.openers = frozenset().union(*(_first_keys(steps) for steps in self.patterns))
        self.keys: dict[int, tuple[str | None, str, bool]] = {}  # by ORTH id: class, lower case, opens

    def __call__(self, doc: Doc) -> Doc:
        """Record the non-space tokens (text, offsets, whether a space follows) and where a figure can start."""
        text = doc.user_data.get(TEXT) or doc.text
        rows = [row for row in doc.to_array([ORTH, IDX, LENGTH, IS_SPACE]).tolist() if not row[3]]
        keys = [self.keys.get(row[0]) or self._key(row[0], doc) for row in rows]
        starts = [row[1] for row in rows]
        ends = [row[1] + row[2] for row in rows]
        texts = [text[a:b] for a, b in zip(starts, ends, strict=True)]
        doc.user_data[TOKENS] = list(map(Tok, zip(texts, starts, ends, strict=True)))
        doc.user_data[TEXTS] = texts
        doc.user_data[SPACED] = [*map(int.__lt__, ends, starts[1:]), True]
        doc.user_data[STARTS] = [
            i for i, key in enumerate(keys) if key[2] and any(_matches(steps, keys, i) for steps in self.patterns)
        ]
        return doc

    def _key(self, orth: int, doc: Doc) -> tuple[str | None, str, bool]:
        text = doc.vocab.strings[orth]
        cls, lower = token_class(text), text.lower()
        key = (cls, lower, cls in self.openers or lower in self.openers)
        if len(self.keys) < 1_000_000:
            self.keys[orth] = key
        return key


# doc.user_data keys: what NumericSpans records, and the text it reads (doc.text, rebuilt, is slow)
STARTS, TOKENS, TEXTS, SPACED, TEXT = "cc_starts", "cc_tokens", "cc_texts", "cc_spaced", "cc_text"


def _first_keys(steps: tuple[Step, ...]) -> frozenset[str]:
    """What the first token of a match can be (through leading optional steps)."""
    keys: frozenset[str] = frozenset()
    for step in steps:
        keys |= step.accepts
        if not step.optional:
            break
    return keys


def _matches(steps: tuple[Step, ...], keys: list[tuple[str | None, str, bool]], i: int) -> bool:
    """Whether the steps match the tokens from i on."""
    if not steps:
        return True
    step, rest = steps[0], steps[1:]
    if i < len(keys) and (keys[i][0] in step.accepts or keys[i][1] in step.accepts) and _matches(rest, keys, i + 1):
        return True
    return step.optional and _matches(rest, keys, i)


@Language.factory("numeric_spans")
def make_numeric_spans(nlp: Language, name: str) -> NumericSpans:
    """SpaCy factory for the NumericSpans component."""
    del nlp, name
    return NumericSpans()


def build_nlp() -> Language:
    """SpaCy's blank English pipeline with our tokenizer rules and the numeric_spans component."""
    nlp = spacy.blank("en")
    defaults: Any = nlp.Defaults
    tokenizer: Any = nlp.tokenizer
    suffixes = [
        *defaults.suffixes,
        r"(?<=[0-9])(?:" + "|".join(re.escape(u) for u in _SUFFIX_UNITS) + r")",
        r"(?<=[0-9][A-Za-z])\.",
        r"(?<=[0-9][A-Za-z]{2})\.",
        r"(?<=[0-9])" + VULGAR,  # "2½ cups"
        r"(?<=[a-z])\+",  # "$10 billion+": a scale, then a plus
        # "$91bn-$93bn": a range whose second end repeats the currency, split from its end inwards
        r"(?<=[0-9A-Za-z][-–—][$€£¥])[0-9][0-9.,]*",
        r"(?<=[0-9A-Za-z][-–—])[$€£¥]",
        r"(?<=[0-9A-Za-z])[-–—]",
    ]
    # "5%-7%": the first end's per cent and the dash, each a token of its own
    infixes = [*defaults.infixes, r"(?<=[0-9])[-–—~](?=[0-9])", r"(?<=[0-9])%(?=[-–—~][0-9])",
               r"(?<=%)[-–—~](?=[0-9])", r"(?<=[A-Za-z])[<>]=?(?=[0-9])"]
    prefixes = [*defaults.prefixes, *_PREFIX_CURRENCIES]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    # "m." and "b." are abbreviations in spaCy's exceptions; after a figure they are a scale and a full stop
    # and emoticons are no words in news: "- Previous valuation (March): $61.5bn" closes a bracket, then a label
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items()
                       if k not in _SCALE_ABBREVIATIONS and not _EMOTICON.fullmatch(k)}
    nlp.add_pipe("numeric_spans")
    return nlp


class Extractor:
    """Finds and attributes the numeric claims of documents, for one configuration."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.nlp = build_nlp()
        self.components = [component for _, component in self.nlp.pipeline]
        self.namer = Namer(config.entities)
        self.configured = frozenset(e.name for e in config.entities)

    def extract(self, document: Document) -> list[Claim]:
        """Every claim in a document, in text order."""
        claims = _cents_of(self._in_full(list(self._claims(document)), document.text), self.config.default_currency)
        claims = _carried_objects(_carried_currency(claims))
        claims = _estimates(_glosses(_segment_items(_headline_items(claims, document.text), document.text)),
                            document.date)
        return _places_apart(_fuller_objects(_restated(_earlier_as_before(claims))))

    def _in_full(self, claims: list[Claim], text: str) -> list[Claim]:
        """Subjects by the name their document first writes them in: "Helix said" is Helix Compute's.

        News names a company in full at first reference and shortly after that. Where the first sentence
        that writes a subject's name writes it inside a longer name ("Helix Compute, a cloud provider"),
        that name is the subject. "Meta said ... Meta Superintelligence Labs" wrote "Meta" alone first: it
        stays itself; "Amazon Web Services" is a part of Amazon, not its full name
        (names.DIVISION_WORDS). Configured entities are never renamed.
        """
        full: dict[str, str] = {}
        for name in sorted({c.subject for c in claims if c.subject} - self.configured):
            first = _first_in_body(text, name)
            if first is None:
                continue
            line, at = first
            named = next((m.name for m in self.namer.mentions(line) if m.start == at), "")
            if named.startswith(name + " ") and "and" not in named.split() \
                    and DIVISION_WORDS.isdisjoint(named.split()[len(name.split()) :]):  # not "Amazon Web Services"
                full[name] = named
        return [replace(c, subject=full[c.subject]) if c.subject in full else c for c in claims] if full else claims

    def _claims(self, document: Document) -> Iterator[Claim]:
        text = document.text
        words = DocumentWords(text)
        reading = Reading(Antecedents(self.namer, CARRY_SENTENCES, words), Lines(text), words)
        reading.country = headline_place(text)
        reading.crowns = crown_currency(text)
        if document.date is None:
            reading.headline = headline_period(text)
            reading.place = reading.country
        for start, end in sentences(text):
            sentence = text[start:end]
            if not may_hold_number(sentence) or _LINK_LINE.match(sentence):
                reading.read(sentence)
                continue
            for claim in self._in_sentence(document, sentence, start, reading):
                if any(a <= claim.start < b for a, b in document.suppressions.disabled):
                    continue
                ignore = next((i for i in document.suppressions.ignores if i.start <= claim.start < i.end), None)
                yield replace(claim, ignore=ignore) if ignore else claim

    def _in_sentence(self, document: Document, sentence: str, offset: int, reading: Reading) -> Iterator[Claim]:
        """The claims of one sentence; its names are found only if it holds a figure."""
        doc = self.nlp.make_doc(sentence)
        doc.user_data[TEXT] = sentence
        for component in self.components:
            doc = component(doc)
        toks: list[Tok] = doc.user_data[TOKENS]
        texts: list[str] = doc.user_data[TEXTS]
        reader = Reader(texts, self.config.default_currency, doc.user_data[SPACED], reading.crowns)
        amounts: list[Amount] = []
        consumed = 0
        for start in doc.user_data[STARTS]:
            if start < consumed:
                continue
            amount = reader.amount(start)
            if amount is None:
                continue
            consumed = amount.end
            amounts.append(amount)
        if not amounts:
            reading.read(sentence)
            return
        figures = tuple(toks[a.first].start for a in amounts)
        mentions = self.namer.mentions(sentence, reading.words)
        periods = find_periods(sentence)
        here = Sentence(sentence, offset, toks, texts, mentions, periods, reading, figures)
        previous: Claim | None = None
        found: list[Claim] = []
        for amount in amounts:
            if _is_distractor(here, amount):
                continue
            claim = self._claim(document, here, amount)
            if previous and _describes(previous, claim):  # "revenue of $35.1bn, up 94%": revenue's change, then
                claim = replace(claim, object=previous.object, period=previous.period)
            elif (told := _gapped([*found, previous] if previous else found, claim)) is not None:
                claimed = [*found, previous] if previous else found  # "Microsoft will invest up to $5 billion and
                change = claim.quantity.change or next(  # Nvidia up to $10bn"; "France grew 0.5% and Spain 0.6%"
                    (c.quantity.change for c in reversed(claimed) if c.object == told), None)
                claim = replace(claim, object=told, quantity=replace(claim.quantity, change=change))
            elif previous and _compared_from(level := _glossed(found, previous), claim):  # "fell to 779,000 ...,
                claim = replace(claim, object=level.object, period=_before(claim.period, level.period),  # from
                                quantity=replace(claim.quantity, kind=level.quantity.kind))  # 791,000": headcount
            if previous and _and_also(previous, claim):  # "grew 0.2 per cent ..., Eurostat said, and 1.3 per cent
                claim = replace(claim, subject=previous.subject, object=previous.object,  # on a year earlier"
                                quantity=replace(claim.quantity, change=claim.quantity.change
                                                 or previous.quantity.change))
            if claim.object == ECONOMY and _year_on_year(claim):  # "1.3% from a year earlier": no quarter's
                claim = replace(claim, object=f"{ECONOMY} (year on year)")
            if previous and _included(previous, claim):  # "$30 billion ..., including $15.5 billion of capital
                claim = replace(claim, object=f"{claim.object or previous.object} (part)")  # spending": a part
            claim = replace(claim, quantity=_paid_per(claim.quantity, claim.object))
            if previous and previous.quantity.change and claim.quantity.change is None and _apposed(texts, amount):
                claim = replace(claim, quantity=replace(claim.quantity, change=previous.quantity.change))
            merged = merge_bounds(previous, claim) if previous else None
            if merged:
                previous = merged
                continue
            if previous:
                found.append(previous)
            previous = claim
        if previous:
            found.append(previous)
        reading.read(sentence, mentions, periods, document.date, [c.period for c in found])
        yield from _respectively(found, sentence, mentions)

    def _claim(self, document: Document, here: Sentence, amount: Amount) -> Claim:
        toks, texts, sentence = here.toks, here.texts, here.text
        first, last = amount.first, amount.end
        bound, approx, hedge_first = _hedge(texts, first)
        bound = bound or _post_hedge(texts, last)
        kind = amount.unit.kind if amount.unit else "count"
        obj = _before_period(object_for(sentence, toks, hedge_first, last, kind, amount.scaled and amount.unit is None,
                                        here.reading.words), here, last)
        if amount.unit is None and obj is None:
            kind = "number"
        value, low, high = amount.value, amount.low, amount.high
        if bound == "low" and value is not None:
            value, high = None, None
        elif bound == "high" and value is not None:
            value, low = None, None
        quantity = Quantity(
            kind=kind,
            unit=amount.unit.unit if amount.unit else None,
            value=value,
            low=low,
            high=high,
            approx=approx or amount.approx,
            change=_change(texts, hedge_first, last, amount),
            precision=amount.precision,
            per=_count_rate(sentence, toks, last, obj) if kind == "count" else None,
        )
        quantity = _paid_per(quantity, obj.text if obj else None)
        changed = named_change(obj.text) if obj and quantity.change is None else None
        if obj and changed:  # "Job cuts: 53,000": 53,000 jobs, down
            restated = kind in KIND_NOUNS and changed[0].lower() in KIND_NOUNS[kind]  # "- Generation lost: 5 GW"
            obj = replace(obj, text=DEFAULT_OBJECTS[kind] if restated else changed[0])
            quantity = replace(quantity, change=changed[1])
        start, end = toks[first].start, toks[last - 1].end
        skip = (toks[obj.first].start, toks[obj.last - 1].end) if obj and obj.first < obj.last else (end, end)
        reading, begins = here.reading, toks[hedge_first].start
        line, column = reading.lines.locate(here.offset + start)
        period = period_for(sentence, begins, max(end, skip[1]), document.date, here.periods, here.figures,
                            reading.headline)
        subject = reading.words.employer(subject_for(sentence, here.mentions, begins, skip, reading.earlier,
                                                     self.namer))
        place = country_named(obj.text) if kind == "percent" and obj and quantity.change else None
        if obj and place:  # "The 20-country eurozone grew 0.2 per cent, Eurostat said", "France grew 0.5%": of an
            obj = replace(obj, text=ECONOMY)  # economy, the place's (not of "France and Spain 0.6%": Spain's)
        if obj and _of_an_economy(obj.text):  # "British consumer price inflation rose to 3.8%": the UK's, whoever
            subject = (subject if subject and known_place(subject.split()) else place) or country_named(sentence) \
                or reading.country or subject  # (a statistics office) says so
        elif obj and _EMPLOYERS.search(sentence) and normalize(obj.text) in JOB_NOUNS:
            subject = country_named(sentence) or subject  # "U.S. employers added 119,000 jobs": the country's jobs
        if subject and is_project(subject) and obj and normalize(obj.text) in OWNERS_MEASURES:
            subject = reading.earlier.owner() or subject  # "- Valuation: $14 billion" under "Project Horizon: ..."
        raised_by = _ROUND_IN.match(sentence, end) if obj and normalize(obj.text) == "funding" else None
        raiser = next((m.name for m in here.mentions if raised_by["name"].startswith(m.name)), None) if raised_by \
            else None
        if raiser:  # "led a $500 million funding round in X-energy": X-energy's funding
            subject = raiser
        measure = normalize(obj.text) if obj else None
        if kind == "money" and period is not None and not period.implied and period.label.startswith("end of ") \
                and (measure == _SPENT or _spends(texts[:hedge_first])):
            # "will spend $9bn in Virginia by the end of 2026": the plan's horizon, as "through 2026" is, no period
            period = period_for(sentence, begins, max(end, skip[1]), document.date, [], here.figures, reading.headline)
        before = reading.measured
        if obj and measure and before and before[0] >= reading.sentences - 1 and before[1] == measure \
                and before[2] != subject and not any(not m.aside for m in here.mentions) \
                and not REFERRING.search(sentence, 0, begins) and _the_measure(sentence[:begins], obj.text):
            subject = before[2]  # "... could cost £46bn. In 2015 prices, the cost is now estimated at £31bn to £34bn"
        if measure and subject:
            reading.measured = (reading.sentences, measure, subject)
        return _running_total(Claim(
            doc=document.path,
            start=here.offset + start,
            end=here.offset + end,
            text=sentence[start:end],
            quantity=quantity,
            sentence=sentence,
            sentence_start=here.offset,
            line=line,
            column=column,
            subject=subject,
            object=_earlier_object(_without_subject(obj.text, subject, here.mentions), period) if obj else None,
            period=_in_quarter(sentence, _year_back(sentence, _within(reading.recent_month(), period),
                                                    reading.last_quarter()), reading.last_quarter(), document.date),
            party=reading.earlier.list_party(sentence) or titled_party(sentence, end, here.mentions, reading.words),
            place=reading.place if kind == "money" and is_item(sentence) else None,
        ), document.date)


# Measures of an economy: a country's, whoever reports them ("the Office for National Statistics said")
_ECONOMY_WORDS = frozenset({"inflation", "unemployment", "gdp", "jobless", "payroll", "economy"})
_EMPLOYERS = re.compile(r"\b(?:employers|economy)\b")  # whose jobs a country's employers add are the country's


_SPENT = "investment"  # what a sum spent, invested or committed measures (measures.normalize)


def _spends(words: list[str]) -> bool:
    """Whether a verb of spending or investing comes before a sum: "will spend $9bn (€7.7bn) ... by the end of 2026"."""
    return any((verb := MONEY_VERBS.get(w.lower())) is not None and normalize(verb) == _SPENT for w in words)


def _the_measure(before: str, measure: str) -> bool:
    """Whether a figure's words before it name its measure with "the" and no owner.

    "the cost is now estimated at" (not "The foundation's stake of", "The Italian state will keep the remaining").
    """
    head = measure.split()[-1]
    return "'s " not in before and "’s " not in before \
        and re.search(rf"\bthe {re.escape(head)}\b", before, re.I) is not None


def _of_an_economy(phrase: str) -> bool:
    return not _ECONOMY_WORDS.isdisjoint(normalize(phrase).split())


def _paid_per(quantity: Quantity, obj: str | None) -> Quantity:
    """A sum whose object says what time it is paid per is a rate: "- New monthly price: €12.99" is euros a month."""
    adverb = _PER_ADVERB.search(obj) if obj and quantity.kind == "money" and quantity.unit else None
    if adverb is None or "/" in (quantity.unit or ""):
        return quantity
    return replace(quantity, unit=f"{quantity.unit}/{_PER_UNIT[adverb[0].lower()]}")


def _count_rate(sentence: str, toks: list[Tok], last: int, obj: ObjectPhrase | None) -> str | None:
    """The time a count is per, after it or its object: "900,000 DRAM wafers a month" -> "mo".

    A year is none: "95 million passengers a year" is a year's count, as "in 2024" is.
    """
    end = toks[obj.last - 1].end if obj is not None and obj.first >= last and obj.last > obj.first \
        else toks[last - 1].end
    m = _COUNT_RATE.match(sentence, end)
    return _PER_UNIT[(m["per"] or m["adverb"]).lower()] if m else None


_PER_UNIT = {"month": "mo", "monthly": "mo", "week": "wk", "weekly": "wk", "day": "d", "daily": "d"}
_PER_ADVERB = re.compile(r"\b(?:monthly|weekly|daily)\b", re.I)  # in a sum's object: what it is paid per
_COUNT_RATE = re.compile(r"\s+(?:(?:a|per|each|every)\s+(?P<per>month|week|day)\b(?!\s+(?:earlier|ago|before|later|"
                         r"after|previously|prior)\b)|(?P<adverb>monthly|weekly|daily)\b(?!\s+[a-z]))", re.I)


def _running_total(claim: Claim, date: dt.date | None) -> Claim:
    """An amount so far ("has already spent $7.3 billion in the UAE since 2023") is as of its article's day.

    Where it started is no period of its own: the blog's "- Already invested: $7.9 billion" tells the same
    running total. A running total with no "already", "so far" or "to date" keeps its start ("since 2020").
    """
    if claim.period is None or not claim.period.key.startswith("since ") or not so_far(claim):
        return claim
    return replace(claim, period=Period(str(date.year), f"{date.year} ({claim.period.label} so far)", implied=True)
                   if date else None)


_PLACE_AFTER = re.compile(r" (?:in|for|across) (?:the )?(?P<place>[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})")


def _place(claim: Claim) -> str | None:
    """The country, state or region named right after a figure or its object ("$10 billion in Texas")."""
    at = claim.end - claim.sentence_start
    if claim.object and claim.sentence.startswith(" " + claim.object, at):
        at += len(claim.object) + 1  # "a $10 billion investment in North Carolina"
    m = _PLACE_AFTER.match(claim.sentence, at)
    if m is None:
        return None
    return known_place(m["place"].rstrip(".,").split(), compared=False)


def _cents_of(claims: list[Claim], default: str) -> list[Claim]:
    """Cents with no currency written are the document's euro cents when it states euros and never the default.

    "raised its dividend ... to 22 cents a share" in an article of "€14.3bn" and "€5.1bn": 0.22 EUR.
    """
    bare = [i for i, c in enumerate(claims) if c.quantity.unit == default and _BARE_CENTS.fullmatch(c.text)]
    if not bare:
        return claims
    stated = {c.quantity.unit for c in claims if c.quantity.kind == "money" and not _BARE_CENTS.fullmatch(c.text)}
    if "EUR" not in stated or default in stated:
        return claims
    out = list(claims)
    for i in bare:
        out[i] = replace(out[i], quantity=replace(out[i].quantity, unit="EUR"))
    return out


_BARE_CENTS = re.compile(r"[\d.,]+\s*(?:cents?|c)(?: a share| per share)?", re.I)


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s*$")


def _first_in_body(text: str, name: str) -> tuple[str, int] | None:
    """The first sentence that writes a name, not in a headline, and where the name starts in it.

    A headline, a label or front matter is a line with no full stop: "Millbrook council approves
    Northgate data center".
    """
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        line = text[start : end if end >= 0 else len(text)]
        if _SENTENCE_END.search(line):
            at = m.start() - start
            first, last = next((a, b) for a, b in sentences(line) if a <= at < b)
            return line[first:last], at - first
    return None


def _places_apart(claims: list[Claim]) -> list[Claim]:
    """Figures one document scopes to different places measure different things.

    "invest $20 billion in Pennsylvania" and "a $10 billion investment in North Carolina" are two
    investments, each its place's; a document that names one place for a measure ("cut 35,000 jobs in
    Germany"), however written ("in US research", "in the United States"), keeps its figures as they are,
    comparable with articles that leave the place out.
    """
    places: dict[tuple[object, ...], set[str]] = {}
    placed: dict[int, str] = {}
    for i, c in enumerate(claims):
        place = _place(c) if c.object and c.quantity.kind in ("money", "count") else None
        if place:
            placed[i] = place
            places.setdefault((c.subject, c.object, c.quantity.kind), set()).add(known_place(place.split()) or place)
    return [replace(c, object=f"{c.object} in {placed[i]}")
            if i in placed and len(places[(c.subject, c.object, c.quantity.kind)]) > 1 else c
            for i, c in enumerate(claims)]


def _without_subject(phrase: str, subject: str | None, mentions: list[Mention]) -> str:
    """An object without its subject's name before it: "Spotify monthly users" of Spotify are "monthly users".

    A deal named by its other party in a title is the deal: "Kimberly-Clark's $21 Billion Kenvue Deal".
    """
    if subject and phrase.lower().startswith(subject.lower() + " ") and len(phrase) > len(subject) + 1:
        return phrase[len(subject) + 1 :]
    named, _, head = phrase.rpartition(" ")
    if head.istitle() and head.lower() in TITLED_DEALS and any(m.name == named for m in mentions):
        return head.lower()
    return phrase



_EARLIER_WORDS = re.compile(r"\A(?:previous|prior|former|original) (?=\w)", re.I)


def _earlier_object(phrase: str, period: Period | None) -> str:
    """An earlier state's object without the word that says so, which its period holds: "previous valuation".

    So for a plan with a date of its own: "- Planned capacity: 11 GW by the end of 2026" is 2026's capacity.
    """
    if period is not None and period.key.endswith("earlier"):
        return _EARLIER_WORDS.sub("", phrase)
    if period is not None and not period.implied and phrase.lower().startswith("planned "):
        return phrase[len("planned ") :]
    return phrase


def _respectively(claims: list[Claim], sentence: str, mentions: list[Mention]) -> list[Claim]:
    """Figures told "respectively" belong to the names listed before them, in order.

    "Microsoft and Nvidia will invest up to $5 billion and up to $10 billion respectively": $5 billion
    is Microsoft's. Only when as many figures of one kind stand before "respectively" as names are
    listed right before the first of them; with no "respectively", when the sentence's figures are all
    one series ("Microsoft and Nvidia, which will put up to $5 billion and $10 billion into it").
    """
    at = _RESPECTIVELY.search(sentence)
    told = [c for c in claims if c.end - c.sentence_start <= at.start()] if at else _paired(claims)
    if len(told) < 2 or len({c.quantity.kind for c in told}) > 1:
        return claims
    first = told[0].start - told[0].sentence_start
    names = coordinated(sentence, [m for m in mentions if m.end <= first and not m.aside])
    if len(names) != len(told):
        return claims
    owner = dict(zip(map(id, told), (m.name for m in names), strict=True))
    return [replace(c, subject=owner[id(c)]) if id(c) in owner else c for c in claims]


_RESPECTIVELY = re.compile(r"\brespectively\b")
# Between two figures of a series: "$5 billion and up to $10 billion", "1,000, 2,000 and 3,000"
_SERIES_GAP = re.compile(r",? (?:and )?(?:up to |about |around |roughly |some |nearly |almost |more than |over )?")


def _paired(claims: list[Claim]) -> list[Claim]:
    """The figures of a sentence when they are all one series ("put up to $5 billion and $10 billion into")."""
    series = claims[:1]
    for c in claims[1:]:
        gap = c.sentence[series[-1].end - c.sentence_start : c.start - c.sentence_start]
        if c.sentence_start != series[-1].sentence_start or not _SERIES_GAP.fullmatch(gap):
            return []
        series.append(c)
    return series


# A part of the sum before: "$15.2bn in the UAE. Around $7.3bn of that has already been spent" (not "of that is")
_OF_THAT = re.compile(r" of (?:that|this|it)\b(?! \w+ing\b| (?:is|are|was|were)\b)")


_ANOTHER = re.compile(r"\b(?:another|a further|an additional|an extra)\s+$", re.I)


def _carried_currency(claims: list[Claim]) -> list[Claim]:
    """A bare amount that adds to a sum before it in its sentence is in that sum's currency.

    "100 billion euros will go to the federal states and another 100 billion to the climate fund": euros.
    """
    out = list(claims)
    for i, c in enumerate(out):
        q = c.quantity
        if q.unit is not None or q.kind not in ("count", "number") \
                or not _ANOTHER.search(c.sentence, 0, c.start - c.sentence_start):
            continue
        money = next((b for b in reversed(out[:i]) if b.sentence_start == c.sentence_start
                      and b.quantity.kind == "money"), None)
        if money is not None:  # a second item of the same kind, no rise of one ("another" said only that)
            out[i] = replace(c, quantity=replace(q, kind="money", unit=money.quantity.unit,
                                                 change=money.quantity.change))
    return out


def _carried_objects(claims: list[Claim]) -> list[Claim]:
    """A figure with no object measures what the figure before it in its sentence does, if it restates or echoes it.

    Written after a slash, it is what the figure before it is, in another unit or the same: "a second stage
    of 250 MW / 1,000 MWh" (unless that is only its kind's default: "150 MW / 600 MWh" are capacity and energy).

    After "up from" or "down from", in the same unit, it is what the first figure was before:
    "value the startup at about $350 billion, ..., up from $183 billion in September": a valuation.

    In brackets, in another unit: "60 billion Danish crowns ($9.4 billion)": the dollars measure what the
    crowns do ("3 new fabs (6 in total)" does not restate). After "and", in the same unit, its verb left out:
    "Anglo shareholders will own about 62.4% of the merged group and Teck shareholders about 37.6%": a stake.
    """
    out = list(claims)
    for i in range(1, len(out)):
        before, c = out[i - 1], out[i]
        if c.object is None and FORECAST_AFTER.match(c.sentence, c.end - c.sentence_start):
            out[i] = _set_against(out[:i], c)  # "ahead of the $7.5 billion analysts had expected"
            continue
        if c.object is None and _OF_THAT.match(c.sentence, c.end - c.sentence_start):
            whole = next((w for w in reversed(out[:i]) if w.quantity.kind == c.quantity.kind and w.object), None)
            if whole is not None:  # "$15.2bn in the UAE. Around $7.3bn of that has already been spent": of it
                out[i] = replace(c, object=whole.object)
            continue
        if before.object and before.object != DEFAULT_OBJECTS.get(before.quantity.kind) \
                and c.sentence_start == before.sentence_start \
                and _between(before, c).strip() == "/" \
                and c.object in (None, DEFAULT_OBJECTS.get(c.quantity.kind)):
            out[i] = replace(c, object=before.object)  # "a second stage of 250 MW / 1,000 MWh": the stage's
            continue
        if c.object is not None or before.object is None or c.sentence_start != before.sentence_start \
                or c.quantity.kind != before.quantity.kind:
            continue
        at, upto = before.end - c.sentence_start, c.start - c.sentence_start
        if None is not c.quantity.unit != before.quantity.unit and (c.sentence[at:upto].strip() == "("
                                                                    or c.glosses(before)
                                                                    or _GLOSSED.fullmatch(c.sentence, at, upto)):
            out[i] = replace(c, object=before.object, subject=c.subject or before.subject)
        elif c.quantity.unit == before.quantity.unit and (_ELLIPSIS.fullmatch(c.sentence, at, upto)
                                                          or _CHANGED_FROM.fullmatch(c.sentence, at, upto)):
            out[i] = replace(c, object=before.object)
        elif _COMPARED.search(c.sentence, 0, upto):  # past a rate in between: "$1.9 billion, or $1.21 a share,"
            out[i] = _set_against(out[:i], c)
    return out


_COMPARED = re.compile(rf",?\s+{COMPARED_WITH}\s+$")


def _headline_items(claims: list[Claim], text: str) -> list[Claim]:
    """A list item labelled with a name alone measures what its headline lists, in the plural.

    "- Brookfield: €10 billion" under "France's AI Pledges, Added Up" is a pledge, Brookfield's (see
    owners), not a measure called "brookfield". Only a measure news words several ways (SAME_MEASURE)
    is taken from a headline.
    """
    measure = next((singular(w.lower()) for w in _HEADLINE_WORD.findall(headline(text))
                    if w.lower().endswith("s") and singular(w.lower()) in SAME_MEASURE), None)
    if measure is None:
        return claims
    out = []
    for c in claims:
        label = named_label(c.sentence) if c.quantity.change is None else None
        if label is not None and (c.object is None or normalize(c.object) == normalize(label)):
            c = replace(c, object=measure)
        out.append(c)
    return out


_HEADLINE_WORD = re.compile(r"[A-Za-z]+")


def _segment_items(claims: list[Claim], text: str) -> list[Claim]:
    """A list item labelled with a name and no measure measures what its list's first item does, for that name.

    "- Revenue: $102.5 billion, up 8%" over "- iPhone: $49.03 billion" and "- Greater China: $14.5 billion, down
    14%": the iPhone's revenue, and Greater China's revenue and its fall. Only a measure a business is cut into
    parts by (SEGMENTED) carries, to sums and to changes.
    """
    out = list(claims)
    labelled = {c.sentence_start for c in claims if c.object}  # items whose label (or words) name a measure
    for i, c in enumerate(out):
        label = named_label(c.sentence) if c.sentence_start not in labelled else None
        if label is None or (c.quantity.kind != "money" and c.quantity.change is None):
            continue
        first = _list_start(text, c.sentence_start)
        measure = next((m for m in out[:i] if first <= m.sentence_start < c.sentence_start and m.object), None)
        if measure is not None and measure.quantity.kind == "money" and measure.quantity.per is None \
                and normalize(measure.object or "") in SEGMENTED \
                and label.split()[0] != (measure.subject or "").split(" ", 1)[0]:  # "- Nike Direct:": a name's part
            out[i] = replace(c, object=measure.object, subject=label)
    return out


def _list_start(text: str, at: int) -> int:
    """Where the list holding the item at `at` starts: the first of the item lines right above it."""
    start = at
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        if not is_item(text[above : start - 1]):
            break
        start = above
    return start


def _estimates(claims: list[Claim], date: dt.date | None) -> list[Claim]:
    """A result a company estimates before it reports is approximate, as "about" would make it.

    "Samsung estimated that its third-quarter operating profit rose 32% to 12.1 trillion won", "in a
    preliminary release", "expects an operating profit of 12.1 trillion won for the third quarter" (a
    quarter over by the article's date): the final "12.2 trillion won" two weeks later revises the
    estimate; it does not contradict it.
    """
    out = []
    for c in claims:
        q, before = c.quantity, c.sentence[: c.start - c.sentence_start]
        if not q.approx and not q.change and q.value is not None and (
                _ESTIMATED.search(before)
                or (_EXPECTED_RESULT.search(before) and c.period and ended(c.period.key, date))):
            c = replace(c, quantity=replace(q, approx=True))
        out.append(c)
    return out


# a company's estimate of a result before it reports: "estimated ... that its third-quarter operating profit rose
# 32% to ...", "in a preliminary earnings release" (not "has estimated that Brexit could cost", a forecast of its own)
_ESTIMATED = re.compile(r"\bestimated\b[^.;\d]{0,80}?\b(?:profit|revenue|sales|earnings|loss|income)\b"
                        r"|\b(?:preliminary|provisional)\b", re.I)
_EXPECTED_RESULT = re.compile(r"\bexpects? (?:an? )?(?:[\w-]+ ){0,3}(?:profit|loss|revenue|sales|earnings) of\s+$",
                              re.I)


GLOSS_RATE_SLACK = 0.01  # how far a writer's exchange rate may stand from the ECB's of the day, as a share


def _glosses(claims: list[Claim]) -> list[Claim]:
    """A sum glossed in brackets in another currency is one figure with its gloss: one holder, period, precision.

    "will invest 5 billion euros ($5.8 billion) in Belgium over the next two years": the period written
    after the gloss is the euros' too. And the writer converted the euros as exact: a gloss stated to
    more digits than its sum tells how precise the sum is ("5 billion euros" is €5.0bn here, not anything
    from €4.5bn to €5.5bn), so that a blog's "€5 billion ($5.2 billion)" is seen to be converted wrongly;
    within GLOSS_RATE_SLACK, as the writer's rate is seldom the ECB's. The gloss, a conversion, is as
    precise as that at best: "12.1 trillion won ($8.5 billion)" agrees with a later "$8.6 billion".
    """
    out = list(claims)
    for i in range(1, len(out)):
        before, c = out[i - 1], out[i]
        if not c.glosses(before):
            continue
        period = next((p for p in (c.period, before.period) if p is not None and not p.implied), None)
        if period is not None:
            before, c = replace(before, period=period), replace(c, period=period)
        if before.subject and c.subject != before.subject:
            c = replace(c, subject=before.subject)  # one figure, one holder
        q, g = before.quantity, c.quantity
        relative = max(g.precision / abs(g.value), GLOSS_RATE_SLACK) if g.value else None
        if q.value and relative is not None and relative < q.precision / abs(q.value):
            before = replace(before, quantity=replace(q, precision=abs(q.value) * relative))
        if g.value and g.precision < abs(g.value) * GLOSS_RATE_SLACK:  # "$8.5 billion" converted: within 1% too
            c = replace(c, quantity=replace(g, precision=abs(g.value) * GLOSS_RATE_SLACK))
        out[i - 1], out[i] = before, c
    return out


def _set_against(before: list[Claim], claim: Claim) -> Claim:
    """A figure set against its sentence's figure before it in its unit measures what that one does.

    Past a rate between them, and a count if that one is: "$1.9 billion, or $1.21 a share, compared with
    $1.3 billion"; "revenue of $7.82 billion, ahead of the $7.5 billion analysts had expected"; "added 7.4
    million paid subscribers ..., well above the 5 million Wall Street had forecast".
    """
    same = next((b for b in reversed(before) if b.sentence_start == claim.sentence_start and b.object
                 and b.quantity.unit == claim.quantity.unit and not is_rate(b.object)), None)
    if same is None:
        return claim
    kind = same.quantity.kind if claim.quantity.kind == "number" else claim.quantity.kind
    return replace(claim, object=same.object, quantity=replace(claim.quantity, kind=kind))


# Between a figure and the one it changed from or is compared with: ", according to a person familiar with
# the matter, up from ", "widened to 61.2% from 58.9%", "was $1.9 billion, ..., compared with $1.3 billion"
_CHANGED_FROM = re.compile(r"(?:(?:,[^.;:,]{0,60})?,\s*(?:up|down|rising|falling|higher|lower)\s+from|\s+from"
                           rf"|,?\s+(?:{COMPARED_WITH}|versus|vs\.?|against))"
                           r"(?:\s+(?:about|around|roughly|some|nearly|almost))?\s+")


# Between a sum and the same sum in another currency, after a comma: "380 billion yuan, around €50 billion,"
_GLOSSED = re.compile(r",\s+(?:or\s+)?(?:about|around|roughly|some|nearly|almost|approximately|equivalent to|or)\s+")
# Between two figures, the second's verb left out: " of the merged group and Teck shareholders about "
_ELLIPSIS = re.compile(r"(?: (?:of|in) [\w ’'-]{1,40})?,? and (?:the |its |their )?[A-Z][\w.’'-]*(?: [a-z’'-]+s){0,2}"
                       r"(?: (?:about|around|roughly|some|nearly|almost))? ")


def _restated(claims: list[Claim]) -> list[Claim]:
    """A figure whose period is only implied takes the period the document writes for the same figure.

    "Airbus hands over 766 aircraft" in a headline dated 2025 is the body's "766 aircraft ... last year":
    2024. Same subject, same stated amount, one period written for it in the document.
    """
    written: dict[tuple[object, ...], set[Period]] = {}
    for c in claims:
        if c.period is not None and not c.period.implied:
            written.setdefault(_figure_key(c), set()).add(c.period)
    if not written:
        return claims
    out = []
    for c in claims:
        periods = written.get(_figure_key(c)) if c.period is not None and c.period.implied else None
        out.append(replace(c, period=next(iter(periods))) if periods and len(periods) == 1 else c)
    return out


def _fuller_objects(claims: list[Claim]) -> list[Claim]:
    """A figure its document states again with a fuller object takes that object.

    A headline's "BP to cut about 4,700 jobs" is the body's "4,700 staff jobs": same subject, same
    amount, and the body's object is the headline's with words before it (only one such).
    """
    objects: dict[tuple[object, ...], set[str]] = {}
    for c in claims:
        if c.object:
            objects.setdefault(_figure_key(c), set()).add(c.object)
    out = []
    for c in claims:
        short = (c.object or "").lower()
        fuller = [o for o in objects.get(_figure_key(c), ()) if short and o.lower().endswith(" " + short)]
        labelled = _LABELLED_ITEM.match(c.sentence) is not None  # "- Total Amazon investment: $4 billion" says what
        out.append(replace(c, object=fuller[0]) if len(fuller) == 1 and not labelled else c)
    return out


_LABELLED_ITEM = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s*[^:\n]{1,40}:\s")  # a list item with a label of its own


def _figure_key(c: Claim) -> tuple[object, ...]:
    q = c.quantity
    return c.subject, q.kind, q.unit, q.low, q.high, q.change


def _describes(figure: Claim, change: Claim) -> bool:
    """Whether a percentage change with no object of its own is the change of the figure just before it.

    "revenue of $35.1 billion for the quarter, up 94% from a year earlier": the 94% is revenue's, and of
    the quarter (its "a year earlier" is what it is compared with, not when it holds).
    """
    return (change.quantity.kind == "percent" and change.quantity.change is not None and change.object is None
            and figure.object is not None and figure.quantity.kind != "percent" and figure.quantity.change is None
            and figure.subject == change.subject
            and _CHANGE_APPOSED.fullmatch(change.sentence, figure.end - figure.sentence_start,
                                          change.start - change.sentence_start) is not None)


ECONOMY = "economy"  # what a place's growth measures
# After an economy's growth, that it is against the year before: "1.3 per cent on a year earlier", "1.3% year on year"
_YEAR_ON_YEAR = re.compile(r"\s*(?:\w+\s+){0,2}?(?:(?:on|from|over|than|compared (?:with|to)|against)\s+(?:a|the)\s+"
                           r"(?:year|twelve months)\s+(?:earlier|before|ago)|year[- ]on[- ]year|year[- ]over[- ]year)",
                           re.I)
# Before it, in its clause: "Compared with the same quarter of 2024, the economy expanded 1.3%"
_SAME_PART_BEFORE = re.compile(rf"\b{SAME_PART_OF_ANOTHER}\b[^;.]{{0,80}}$", re.I)


def _year_on_year(claim: Claim) -> bool:
    """Whether a figure's sentence measures it against the year before (see _YEAR_ON_YEAR, _SAME_PART_BEFORE)."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return _YEAR_ON_YEAR.match(claim.sentence, end) is not None \
        or _SAME_PART_BEFORE.search(claim.sentence, 0, at) is not None


def _and_also(before: Claim, figure: Claim) -> bool:
    """Whether a percentage with no object is a second one of the figure before: "grew 0.2%, ..., and 1.3% on"."""
    if figure.object is not None or before.object is None or before.quantity.kind != figure.quantity.kind \
            or figure.quantity.kind != "percent":
        return False
    return _AND_ALSO.fullmatch(_between(before, figure)) is not None


_AND_ALSO = re.compile(r"[^.;:$€£\d]{0,60}?,?\s+and\s+(?:by\s+)?", re.I)


def _between(first: Claim, second: Claim) -> str:
    """The words of a sentence between two of its figures."""
    return first.sentence[first.end - first.sentence_start : second.start - second.sentence_start]


def _included(whole: Claim, part: Claim) -> bool:
    """Whether a figure is what the one before it includes: "$30 billion in Britain, including $15.5 billion of"."""
    if whole.quantity.kind != part.quantity.kind or not (whole.object or part.object) \
            or (part.object or "").endswith("(part)") or part.object in ALLOCATIONS:
        return False  # "including $3.5 billion for research and development": the budget's part named already
    return _INCLUDING.fullmatch(_between(whole, part)) is not None


_INCLUDING = re.compile(r"[^.;:$€£]{0,60}?,\s+including\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+"
                        r"|almost\s+|more\s+than\s+|up\s+to\s+)?", re.I)


def _glossed(found: list[Claim], figure: Claim) -> Claim:
    """A figure in brackets after another, with the object of the figure it glosses: "€43bn ($50bn) on capex"."""
    if figure.object is not None or not found:
        return figure
    glossed = found[-1]
    return replace(figure, object=glossed.object) if _between(glossed, figure).strip() == "(" else figure


def _earlier_as_before(claims: list[Claim]) -> list[Claim]:
    """An earlier figure its headline dates is of the period its measure's figure before it holds for.

    "- Capex forecast for fiscal 2026: $50 billion", then "- Previous capex forecast: $25 billion" under "Oracle
    Q2 FY26: The Numbers": the forecast for fiscal 2026 before, not a figure of the second quarter.
    """
    found: list[Claim] = []
    for claim in claims:
        period = claim.period
        if period and claim.object and period.key.endswith(" earlier") and from_headline(period):
            measure = normalize(claim.object)
            before = next((c.period for c in reversed(found) if c.object and normalize(c.object) == measure
                           and c.period and not c.period.key.endswith(" earlier")
                           and not from_headline(c.period)), None)
            if before:
                claim = replace(claim, period=Period(f"{before.key} earlier", f"initially, as of {before.label}",
                                                     before.implied))
        found.append(claim)
    return found


def _before(period: Period | None, then: Period | None) -> Period | None:
    """The period of what a figure changed from: its own, or before the figure's when it names no other."""
    if period is None or then is None or period.key != then.key:
        return period
    return Period(f"{period.key} earlier", f"initially, as of {period.label}", period.implied)


def _compared_from(figure: Claim, earlier: Claim) -> bool:
    """Whether a figure with no object is what the one before it changed from: "fell to 779,000 ..., from 791,000"."""
    kinds = (figure.quantity.kind, earlier.quantity.kind)
    return (earlier.object is None and figure.object is not None and kinds in _FROM_KINDS
            and _FROM_BETWEEN.fullmatch(earlier.sentence, figure.end - figure.sentence_start,
                                        earlier.start - earlier.sentence_start) is not None)


def _gapped(before: list[Claim], later: Claim) -> str | None:
    """The object of a figure with none, told by another name with the verb left out: "and Nvidia up to $10bn".

    It is the object of the last figure of its kind before it with one, another name's.
    """
    figure = next((c for c in reversed(before) if c.object is not None and c.quantity.kind == later.quantity.kind),
                  None)
    if later.object is not None or figure is None or later.subject == figure.subject:
        return None
    gap = _GAPPED.fullmatch(later.sentence, figure.end - figure.sentence_start, later.start - later.sentence_start)
    return figure.object if gap else None


_GAPPED = re.compile(r"(?:[^.;:]|\.(?=\d)){0,80}?,?\s+and\s+(?:[A-Z][\w.&'’-]*\s+){1,3}"
                     r"(?:up\s+to\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+"
                     r"|as\s+much\s+as\s+|some\s+)?")
_FROM_KINDS = frozenset({("count", "number"), ("count", "count"), ("money", "money"), ("power", "power")})
_FROM_BETWEEN = re.compile(r"[^.;:$€£]{0,60}?\b(?:from|against)\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+"
                           r"|some\s+|nearly\s+|almost\s+)?",
                           re.I)


# What stands between a figure and its percentage change: "..., up 94%", "..., a 94 per cent jump", ", rising 5%"
# (not ", fell 1.2%": a verb after a comma starts another clause, often about someone else)
# (", 9% more than a year earlier": the change right after the comma)
_CHANGE_APPOSED = re.compile(r"[^.;:]{0,60},\s*(?:(?:up|down|an?|\w+ing)\s+)?", re.I)


def _within(month: Period | None, period: Period | None) -> Period | None:
    """A period only implied by the document's date gives way to the month the last sentences are about."""
    if month is not None and period is not None and period.implied and month.key.startswith(period.key):
        return replace(month, implied=True)
    return period


def _in_quarter(sentence: str, period: Period | None, quarter: Period | None, date: dt.date | None) -> Period | None:
    """A period only implied by the date gives way to the quarter the sentence before wrote for its last figure.

    "Revenue for the fiscal fourth quarter rose 8% to $102.5 billion. iPhone sales were $49.03 billion": Q4's.
    Only a quarter written and over by the date carries (not "forecast fourth-quarter revenue of"), one sentence
    on, and not into a sentence about the whole year ("full-year") or what is expected ("it expects revenue of").
    """
    if quarter is None or quarter.implied or period is None or not period.implied \
            or not quarter.key.startswith(f"{period.key}-") or not over(quarter, date) \
            or FULL_YEAR.search(sentence) or OUTLOOK.search(sentence):
        return period
    return replace(quarter, implied=True)


def _post_hedge(texts: list[str], last: int) -> str | None:
    """A hedge after the figure: "500 or more" sets low, "5000 or less" sets high."""
    for n in range(MAX_POST_HEDGE_WORDS, 1, -1):
        phrase = " ".join(t.lower() for t in texts[last : last + n])
        if phrase in POST_HEDGES:
            following = texts[last + n] if last + n < len(texts) else ""
            starts_number = qc_class(following) in ("NUM", "WNUM") or following.lower() in ("a", "an", "half")
            return None if starts_number else POST_HEDGES[phrase]
    return None


def merge_bounds(first: Claim, second: Claim) -> Claim | None:
    """"above 1000 and below 1500": two one-sided figures joined into one range, or None."""
    a, b = first.quantity, second.quantity
    counts = {"count", "number"}
    same_kind = a.kind == b.kind or {a.kind, b.kind} <= counts
    if not same_kind or a.unit != b.unit or a.value is not None or b.value is not None:
        return None
    if a.low is not None and a.high is None and b.high is not None and b.low is None:
        low, high = a.low, b.high
    elif a.high is not None and a.low is None and b.low is not None and b.high is None:
        low, high = b.low, a.high
    else:
        return None
    if low > high or first.sentence_start != second.sentence_start:
        return None
    gap = _between(first, second).strip().lower()
    hedge = next((h for h in sorted(HEDGES, key=len, reverse=True) if gap.endswith(h)), None)
    if hedge is None or gap[: len(gap) - len(hedge)].strip() not in BOUND_JOINERS:
        return None
    text = first.sentence[first.start - first.sentence_start : second.end - second.sentence_start]
    quantity = replace(a, low=low, high=high, approx=a.approx or b.approx,
                       precision=max(a.precision, b.precision), kind=b.kind if a.kind == "number" else a.kind)
    return replace(first, end=second.end, text=text, quantity=quantity, object=first.object or second.object)


def _hedge(texts: list[str], first: int) -> tuple[str | None, bool, int]:
    """The hedge just before a figure: which bound it sets, whether approximate, where it starts.

    A hedge holds past words that make the sum an added one: "up to a further $2.25 billion", "up to another $1bn".
    """
    added = next((n for n in (2, 1) if first - n >= 0
                  and " ".join(t.lower() for t in texts[first - n : first]) in _ADDED), 0)
    if added:
        bound, approx, start = _hedge(texts, first - added)
        if bound is not None or approx:
            return bound, approx, start
    for n in range(MAX_HEDGE_WORDS, 0, -1):
        if first - n < 0:
            continue
        phrase = " ".join(t.lower() for t in texts[first - n : first])
        if phrase == "over" and first > 1 and texts[first - 2].lower() in OVER_VERBS:
            continue  # "handed over 766 aircraft": a verb's particle, not "more than"
        if phrase in HEDGES:
            bound, approx = HEDGES[phrase]
            return bound, approx, first - n
    if first > 0 and texts[first - 1].lower() in PAST_VERBS:
        return "low", False, first  # "cases top 1,700": more than 1,700, the verb no part of the hedge
    return None, False, first


_ADDED = frozenset({"a further", "an additional", "another", "an extra", "further", "additional"})


def _apposed(texts: list[str], amount: Amount) -> bool:
    """"lost 190 points, or 0.6%": the second figure restates the first."""
    k = amount.first - 1
    return k >= 0 and texts[k].lower() == "or"


_RAISE = frozenset({"raise", "raises", "raised", "raising"})
_COMPARATIVES = frozenset({"more", "fewer", "less"})  # a change only before "than", "in", "this"...: see _MORE_BEFORE
# After "more than", a time before: "9% more than a year earlier" is a change ("10mph less than the top wind
# speeds on Mars" compares two things)
_EARLIER = re.compile(r"(?:a year (?:earlier|before|ago)|last year|the (?:previous|prior|same) |a year-earlier|in \d{4}"
                      r"|\d{4}\b|its (?:previous|prior)|planned|budgeted|expected|forecast|originally)", re.I)
_MORE_BEFORE = frozenset({"in", "into", "on", "for", "to", "this", "next", "over", "by", "than", "."})


def _change(texts: list[str], first: int, last: int, amount: Amount) -> str | None:
    """Up or down when the figure is a change ("rose 12%", "fell by $3bn", "a 25% increase", "+0.2%")."""
    k = first - 1
    if k >= 0 and texts[k].lower() in ("by", "a", "an"):
        k -= 1
    if k >= 0 and texts[k].lower() in _RAISE and amount.unit is not None and amount.unit.kind == "money":
        return None  # "will raise 60 billion Danish crowns": funding, not a rise
    if k >= 0 and texts[k].lower() in _ADD_VERBS and last < len(texts) and texts[last].lower() in JOB_NOUNS:
        return None  # "will add 5,000 jobs", "gained 2,300 jobs": new jobs, as "- New jobs: 10,000" counts them
    if k >= 0 and texts[k].lower() in CHANGE_BEFORE:
        return CHANGE_BEFORE[texts[k].lower()]
    if k >= 2 and texts[k].lower() == "of" and texts[k - 1].lower() in CHANGE_AFTER \
            and texts[k - 2].lower() in ("a", "an") and (amount.unit is None or amount.unit.kind != "money"):
        return CHANGE_AFTER[texts[k - 1].lower()]  # "a loss of 4,000 jobs", "a rise of 5%" (not "a loss of $2bn")
    if k >= 2 and lets_go(*texts[k - 2 : k + 1]):
        return "down"  # "letting go of 60,000 employees"
    verb = verb_before_by(texts, first - 1) if texts[first - 1 : first] == ["by"] else None
    if verb is not None:
        return CHANGE_BEFORE[texts[verb].lower()]  # "raised its quarterly dividend by 5 cents"
    if _cut_after(texts, last):
        return "down"  # "15,000 jobs were eliminated", "about 600 roles will be cut"
    if last < len(texts) and texts[last].lower() in _RESULTS and amount.unit is not None \
            and amount.unit.kind == "money":
        return None  # "booked a 2.16 trillion yen gain on its OpenAI stake": a result, no rise
    if last < len(texts) and texts[last].lower() in CHANGE_AFTER and (
            texts[last].lower() not in _COMPARATIVES
            or (last + 1 < len(texts) and texts[last + 1].lower() in _MORE_BEFORE and (
                texts[last + 1].lower() != "than" or _EARLIER.match(" ".join(texts[last + 2 : last + 6]))))):
        return CHANGE_AFTER[texts[last].lower()]  # "invest hundreds of billions of dollars more in AI": an increment
    if amount.sign and amount.unit is not None and amount.unit.kind == "percent":
        return "up" if amount.sign > 0 else "down"
    return None


def _cut_after(texts: list[str], last: int) -> bool:
    """Whether jobs counted by a figure are cut, said in the passive after them ("15,000 jobs were eliminated")."""
    if last >= len(texts) or texts[last].lower() not in _CUT_NOUNS:
        return False
    k = last + 1
    while k < len(texts) and k - last <= 4 and texts[k].lower() in _PASSIVE_AUX:
        k += 1
    word = texts[k].lower() if last + 1 < k < len(texts) else ""
    return CHANGE_BEFORE.get(word) == "down" and not word.endswith(("s", "ing"))


_RESULTS = frozenset({"gain", "gains", "loss", "losses"})  # after a sum, what it is: "a $2bn loss", "a ¥2tn gain"
_QUARTER_OF_TIME = frozenset("in per each every within during".split())  # "in a quarter": a period
_TIME_UNITS = frozenset("hour day week month quarter year decade century".split())  # "a year and a half"
_CUT_NOUNS = JOB_NOUNS | {"employees", "workers"}
_PASSIVE_AUX = BE_FORMS | {"will", "would", "could", "have", "has", "had", "to", "set", "expected"}  # "are set to be"


# Verbs that make the jobs after a figure new jobs, a count rather than a change ("will add 5,000 jobs")
_ADD_VERBS = frozenset({"add", "adds", "added", "adding", "gain", "gains", "gained", "gaining"})
# Words after a number that make it a model's name: "787 Dreamliners", "737 MAX", "A320neo"
_MODEL_WORDS = frozenset("dreamliner dreamliners max maxes jumbo jumbos neo neos".split())
_LISTICLE_WORDS = frozenset("Best Biggest Largest Most Worst Top Things Ways Reasons Tips Facts Questions Takeaways "
                            "Lessons Charts Numbers Stats Figures".split())
# After a number, a street's name: "55 Main Street", "1200 Ridge Rd."
_STREET = re.compile(r" (?:[A-Z][a-z]+ ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way"
                     r"|Place|Court|Parkway|Highway)\b")
# After a length of nanometres, what makes it a chip process's name: "2nm process", "3-nanometre chips"
_NODE_AFTER = re.compile(r"(?:\s*-)?\s*(?:process|node|chips?|technology|generation|wafers?|manufacturing)\b", re.I)
_LABEL_WORDS = frozenset(
    "aged age no no. number # section chapter page room row category game round stage level phase grade "
    "article rule flight route highway interstate episode season vol. volume part lot apartment suite gate "
    "platform channel version v. model type class tier step act verse psalm exit pier terminal call dial".split()
)
_TIME_WORDS = frozenset("a.m. p.m. am pm a.m p.m gmt et est edt bst utc cet pst pdt o'clock".split())
_AGE_AFTER = ("- year - old", "year - old", "years old", "year old", "- month - old", "month - old",
              "- week - old", "- day - old", "-year-old", "year-old")


def _before_period(obj: ObjectPhrase | None, here: Sentence, figure_end: int) -> ObjectPhrase | None:
    """An object read after its figure ends before a time back: "791,000 staff two years ago" counts staff."""
    if obj is None or obj.last <= obj.first or obj.first < figure_end:
        return obj
    toks = here.toks
    cut = next((p.start for p in here.periods if p.form in _SPAN_PERIODS
                and toks[obj.first].start <= p.start < toks[obj.last - 1].end), None)
    if cut is None:
        return obj
    last = obj.last
    while last > obj.first and toks[last - 1].end > cut:
        last -= 1
    text = here.text[toks[obj.first].start : toks[last - 1].end].rstrip(" ,") if last > obj.first else ""
    return ObjectPhrase(text, obj.first, last) if text else None


_SPAN_PERIODS = frozenset({"months_to", "month_before", "year_before", "years_ago"})
# After a sum of funding, the company whose round it is: "a $500 million funding round in X-energy"
_ROUND_IN = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:round|raise)\s+(?:in|for)\s+"
                       r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)")


def _is_distractor(here: Sentence, amount: Amount) -> bool:
    """Years, dates, times, ages, model names, labels and section numbers are not claims."""
    if amount.label:
        return True
    first, last = amount.first, amount.end
    toks, texts = here.toks, here.texts
    head = texts[first]
    prev = texts[first - 1] if first > 0 else ""
    nxt = texts[last] if last < len(texts) else ""
    after = " ".join(t.lower() for t in texts[last : last + 5])
    if after.startswith(_AGE_AFTER) or prev.lower() in ("aged", "age"):
        return True
    if texts[last - 1].lower() == "quarter" and last - first == 2 and head.lower() in ("a", "one") \
            and prev.lower() in _QUARTER_OF_TIME:
        return True  # "spends $34.9bn in a quarter": three months, no fraction
    if amount.unit is None and last - first == 2 and head.lower() in ("a", "an") \
            and texts[last - 1].lower() == "half" and prev.lower() == "and" and first > 1 \
            and singular(texts[first - 2].lower()) in _TIME_UNITS:
        return True  # "over the next year and a half": the half of a span, no figure
    if amount.unit is not None and amount.unit.kind == "duration" and nxt.lower() in ("old", "-"):
        return True  # "thirty years old", "5-year-old"
    if nxt == "-" and last + 1 < len(toks) and toks[last].end == toks[last + 1].start and texts[last + 1].isalpha() \
            and not (amount.unit is None and (amount.value or 0) >= 100 and not is_year(amount.digits)):
        return True  # four-door, 3-D: part of a compound word (not "a 52,000-seat stadium", "a 600-bed hospital")
    if head.lower() == "minus" and prev.lower() == "or" and first > 1 and texts[first - 2].lower() == "plus":
        return True  # "$45 billion, plus or minus 2%": the margin of a forecast, not a figure of its own
    if prev == "." and first > 1 and texts[first - 2].lower() in MONTHS:
        return True  # Oct. 31
    if prev in ("No.", "no.") or prev == "." and first > 1 and texts[first - 2] in ("No", "no"):
        return True  # "the No. 2 chipmaker": a rank
    if amount.unit is None and (prev.lower().rstrip(".") in MONTHS or nxt.lower().rstrip(".") in MONTHS):
        return True  # Sept. 20-24, 14 July
    if amount.sign and amount.unit is None and prev[:1].isupper():
        return True  # COVID -19
    if amount.sign and first > 0 and toks[first - 1].end == toks[first].start and head[:1] in ("+", "-", "−") \
            and not (prev in ("(", "[") and amount.unit is not None):
        return True  # J1149.5+6663: part of a code (not "($-99.99)", whose sign follows the currency, nor "(+62%)")
    chained = first > 1 and prev in ("-", "/") and toks[first - 2].end == toks[first - 1].start
    if chained and toks[first - 1].end == toks[first].start and texts[first - 2][-1:].isdigit():
        return True  # 222-2222/2222: the rest of a code, date or score
    if amount.unit is None and head.isalpha() and head[:1].isupper() and nxt[:1].isupper() and last + 1 < len(texts) \
            and texts[last + 1][:1].isupper() and (first > 0 or texts[last + 1].isalpha()):
        return True  # "Three Mile Island", "the Seven Sisters Road": a number word opening a name
    if amount.bare and amount.unit is None and amount.digits.isdigit() and 3 <= len(amount.digits) <= 4 \
            and not is_year(amount.digits) and here.reading.words.model_number(amount.digits):
        return True  # "Boeing's 737 Ramp-Up" in a document that writes "737 MAX": a model's number
    start = toks[first].start
    if any(p.form in _SPAN_PERIODS and p.start <= start < p.end for p in here.periods):
        return True  # "in the six months to June", "three months earlier": a period, not a duration claimed
    if amount.unit is not None and amount.unit.kind == "duration" and nxt.lower() == "later":
        return True  # "three years later": when, not how long
    if first == 0 and nxt in (".", ")") and amount.bare and last + 1 < len(toks) \
            and toks[last].end < toks[last + 1].start and (amount.value or 0) < 100:
        return True  # "1. Job cuts: 53,000": a list item's number
    if amount.unit is not None and amount.unit.kind == "length" and (amount.value or 1) < 1e-7 \
            and _NODE_AFTER.match(here.text, toks[last - 1].end):
        return True  # "its 2nm process", "4nm chips": a chip process's name, not a length
    if not amount.bare:
        return head.lower() in ("one", "a", "an") and amount.unit is None and amount.value == 1
    glued = first > 0 and toks[first - 1].end == toks[first].start
    if glued and prev[-1:].isalpha():
        return True  # PS5, A320-style codes
    if prev == "," and (nxt == "," or nxt == "." and last + 1 == len(texts)) and first > 1 \
            and texts[first - 2][:1].isupper() and (amount.value or 0) < 120:
        return True  # "Senard, 65, said", "... said chief executive Alan Brooks, 58.": an age
    if nxt in ("G", "D") and toks[last - 1].end == toks[last].start and (amount.value or 0) < 10:
        return True  # 5G, 3D: a technology's name
    if amount.unit is None and (nxt.lower() in _MODEL_WORDS or nxt == "-" and last + 1 < len(toks)
                                and toks[last - 1].end == toks[last].start == toks[last + 1].start - 1
                                and texts[last + 1][:1].isdigit()):
        return True  # "787 Dreamliners", "777-9s", "737-8": an aircraft model's number
    if _STREET.match(here.text, toks[last - 1].end):
        return True  # "55 Main Street": an address
    second = texts[last + 1] if last + 1 < len(texts) and nxt[:1].isupper() else ""  # "5 Key Takeaways"
    ranked = prev.lower() == "top" and (first < 2 or not texts[first - 2].isalpha()
                                        or texts[first - 2].lower() in DETERMINERS)  # not "cases top 1,700"
    if amount.bare and amount.unit is None and (ranked or nxt in _LISTICLE_WORDS or second in _LISTICLE_WORDS):
        return True  # "Top 4 Data Center Deals", "The 5 Biggest AI Supercomputers": a list's length, not a claim
    if nxt in (":", "/") or nxt.lower() in _TIME_WORDS or prev.lower() in _LABEL_WORDS:
        return True
    if amount.digits.startswith("0") and amount.digits != "0" and "." not in amount.digits:
        return True
    if prev[:1].isupper() and any(c.isalpha() for c in prev) and prev.lower() not in HEDGES and first > 1 \
            and "," not in amount.digits and (amount.value or 0) < 10_000:
        return True  # Llama 4, S&P 500, Game 6 (not "Why Are They Buying 600,000 GPUs?")
    if prev[:1].islower() and any(c.isupper() for c in prev[1:]):
        return True  # iPhone 11
    return False
