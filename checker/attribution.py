"""Who and what a claim is about: named subjects in and before its sentence, and the measured noun."""

from __future__ import annotations

import bisect
import re
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from checker.config import Entity
from checker.dates import MONTHS, WEEKDAYS
from checker.measures import singular
from checker.names import COMPANY_ENDINGS, COMPANY_OPENERS, DESIGNATORS
from checker.parties import party_key
from checker.patterns import (
    ADVERBS,
    AGREEMENT_NOUNS,
    AIMS,
    ALLOCATIONS,
    AUXILIARIES,
    BE_FORMS,
    BUY_VERBS,
    CAPACITY_NOUNS,
    CHANGE_AFTER,
    CHANGE_BEFORE,
    CHANGE_NON_VERBS,
    CHANGE_NOUNS,
    COMMON_OPENERS,
    COMPASS,
    COUNT_COMPOUNDS,
    COUNT_VERBS,
    CUT_VERBS,
    DEAL_NOUNS,
    DEFAULT_OBJECTS,
    DEMONYM,
    DETERMINERS,
    EVENT_NOUNS,
    EXPECT_VERBS,
    FORECAST_AFTER,
    FORECAST_BY,
    HAND_VERBS,
    HEDGES,
    HOLD_VERBS,
    HOLDER_NOUNS,
    INCREMENT_WORDS,
    JOB_NOUNS,
    KIND_NOUNS,
    LINKERS,
    MEASURE_ADJECTIVES,
    MONEY_VEHICLES,
    MONEY_VERBS,
    NAMED_DAYS,
    OUTPUT_VERBS,
    PART_NOUNS,
    PARTY_DEALS,
    PARTY_ROLES,
    PARTY_SKIP,
    PAY_VERBS,
    PAYMENT_FORMS,
    PERIOD_TOKEN,
    PERIOD_WORDS,
    PERSON_NOUNS,
    PHASE_WORDS,
    PHRASE_ENDS,
    PLACE_ROLES,
    PLACES,
    RATE_NOUNS,
    REFERRING,
    SAME_MEASURE,
    SECTOR_NOUNS,
    SITE_NOUNS,
    SMALL_NUMBERS,
    SPELLED_MEASURE,
    STAKE_HOLDERS,
    START_VERBS,
    STOPWORDS,
    SUPPLY_VERB,
    TAKE_VERBS,
    TITLED_DEALS,
    VALUE_VERBS,
    lets_go,
    spelled_measure,
)
from checker.places import COUNTRY_OF_PEOPLE, PLACE_ALIASES
from checker.units import CURRENCY_CODES, CURRENCY_SYMBOLS, RATE_NOT_AFTER, SYMBOLS


class Tok(tuple[str, int, int]):
    """A token of a sentence: (text, start, end), offsets within the sentence.

    A bare tuple subclass, so that `map(Tok, rows)` builds thousands of them without a Python call each.
    """

    __slots__ = ()

    @property
    def text(self) -> str:
        """The token's text."""
        return self[0]

    @property
    def start(self) -> int:
        """Offset of its first character in the sentence."""
        return self[1]

    @property
    def end(self) -> int:
        """Offset just past its last character."""
        return self[2]


class Mention(NamedTuple):
    """A name in a sentence and the subject it stands for.

    `aside` when the name is not who the sentence is about: a place ("in Lisbon", "off the Yorkshire
    coast"), a name inside an apposition ("Carris, the bus operator of Lisbon, ...") or the target of
    a deal or comparison when an earlier name acts ("Verdant agreed to buy Castellan for ...").
    """

    start: int
    end: int
    name: str
    configured: bool
    aside: bool = False


# Words that open company names and are no one's first name: "Deutsche Telekom", later "Telekom", is no person
_NOT_FIRST_NAMES = COMPANY_OPENERS | frozenset("General American British United National Royal International Global "
                                               "Air China Japan Saudi".split())
# Common nouns written in capitals: "AI infrastructure revenue", "GPUs"
_COMMON_CAPITALS = frozenset("ai gpu gpus cpu cpus tpu tpus npu npus ev evs lng gdp capex eps cpi".split())
_NOT_NAMES = frozenset(
    "the a an in on at by for from with to of and or but as if so this these those that it its he she we "
    "they his her their our what why how when where who which while after before despite meanwhile however "
    "moreover additionally furthermore imagine consider according including excluding news share leave show hide "
    "ceo cto cfo "
    "ai mr ms mrs dr i you your is are was were will have has had should could would shall might must can "
    "one two key our let here there then part already "
    "rival rivals chief executive governor president "
    "minister senator analyst analysts spokesman spokeswoman spokesperson founder chairman chairwoman "
    "director professor mayor judge officials official sources elsewhere overall instead indeed today "
    "yesterday now next first finally still also separately similarly likewise together last neighbouring another "
    "neighboring nearby ct et pt gmt bst utc cet cest est edt pst pdt cst cdt whether series not more most less many "
    "several each every both all record busiest biggest largest highest best fastest latest greatest lowest "
    "smallest longest strongest worst ipo numbers facts takeaways total combined ebit ebitda "
    "earlier previous prior original "  # a label's "- Earlier New Carlisle pledge:": New Carlisle's
    "meet introducing inside "  # a blog's "Meet Project Rainier", "Inside Amazon's ..."
    "big tech "  # "Big Tech's hunger for power": the industry, no company
    "thanksgiving christmas easter halloween "  # "On Thanksgiving, shoppers spent": a day
    "broadcaster chipmaker drugmaker automaker carmaker retailer lender insurer miner".split()  # "Broadcaster DAZN"
) | _COMMON_CAPITALS | frozenset(MONTHS) | frozenset(h for h in HEDGES if h.isalpha()) \
    | frozenset(SMALL_NUMBERS) | frozenset(WEEKDAYS)  # "Around 40,000 jobs": a hedge; "Three years ago": a number
# A run of capitalised words; a word may open with one or two lower-case letters before a capital ("xAI", "eBay")
_INSTITUTION_HEADS = ("Bank", "Department", "Ministry", "Office", "University", "Bureau", "Institute", "Board",
                      "Commission")
_INSTITUTION_OF = "(?:" + "|".join(f"(?<={head})" for head in _INSTITUTION_HEADS) + r")\s+(?:of|for)\s+(?:the\s+)?"
_GENERIC = re.compile(r"(?<![\w’'])(?:(?:[A-ZÀ-ÖØ-Þ]|[a-z]{1,2}(?=[A-Z]))[\w&.\-]*\+?(?:['’]s|(?<=s)['’](?!\w))?)"
                      r"(?:(?:" + _INSTITUTION_OF + r"|\s+(?:&\s+)?)(?:[A-ZÀ-ÖØ-Þ]|[a-z]{1,2}(?=[A-Z]))[\w&.\-]*\+?"
                      r"(?:['’]s|(?<=s)['’](?!\w))?){0,5}")
# ("Ørsted" too, "Harlow & Sons", a brand's plus, "Disney+", and a plural's possessive: "Qatar Airways' Mega Order";
# and an institution named "of" or "for" something: "Bank of England", "Department of Energy", "Office for National
# Statistics")
_BACKED = re.compile(r"-(?:backed|owned|based|led|funded|controlled|linked|made)$")
# The last word of a day's name, a run of at most _DAY_WORDS capitals: "Black Friday", "Singles Day"
_DAY_ENDS = frozenset({"day", *WEEKDAYS})
_DAY_WORDS = 3
_NAME_WORDS = 4  # the longest name kept, in words, once "Why", "The" and the like are trimmed
# A role inside a run of capitals ends the organisation's name: "Helios CEO Priya Raman" is Helios's
_ROLES = frozenset("ceo cto cfo coo chief chairman chairwoman founder co-founder president boss".split())
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "GPUs", "EVs": things counted, not names
# After an acronym, the figure that measures it: "a PUE of 1.15", "an EBITDA of $2bn" (a measure, not a name)
_MEASURED_AFTER = re.compile(r" of (?:about |around |roughly |just |nearly )?[$€£¥]?\d")
_LABELLED_NUMBER = re.compile(r" \d{1,2}\b")
_NUMBERED_LABELS = frozenset("Phase Stage Tier Level Step Round Chapter Section Part Grade Class".split())
_DETERMINER_RIGHT_BEFORE = re.compile(r"\b(?:a|an|the|its|their) $")
# After a name, a deal both sides make: "a Microsoft agreement" is made with Microsoft, by whoever the clause says
# (not "the Paramount offer": an offer or bid is its bidder's)
_COUNTERPARTY_AFTER = re.compile(r" (?:contract|contracts|agreement|agreements|deal|deals|partnership|orders?)\b", re.I)
_TITLE_NAME = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}"
# A title naming two parties over the facts below: "Nebius and Meta: The Numbers", "AMD & OpenAI by the Numbers"
_JOINT_TITLE = re.compile(rf"(?P<first>{_TITLE_NAME}) (?:and|&) (?P<second>{_TITLE_NAME})"
                          r"(?=:\s|\s+(?i:by the numbers|the numbers))")
_MODEL_DIGITS = r"(?<![\d.,])\d{3,4}"  # a model's number: "737" of "737 MAX"
_MODEL_NUMBER = re.compile(rf"({_MODEL_DIGITS}) ([A-Z]{{2,5}})\b")
_UNIT_CAPITALS = frozenset({s.lower() for s in SYMBOLS} | {"ps", "bhp", "whp", "cv"})  # "784 HP": a unit's
_MODEL_NUMBER_BEFORE = re.compile(rf"(?!(?:19|20)\d\d ){_MODEL_DIGITS} $")  # "737 " of "737 MAX", not "2024 "
_LABEL_END = re.compile(r" \w+:")  # "- Meta contract:": the label's last word
# Verbs a power figure's thing runs at: "runs at 300 megawatts" is its capacity
_IN_SERVICE = frozenset({"online", "operational", "live", "installed"})  # "1 gigawatt online": capacity in service
_OPERATE_VERBS = frozenset("run runs running operate operates operating draw draws drawing".split())
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
REFERENCE_WINDOW = 160  # characters before a figure searched for "it", "the company"
# Words right before a name that make it a place ("in Lisbon", "off the Yorkshire coast")
_TOLD = frozenset("told tells telling".split())
_LAWS = frozenset("Act Bill Law Treaty Accord Directive Regulation Ordinance".split())
_SHARES_IN = frozenset({("shares", "in"), ("stock", "in")})
_PLACE_WORDS = frozenset("in near at from to into across outside inside throughout around off".split())
_PLACE_PAIRS = frozenset(tuple(p.split()) for p in ("state of", "city of", "county of", "province of", "region of",
                                                     "town of", "village of", "parish of", "island of",
                                                     # "a data center campus east of Austin"
                                                     "east of", "west of", "north of", "south of", "northeast of",
                                                     "northwest of", "southeast of", "southwest of", "outskirts of"))
# An apposition after a name: ", the bus operator of Lisbon," / ", which lost out," / ", owned by X,"
_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:the|a|an|another|its|their|which|who|whose|owned|backed|based|controlled|run|part|home|one)\b"
    r"|[A-Z][\w.&-]*['’]s (?=[a-z]))"  # ", Nvidia's closest rival in AI chips,"; a place and its state inside
    r"(?:[^,;:()]|,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,(?=\s(?:for|in|near|with|to|on|at|of)\s)){0,140},"  # (", building
    # a campus in Abilene, Texas, for OpenAI and Oracle,")
)
# A name right after these is what a deal or comparison is about, not who acts, when a name acts before it
_TARGET_WORDS = frozenset(
    "buy buys bought buying acquire acquires acquired acquiring purchase purchases purchased purchasing than "
    "against beat beats overtook overtake overtakes outspent outsold rival rivals "
    "supply supplies supplied supplying provide provides provided providing".split()  # "to supply Microsoft with"
)
_TARGET_PAIRS = frozenset(tuple(p.split()) for p in ("take over", "takes over", "took over", "taking over",
                                                    "merge with", "merger with",
                                                    # a round's investors: "raised $13 billion in a round led by Iconiq"
                                                    "led by", "co-led by", "backed by"))
# A deal's target after a few words that describe it: "buy chip designer Ampere", "acquire U.S. chip designer Ampere"
# A role noun before a name that describes who acts by whom it works for: "the builder of OpenAI's Abilene site"
_DESCRIBER_BEFORE = re.compile(r"\bthe\s+(?:[a-z-]+\s+)?(?:builder|maker|owner|operator|developer|creator|designer"
                               r"|producer|manufacturer|supplier|provider|backer|landlord|parent)s?\s+of\s+$")
_TARGET_DESCRIBED = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing"
    r"|take over|takes over|took over|taking over)\s+(?:the\s+|a\s+|an\s+)?"
    # "the Israeli-founded cyber security company Wiz", "London-listed miner Anglo"
    r"(?:(?!by\s|from\s)(?:U\.?S\.?|UK|EU|[a-z-]+|[A-Z][a-z]+(?:ian|ean|ese|ish|ican|ench|utch)|[A-Z][\w.]*-[a-z]+)\s+)"
    r"{1,4}$")
_LOWER_NEXT = re.compile(r" [a-z]")
_NAME_AFTER_NOUN = re.compile(r" [a-z][\w-]* [A-Z]")  # "French rival Mistral": a modifier, a noun, a name
_LOWER_NEXT_LABEL = re.compile(rf" (?:(?:{PERIOD_TOKEN}) )?[a-z]")  # "- Original 2022 budget: €17 billion"
# A verb after a list item's first word that makes the word who acts: "- Microsoft announced a $17.5 billion ..."
# (not a label: "- Amount raised: $13 billion")
_ITEM_ACTOR = re.compile(r" (?:(?:also|has|have|had|will|would|is|was|recently|already|later) )?"
                         r"(?:said|says|announced|announces|unveiled|pledged|pledges|plans|planned|agreed|signed|is|was"
                         r"|has|will|would|expects|expected|committed|commits|invested|invests|reported|reports"
                         r"|launched|opened|bought|acquired|raised|spent|spends|aims|intends|promised) (?!:)")
_OWNED_BY = re.compile(r" (?:of|at|for) (?:the )?")  # between a measured thing and whose it is
_OF_A_NAME = re.compile(r" (?:in|at|of|for|from) (?:the )?[A-Z]")  # "Unemployment in Solano County fell"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+(?:[a-z]+\s+)?$", re.I)
_MODIFIED_ORG = re.compile(r" (?:[a-z-]+ )?(?:[a-z]*maker|company|firm|group|carrier|airline|bank|lender|insurer"
                           r"|operator|retailer|startup|developer|designer|supplier|provider|manufacturer|producer"
                           r"|utility|council|giant|parent|owner|plant|factory|site|mine"
                           r"|project|stadium|hospital|campus|office|store|branch)\b")  # "The US chip designer"
# Words before a name that make it a person's: who acts for an organisation, not the organisation
_PERSON_BEFORE = re.compile(r"\b(?:executive|ceo|chief|founder|president|chairman|chairwoman|chair|director|minister"
                            r"|mr|ms|mrs|dr|analyst|spokesman|spokeswoman|spokesperson|officer|head|boss)\.?\s+$", re.I)
# "OSLO, Jan 3 —": the dateline's city opens the sentence in capitals (not "AMD, Nvidia's rival, said"); a
# state's abbreviation holds full stops ("HAMLET, N.C., June 12, 2025 - ")
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?=,? (?:[^.!?]|\.(?! )){0,40}?(?:\(|—|–| - ))")
# Between an owner and what it owns: "Elon Musk's artificial intelligence startup xAI" is xAI's
_OWNER_GAP = re.compile(r"(?: [a-z][a-z-]*){1,4} ")
# A name right after a figure is the maker or brand of what is counted, not who counts: "100,000 Nvidia H100s",
# "166.4 million new Nokia shares"
_AFTER_FIGURE = re.compile(r"(?:(?<![\d,.])(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?"
                           r"|\d(?:hundred|thousand|million|billion|[kKmM]|bn|mn)"
                           r"|\b(?:hundred|thousand|million|billion|trillion|dozen))\s+(?:of\s+)?"
                           r"(?:(?:new|newly issued|additional|existing|ordinary|common)\s+)?$")
# A verb right after a name that follows a figure: the name acts ("the $75 billion Google plans for 2025")
_ACTS_AFTER = re.compile(r" (?:has|have|had|is|was|will|plans|planned|says|said|expects|spends|spent|budgeted"
                         r"|intends|wants|committed|pledged|agreed|offered|offers|pays|paid)\b")
_RATE_AFTER_FIGURE = re.compile(r"\s+(?:(?:a|per)\s+(?:share|year|month)\s+)?")  # "$27.75 a share Netflix agreed"
_QUOTES = frozenset("\"'“”‘’«»")


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """A capitalised word as compared with _NOT_NAMES: lower case, no possessive, no full stop.

    A period adjective ("Second-quarter", "Full-year") compares as "first", which is no name.
    """
    bare = _POSSESSIVE.sub("", word).lower().strip(".")
    return "first" if _PERIOD_ADJECTIVE.fullmatch(bare) else bare


_DIGIT = re.compile(r"\d")
# What a forecast sum measures, named earlier in its sentence: "raised its 2025 capital expenditures forecast, now
# expecting $66 billion to $72 billion"
_MEASURE_NAMED = re.compile(r"\b(?:capital expenditures?|capex|capital spending|investments?|spending|revenue|sales"
                            r"|profit|earnings|budget)\b", re.I)
_PERIOD_ADJECTIVE = re.compile(r"(?:first|second|third|fourth|full|half|first-half|second-half)-(?:quarter|year|half)")
# A heading that introduces a list of figures about what it names: "Fairwater by the Numbers"
_FACTS_AFTER = re.compile(r"(?:['’]s)?:?\s+(?:(?:by )?the numbers|the (?:key )?(?:facts|figures)|at a glance"
                          r"|in numbers|in figures|fact ?sheet|key (?:facts|figures|specs|numbers|stats)|explained"
                          r"|everything (?:we|you need to) know"
                          r"|what we know(?: so far)?|what you need to know|what(?: it)? changes|what it means)\W*$"
                          # a heading (no full stop) naming whose plan the list below is: "Amazon's plan"
                          r"|(?<=['’]s)\s+(?:plans?|pledges?|bets?|commitments?|investments?|deal|numbers|figures)\s*$",
                          re.I)
_PERIOD_AFTER = re.compile(rf" (?:{PERIOD_TOKEN})\b")
# what a heading says of a name: "Tesla Deliveries", "Spotify Price Hike"
_TOPIC_WORDS = EVENT_NOUNS | TITLED_DEALS | COMMON_OPENERS | frozenset(
    "price prices fee fees fare fares hike hikes rise rises increase increases cut cuts gdp economy".split())
_PERIOD_WORD = re.compile(rf"(?:{PERIOD_TOKEN})[:,]?")  # a period inside a run of capitals
_ROUND_LETTER = re.compile(r"[A-Z]\d?")  # a funding round's letter: "Series G", "Series B2"


def _person(sentence: str, mention: Mention) -> bool:
    """Whether a name is a person's: it follows a title ("Chief executive Aoife Byrne", "Mr Smith")."""
    return _PERSON_BEFORE.search(sentence, max(0, mention.start - 30), mention.start) is not None


# "Voltara's first factory", "its older plant": another site of the company than the one reported on
# "the original Stargate site": an ordinal before a name, a site noun after it
_ORDINAL_BEFORE = re.compile(r"\b(?:the|its|their)\s+(first|second|third|older|oldest|existing|original|other|sister"
                             r"|current|previous)\s+$", re.I)
_SITE_AFTER_NAME = re.compile(
    r"\s+(plant|factory|site|mine|campus|facility|farm|park|data cent(?:er|re)|gigafactory)\b", re.I)
# A sentence about its subject's other site: "Its first Arizona fab, which opened in 2025, employs 2,200 people"
_ITS_OTHER_SITE = re.compile(
    r"\s*(?:Its|Their) (?P<which>first|second|older|oldest|existing|original|other|sister|previous) "
    r"(?:[A-Z][\w-]* ){0,2}"
    r"(?P<site>plant|factory|fab|site|mine|campus|facility|farm|park|store|data cent(?:er|re)|gigafactory)\b")
_OTHER_SITE = re.compile(
    r"\s+(?P<site>(?:first|second|third|older|oldest|existing|original|other|sister|current|previous)\s+"
    r"(?:plant|factory|site|mine|campus|facility|farm|park|store|office|data cent(?:er|re)|gigafactory))\b",
    re.I,
)
# A site noun right after a name: the name is where the owner's site is ("Stratos Data's Trondheim campus")
_SITE_AFTER = re.compile(r" (?:campus|plant|factory|site|facility|project|mine|park|farm|hub|data cent(?:er|re))\b")
# ... or a numbered site after its owner's possessive: "Applied Digital's Polaris Forge 1 campus" (a number names a
# site, no place: "its Hornsea 3 project" is Hornsea's)
_NUMBERED_SITE_AFTER = re.compile(r" \d{1,2}" + _SITE_AFTER.pattern)
# A name between "its" and a site noun is where the site is, never who acts: "its Munich data centre"
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.I)
# What "the cluster", "the plant" refer back to: a name written with the same noun ("its Colossus training cluster")
_ANY_SITE = "|".join(sorted(SITE_NOUNS))
_PROJECT_NOUNS = frozenset({"cluster", "supercomputer", "system", "machine"})  # what a "Project X" often is
# Nouns that name one undertaking: "the project" refers back to "a joint venture called Stargate"
_VENTURE = "project|venture|initiative|scheme|programme|program"
_NOUN_FAMILY = dict.fromkeys(_VENTURE.split("|"), _VENTURE)
# A sentence that may hold a site or venture noun: searched in lower case, as IGNORECASE and \b cost 8x
_SITE_WORD = re.compile("|".join((*sorted(SITE_NOUNS), _VENTURE)))
# A name described by a noun before it or in an apposition: "a joint venture called Stargate", "Stargate,
# the venture between ...", "Colossus, its training cluster"
_CALLED = r"(?:{noun})s? (?:called|named|dubbed|known as) $"
_APPOSED = r",? (?:a|an|the|its|their) (?:[\w-]+ ){{0,3}}?(?:{noun})s?\b"
# A speaker before a reported clause that refers back: "Trump claimed the project would create 10,000 jobs"
_REPORTED = re.compile(r"(?:['’]s)?,? (?:said|says|say|claimed|claims|told [\w ]{1,50}?|announced|announces|added|adds"
                       r"|noted|notes|stated|states|estimated|estimates|predicted|predicts|believes|argued|argues"
                       r"|insisted|insists|wrote|writes)(?: that)? (?=the )")
_BULLET = re.compile(r"\s*(?:[-•*·–]|\d{1,2}[.)])\s*$")  # "- ", "• ", "1. ", "2) "
_ITEM = re.compile(r"\s*(?:[-•*·–]|\d{1,2}[.)](?=\s))")


def _after_bullet(sentence: str, at: int) -> bool:
    """Whether the sentence up to `at` is only a list bullet ("- ", "• ")."""
    return _BULLET.fullmatch(sentence, 0, at) is not None


def is_item(sentence: str) -> bool:
    """Whether a sentence is a list item: a bullet or an item number opens it."""
    return _ITEM.match(sentence) is not None


# A list item whose label opens with a capital and goes on in lower case: an owner, possessive or not ("- ASML's
# share:", "- Government share of cash distributions:"), or a role ("- Lead investor: Iconiq"): its names are its own
_OWNER_LABEL = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s*[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*"
                          r"(?:['’]s? [^:]{1,40}| [a-z][^:]{0,40}):")


def _item_label(sentence: str) -> str:
    """A list item's label, lower case ("- Customer: Meta" -> "customer"); "" when it has none.

    Labels in PARTY_ROLES name a deal's other party ("- Target: Wiz"), in PLACE_ROLES where ("- Location:").
    """
    m = _ITEM_LABEL.match(sentence)
    return m["label"].lower() if m else ""


def named_label(sentence: str) -> str | None:
    """A list item's label when it is a name, as written: "- iPhone: $49 billion", "- Greater China: $14.5 billion"."""
    m = _ITEM_LABEL.match(sentence)
    if m is None or not all(_NAME_WORD.fullmatch(w) for w in m["label"].split()):
        return None
    return str(m["label"])


_NAME_WORD = re.compile(r"[a-z]?[A-Z][\w]*")  # a word of a name: a capital first, or second ("iPhone", "xAI")


def _priced(sentence: str) -> bool:
    """Whether a list item gives a deal's price: "- Price:", "- Purchase price:", "- Deal value:"."""
    return SAME_MEASURE.get(_item_label(sentence)) == "deal"


# A headline's verb of buying, before what is bought: "SoftBank Buys Ampere", "Nvidia to acquire Run:ai"
_BOUGHT_IN_HEADLINE = re.compile(r"\b(?:[Bb]uys?|[Bb]uying|[Aa]cquires?|[Aa]cquiring|[Ss]naps [Uu]p"
                                 r"|[Tt]akes [Oo]ver)\s+")


def titled_party(sentence: str, end: int, mentions: Sequence[Mention], document: DocumentWords | None) -> str | None:
    """The other side a title names right after a sum (ending at `end`) and before a word for the deal.

    "Nvidia's $5 Billion Synopsys Bet", "Kimberly-Clark's $21 Billion Kenvue Deal" (not "the $10 Billion Chip
    Deal": a word the document writes in lower case too is no name).
    """
    gap = _SCALE_ONLY.match(sentence, end)
    return next((m.name for m in mentions if gap and m.start == gap.end() and _named_deal(sentence, m, document)), None)


def _named_deal(title: str, mention: Mention, document: DocumentWords | None) -> bool:
    """Whether a title's name is followed by a word for a deal, and is no common word (see _common_title_word)."""
    return _DEAL_WORD_AFTER.match(title, mention.end) is not None \
        and not (" " not in mention.name and _common_title_word(mention.name, document))


def _common_title_word(word: str, document: DocumentWords | None) -> bool:
    """Whether a title's capitalised word is a trade ("Railroad") or one the text also writes in lower case."""
    return word.lower() in SECTOR_NOUNS or _written_lower(word, document)


def _titled_deal(sentence: str, start: int, words: list[str], document: DocumentWords | None) -> Mention | None:
    """The name between a title's sum and the word that calls it a deal: "$40 Billion Aligned Deal" -> Aligned.

    A trade ("The $85 Billion Railroad Merger") or a word the text writes in lower case too ("the $18 Billion
    Coffee Deal" of "a coffee company") names no one.
    """
    scale = 1 if words and words[0].lower() in _SCALE_WORDS else 0
    deal = next((i for i, w in enumerate(words) if i > scale and w.lower() in _TITLED_SUMS), None)
    named = words[scale:deal] if deal is not None and deal - scale <= 2 else []
    if not named or any(w in COMMON_OPENERS or w in PARTY_SKIP or w.lower() in STOPWORDS
                        or re.search(r"-[A-Z]", w) for w in named):  # "Oracle-OpenAI Deal": two sides, no one
        return None
    if len(named) == 1 and _common_title_word(named[0], document):
        return None
    begin = sentence.index(named[0], start)
    if not _SUM_BEFORE.search(sentence, max(0, begin - 20), begin):
        return None
    return Mention(begin, begin + len(" ".join(named)), " ".join(named), False)


# In a title, a sum right before a run of capitals ("$40 Billion Aligned Deal"), and the words that call it a deal
_SUM_BEFORE = re.compile(r"\d(?:\s?(?:[Bb]illion|[Mm]illion|[Tt]rillion|bn|m))?\s+$")
_SCALE_WORDS = frozenset({"billion", "million", "trillion"})
# The words a title calls a sum by after whose it is: a deal ("$40 Billion Aligned Deal"), or a payment that is the
# name's own ("The $1.5 Billion Anthropic Settlement")
_TITLED_SUMS = TITLED_DEALS | {"settlement", "fine", "payout"}
_PUT_IN_LABELS = frozenset({"investment", "stake"})  # items of a deal's sum put in its other side
_DEAL_WORD_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(word.title() for word in PARTY_DEALS))})\b")
_SCALE_ONLY = re.compile(r"\s*(?:[Bb]illion|[Mm]illion|[Tt]rillion)?\s+")  # between a title's sum and a name
_OWNER_OR_SUM_BEFORE = re.compile(r"(?:['’]s|\d(?:\s?(?:[Bb]illion|[Mm]illion|bn|m))?)\s+$")
_SALE_ROLES = frozenset({"seller", "sellers", "vendor"})  # the PARTY_ROLES that sell what the list is about
TARGET_ROLES = frozenset({"target", "acquired", "company acquired", "acquisition"})  # what a deal's list buys
BUYER_ROLES = frozenset({"buyer", "buyers", "acquirer", "acquirers", "purchaser", "purchasers", "bidder"})
_ITEM_LABEL = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s*(?P<label>[A-Za-z][A-Za-z ]{0,30}?)\s*:")


def _owner_label(text: str, document: DocumentWords | None) -> bool:
    """Whether a possessive opening a list label is a name the document writes elsewhere too.

    "- Nvidia's investment:" under a title naming Nvidia is Nvidia's; "- Today's price:" is no one's.
    """
    name = _POSSESSIVE.sub("", text)
    return name != text and name.lower() not in COMMON_OPENERS and _named_in(name, document)


# A holding a label gives its owner: "- JAB's stake in JDE Peet's: 86%" (a verb takes no possessive)
_OWNER_TOKENS = frozenset({"'s", "’s", "'", "’"})  # the tokens a possessive ends in: "JAB 's", "shareholders '"
_HOLDING_WORDS = frozenset({"stake", "holding", "shareholding", "interest"})
_HOLDING_LABEL = re.compile(rf" (?:[A-Za-z]+ )?(?:{'|'.join(sorted(_HOLDING_WORDS))})\b")


def _holding_owner(sentence: str, text: str, end: int) -> bool:
    """Whether a possessive opening a list label owns the holding it labels ("- JAB's stake: 86%")."""
    return text != _POSSESSIVE.sub("", text) and _HOLDING_LABEL.match(sentence, end) is not None


def _list_label(sentence: str, start: int, end: int) -> bool:
    """Whether a name labels a list item: "- Corvane Cloud: 300,000 GPUs in Nevada"."""
    return sentence.startswith(":", end) and _after_bullet(sentence, start)


def _title_case(sentence: str) -> bool:
    """Whether a line is written in title case (most longer words capitalised, no full stop): a heading."""
    if sentence.rstrip().endswith("."):
        return False
    words = [w for w in sentence.split() if len(w) > 3 and w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return (len(words) >= 3 and capitals >= 0.6 * len(words)) or (len(words) == 2 and capitals == 2)


def _two_names(words: list[str], document: DocumentWords) -> list[str] | None:
    """The second of two names written together ("Louisiana Meta"), when the text writes each alone more often."""
    run = " ".join(words)
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if document.count(head) > document.count(run) and document.count(_POSSESSIVE.sub("", tail)) > \
                document.count(run):
            return words[cut:]
    return None


_ORG = r"(?P<org>(?:[A-Z]|[a-z]{1,2}(?=[A-Z]))[\w&.-]*(?: (?:[A-Z]|[a-z]{1,2}(?=[A-Z]))[\w&.-]*){0,3})"
_PERSON_NAME = r"(?P<person>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})"
_ROLE = (r"(?:CEO|CFO|COO|CTO|chief executive(?: officer)?|[Cc]hief [Ee]xecutive"
         r"|[Cc]hief (?:[Ff]inancial|[Oo]perating|[Tt]echnology|[Cc]ommercial) [Oo]fficer|finance chief"
         r"|founder|co-founder|boss|chairman|chairwoman|president|spokes(?:man|woman|person)|head)")
_TITLED = re.compile(r"\b" + _ROLE + r",? $")  # a role right before a person's name: "Chief executive Fiona Reid"
# What the person then does is speak ("Fiona Reid, 51, said"), not hold ("Jim Scapa, who controls about 70%")
_SPEAKS_AFTER = re.compile(r"(?:, [^,]{1,40},)? (?:said|says|told|tells|added|adds|expects|expected|estimated|estimates"
                           r"|predicted|predicts|noted|notes)\b")
_EMPLOYED: tuple[tuple[re.Pattern[str] | None, re.Pattern[str]], ...] = (  # (key, form): see _ties
    (re.compile(r"\b" + _ROLE + " [A-Z]"),
     re.compile(_ORG + " " + _ROLE + " " + _PERSON_NAME + r"\b")),  # "Meta boss Mark Zuckerberg"
    (re.compile(r"['’]s " + _ROLE + ",? [A-Z]"),
     re.compile(_ORG + r"['’]s " + _ROLE + ",? " + _PERSON_NAME + r"\b")),  # "Meta's CEO, Mark Zuckerberg"
    (None, re.compile(_PERSON_NAME + r", (?:the |its |a )?(?:[\w-]+ ){0,3}?(?:" + _ROLE
                      + r" (?:of|at)|behind|who (?:leads|runs|founded)) " + _ORG
                      + r"\b(?! and [A-Z])")),  # "Mark Zuckerberg, the tech mogul behind Meta"
    (re.compile(r"\b(?:led|run|founded|headed) by "),
     re.compile(_ORG + r",? (?:[\w,. ]{0,40}? )?(?:led|run|founded|headed) by (?:" + _ROLE + " )?" + _PERSON_NAME
                + r"\b")),  # "Meta Platforms, Inc., led by CEO Mark Zuckerberg"
    (None, re.compile(r"(?P<person>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})['’]s (?:[a-z-]+ ){0,4}" + _ORG
                      + r"\b")),  # "Musk's xAI"
)


def _employers(text: str, document: DocumentWords) -> dict[str, str]:
    """Each person the text ties to one organisation (see DocumentWords.employer), by full name and surname."""
    ties: dict[str, set[str]] = {}
    for m in _ties(text):
        person, org = m["person"], " ".join(w for w in m["org"].split() if _bare(w) not in _NOT_NAMES)
        org = _POSSESSIVE.sub("", org).rstrip(".,")
        if not org or org == person or not document.surnamed(person) or _SITE_AFTER.match(text, m.end()):
            continue  # "Meta's Reality Labs", "Stratos Data's Trondheim project": an owner, not a person
        for key in {person, person.split()[-1]}:
            ties.setdefault(key, set()).add(org)
    return {person: next(iter(orgs)) for person, orgs in ties.items() if len(orgs) == 1}


def _ties(text: str) -> Iterator[re.Match[str]]:
    """The matches of _EMPLOYED in a text.

    A form with a key (a role, "led by") is tried only near its key's occurrences: tried from every
    capital of the text, an organisation's name before a role costs a pass of backtracking per form.
    """
    for key, form in _EMPLOYED:
        if key is None:
            yield from form.finditer(text)
            continue
        end = -1
        for hit in key.finditer(text):
            if hit.start() < end:
                continue
            m = form.search(text, max(end, hit.start() - _TIE_REACH), hit.end() + _TIE_REACH)
            while m is not None and m.end() <= hit.start():
                m = form.search(text, m.end(), hit.end() + _TIE_REACH)
            if m is not None and m.start() <= hit.start():
                end = m.end()
                yield m


_TIE_REACH = 250  # characters before and after a key (see _ties) that a tie can span
_FIRST_NAME = re.compile(r"(?<![\w.])([A-Z][a-z]+) \S+\Z")  # see DocumentWords._first_name


def _named_in_prose(document: DocumentWords | None, text: str) -> bool:
    """Whether the document's prose (its lines that are not headings) writes a capitalised text elsewhere."""
    return document is not None and document.in_prose(text, "", 2)


# The verbs a title's names act by, after an adverb or not: "Nippon Steel Finally Owns U.S. Steel", "IBM Buys Confluent"
_TITLE_VERBS = ("Buys|Owns|Acquires|Completes|Closes|Sells|Wins|Takes|Snaps|Agrees|Bets|Backs|Invests|Raises|Signs|Goes"
                "|Wants|Gets|Eyes|Lands|Pays|Targets")
_TITLE_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "ECB", "HSBC": capitals that are no title's capitalised words
_ASKING = re.compile(r"(?:Why|How|What|When|Where)\s+")  # a title's question word before who acts: "Why ADNOC Wants"
_TITLE_VERB = re.compile(rf"(?:\s+(?:Finally|Officially|Now|Quietly|Still))?\s+(?:{_TITLE_VERBS})\b")


def _runs(sentence: str, heading: bool) -> Iterator[tuple[int, str]]:
    """The runs of capitalised words of a sentence; a heading's split where its names act (see _TITLE_VERB)."""
    for m in _GENERIC.finditer(sentence):
        at, run = m.start(), m.group(0)
        verb = _TITLE_VERB.search(run) if heading else None
        while verb is not None and verb.start() > 0:
            yield at, run[: verb.start()]
            after = run[verb.end() :]
            at, run = at + len(run) - len(after.lstrip()), after.lstrip()
            verb = _TITLE_VERB.search(run)
        if run:
            yield at, run


def _prose_words(sentence: str, start: int, words: list[str], document: DocumentWords) -> list[Mention]:
    """The words of a heading's run of capitals that the document's prose writes as names."""
    found = []
    for i, word in enumerate(words):
        start = sentence.index(word, start)
        name = _POSSESSIVE.sub("", word).rstrip(".,")
        if i and name in PLACES:  # "Coastal Virginia Offshore Wind": a place inside a name, not who acts
            start += len(word)
            continue
        if len(name) > 1 and _bare(word) not in _NOT_NAMES and name.lower() not in COMMON_OPENERS \
                and document.in_prose(name, sentence) and not document.label_word(name) \
                and not (_looks_common(name) and not document.inside(name)):  # "What Authors Get", "Authors can"
            found.append(Mention(start, start + len(word), name, False))
        start += len(word)
    return found


_CHIP_NOUNS = r"(?:GPUs?|chips?|processors?|accelerators?|superchips?)"
_CHIP_AFTER = rf"\s+{_CHIP_NOUNS}\b"  # a chip line's name before its noun
_NOT_CHIP = r"(?!(?:chips?|processors?|accelerators?|superchips?)\b)"
_CHIP_WORD = re.compile(r"\b([A-Z][\w-]*)" + _CHIP_AFTER)
_CHIP_NOUN = re.compile(_CHIP_NOUNS)


class DocumentWords:
    """What a whole document writes, asked of the capitalised words that open its sentences.

    Each answer is worked out once per document. A document longer than INDEX_FROM characters has
    its lower-case words collected in one pass when first asked, so a 50 MB page costs one pass, not
    one search of the whole text per sentence.
    """

    INDEX_FROM = 100_000  # characters

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: dict[str, int] = {}
        self._has: dict[str, bool] = {}
        self._lower: frozenset[str] | None = None
        self._prose: str | None = None
        self._people: dict[str, bool] = {}
        self._employers: dict[str, str] | None = None
        self._companies: dict[str, bool] = {}
        self._inside: dict[str, bool] = {}
        self._products: dict[str, bool] = {}
        self._chip_words: frozenset[str] | None = None
        self._models: frozenset[str] | None = None

    def model_number(self, digits: str) -> bool:
        """Whether the document writes a number as a model's, before a model's capitals: "737" of "737 MAX".

        Not before a unit's capitals: "784 HP", "300 PS". The numbers are found in one pass, when first asked.
        """
        if self._models is None:
            self._models = frozenset(m[1] for m in _MODEL_NUMBER.finditer(self.text)
                                     if m[2].lower() not in _UNIT_CAPITALS)
        return digits in self._models

    def product(self, word: str) -> bool:
        """Whether a capitalised word only names a line of chips, no one who acts.

        It is written before "GPUs", "chips" or "processors" ("Blackwell GPUs", "Rubin chips"), and before
        no other word in lower case but "and", "or" and "to", nor with a possessive, as a maker is
        ("Nvidia shares", "Nvidia's", "Nvidia said").
        """
        if self._chip_words is None:  # the few words written before a chip noun, found in one pass
            self._chip_words = frozenset(_CHIP_WORD.findall(self.text))
        if word not in self._chip_words:
            return False
        if word not in self._products:
            name = re.escape(word)
            self._products[word] = \
                re.search(rf"\b{name}(?:['’]s?\b|\s+(?!(?:and|or|to)\b){_NOT_CHIP}[a-z])", self.text) is None
        return self._products[word]

    def inside(self, word: str) -> bool:
        """Whether the text writes a capitalised word after a lower-case word or a comma, not only opening clauses."""
        if word not in self._inside:
            self._inside[word] = re.search(r"[a-z,;:] " + re.escape(word) + r"\b", self.text) is not None
        return self._inside[word]

    def count(self, text: str) -> int:
        """How often a text (a name) occurs."""
        if text not in self._counts:
            self._counts[text] = self.text.count(text)
        return self._counts[text]

    def in_prose(self, text: str, besides: str = "", times: int = 1) -> bool:
        """Whether a text occurs `times` times in lines that are not headings (see _title_case), besides `besides`."""
        if self._prose is None:
            self._prose = "\n".join(line for line in self.text.splitlines() if not _title_case(line))
        if besides and besides in self._prose:
            times += besides.count(text)
        return _whole(self._prose, text, times, str.isalnum)

    def label_word(self, word: str, alone: bool = False) -> bool:
        """Whether the prose writes a capitalised word only to open list labels ("- Fund size: $100 billion").

        With `alone`, a label of that word alone counts too ("- Layoffs: 1,000").
        """
        if self._prose is None:
            self.in_prose(word)
        prose = self._prose or ""
        rest = r"(?: [a-z][^:\n]*)?" if alone else r" [a-z][^:\n]*"
        labels = len(re.findall(rf"^\s*[-*•–]\s*{re.escape(word)}{rest}:", prose, re.M))
        return labels > 0 and labels == len(re.findall(rf"\b{re.escape(word)}\b", prose))

    def surnamed(self, name: str) -> bool:
        """Whether a name is a person's, as the text writes it: "Musk" after "Elon Musk", or "Elon Musk" itself.

        A two- or three-word name whose last word also stands alone is taken for a first name and a
        surname (not a project's: "Project Rainier" is "Rainier" too); so is a single word that the text
        also writes after another capitalised word.
        """
        if name not in self._people:
            words = name.split()
            if len(words) == 1:
                first = self._first_name(name)
                person = len(name) > 2 and not name.isupper() and first is not None and self.in_prose(first[0]) \
                    and self.count(first[1]) == self.count(first[0])  # a first name is not written alone
            else:
                last = words[-1]
                person = len(words) <= 3 and words[0] not in DESIGNATORS and words[0] not in _NOT_FIRST_NAMES \
                    and all(w[:1].isupper() and w.isalpha() and _bare(w) not in _NOT_NAMES for w in words) \
                    and not last.isupper() and self.count(last) > self.count(name) and not _written_lower(last, self) \
                    and self.count(words[0]) == self.count(name)  # a first name is not written alone
            self._people[name] = person
        return self._people[name]

    def _first_name(self, surname: str) -> re.Match[str] | None:
        """The first capitalised word written before a surname ("Elon" in "Elon Musk"), as a match of both."""
        at = self.text.find(" " + surname)
        while at >= 0:
            end = at + 1 + len(surname)
            if end == len(self.text) or not (self.text[end].isalnum() or self.text[end] == "_"):
                first = _FIRST_NAME.search(self.text, max(0, at - 40), end)
                if first is not None and _bare(first[1]) not in _NOT_NAMES:  # "The Stargate venture": no first name
                    return first
            at = self.text.find(" " + surname, end)
        return None

    def employer(self, name: str | None) -> str | None:
        """The organisation a person's name stands for, where the text says whose they are; else the name.

        "Meta boss Mark Zuckerberg", "Mark Zuckerberg, the tech mogul behind Meta", "Zuckerberg's Meta",
        "Meta Platforms, led by CEO Mark Zuckerberg": his figures are Meta's. A person the text ties to
        two organisations ("the billionaire behind Tesla and SpaceX") keeps their own name.
        """
        if name is None or not self.surnamed(name):
            return name  # most subjects are organisations: the text is scanned for ties only for a person
        if self._employers is None:
            self._employers = _employers(self.text, self)
        return self._employers.get(name, name)

    def company(self, name: str) -> bool:
        """Whether the text calls a name a company.

        "the AI start-up Anthropic", "Anthropic, the maker of", "Anthropic, OpenAI's closest rival".
        """
        if name not in self._companies:
            holder = "(?:" + "|".join(STAKE_HOLDERS) + ")"
            found = re.search(r"\b" + holder + r" " + re.escape(name) + r"\b|\b" + re.escape(name)
                              + r", (?:the|a|an|[A-Z][\w.&-]*['’]s) (?:[\w-]+ ){0,3}?" + holder + r"\b", self.text)
            self._companies[name] = found is not None
        return self._companies[name]

    def has_word(self, word: str) -> bool:
        """Whether a lower-case word occurs as a whole word."""
        if word not in self._has:
            if len(self.text) >= self.INDEX_FROM:
                if self._lower is None:
                    self._lower = frozenset(w for w in _WORDS.findall(self.text) if w.islower())
                self._has[word] = word in self._lower
            else:
                self._has[word] = _has_word(self.text, word)
        return self._has[word]


_WORDS = re.compile(r"[^\W\d_]+")


def _named_in(word: str, document: DocumentWords | None) -> bool:
    """Whether the document writes a capitalised word more than once."""
    return document is not None and document.count(_POSSESSIVE.sub("", word)) >= 2


def _written_lower(word: str, document: DocumentWords | None) -> bool:
    """Whether the document also writes a capitalised word in lower case (or its plural): a common word."""
    lower = _POSSESSIVE.sub("", word).lower()
    if document is None or not lower.isalpha() or lower == word:
        return False
    return any(document.has_word(form) for form in (lower, lower + "s", lower + "es"))


def _has_word(text: str, word: str) -> bool:
    """Whether a word occurs in a text as a whole word (no letter either side)."""
    return _whole(text, word, 1, str.isalpha)


def _whole(text: str, word: str, times: int, joins: Callable[[str], bool]) -> bool:
    """Whether `word` occurs `times` times in `text` with no character that `joins` it on either side.

    A plain substring search: no regex to compile per word.
    """
    at, seen = text.find(word), 0
    while at >= 0 and seen < times:
        end = at + len(word)
        seen += (at == 0 or not joins(text[at - 1])) and (end == len(text) or not joins(text[end]))
        at = text.find(word, end)
    return seen >= times


def _common_opener(word: str, sentence: str, end: int, document: DocumentWords | None) -> bool:
    """Whether a capitalised word opening a clause is a common word, not a name.

    It is when the document also writes it in lower case ("Branch closures ..."), when a name follows
    it ("Unemployment in Solano County fell"), or when it reads as a common word ("Shares rose") and
    neither recurs capitalised in the document nor opens an apposition ("Carris, the operator, ...").
    """
    if word.endswith("+"):
        return False  # "- Disney+ subscribers:": a brand's plus, in no common word
    if _written_lower(word, document) or _OF_A_NAME.match(sentence, end) or word.lower() in COMMON_OPENERS \
            or word.lower() in MEASURE_ADJECTIVES:
        return True
    if word.endswith(("ed", "ing")) and sentence.startswith(":", end):
        return True  # "- Raised: $2.5 billion": a list label
    if _FACTS_LINE.match(sentence, end) and not _named_in(word, document):
        return True  # "Fast facts", "Quick numbers:": a heading's adjective, a word the document names nowhere else
    label = sentence.startswith(":", end) and _after_bullet(sentence, end - len(word))  # "- Locations: Texas"
    if label and (not _named_in(word, document) or (_looks_common(word) and document is not None
                                                    and document.label_word(word, alone=True))):
        return True  # "- Duration: about five years", "- Start: 2027": a word the document names nowhere else
    measure = _MEASURE_AFTER.match(sentence, end)
    if measure and measure[1] in COMMON_OPENERS and not measure[1].endswith("ed") and document is not None \
            and not _POSSESSIVE.search(word) and not document.inside(word) and not _guides(sentence, measure):
        return True  # "Wholesale revenue rose 7%", "- Upfront price: $47.50": a modifier the text never names inside
    if measure and sentence.startswith(":", measure.end()) and _after_bullet(sentence, end - len(word)) \
            and document is not None and not _POSSESSIVE.search(word) and not document.inside(word) \
            and not _named_in_prose(document, word) and measure[1] not in HOLDER_NOUNS:
        return True  # "- Fund size: $100 billion" under "... a $100 Billion AI Fund": a word only headings capitalise
    return _looks_common(word) and not _named_in(word, document) and not sentence.startswith((",", ":", " ("), end)


_MEASURE_AFTER = re.compile(r" ([a-z]+)\b")
_DATED_MEASURE_AFTER = re.compile(rf" (?:{PERIOD_TOKEN}) ([a-z]+)\b")  # "Netflix forecast 2026 revenue of": a verb
_FACTS_LINE = re.compile(r" (?:facts|figures|numbers|stats|statistics|details|takeaways)\s*:?\s*$")  # a heading's end
# Whose a label's capitalised word says, a name's even where only headings write it: "- Skyworks shareholders: 37%"
_HOLDERS_AFTER = re.compile(rf" (?:{'|'.join(sorted(HOLDER_NOUNS))})\b")
_GUIDING_VERBS = frozenset({"forecast", "budget", "cost", "bet"})  # measure nouns that are also verbs of a name


def _guides(sentence: str, measure: re.Match[str]) -> bool:
    """Whether a measure noun after a capitalised word is its verb: "Nvidia forecast second-quarter revenue of".

    It is when what follows is what it forecasts: a determiner, a hyphenated modifier or a measure.
    """
    after = _MEASURE_AFTER.match(sentence, measure.end()) or _DATED_MEASURE_AFTER.match(sentence, measure.end())
    return measure[1] in _GUIDING_VERBS and after is not None and (
        after[1] in DETERMINERS or after[1] in COMMON_OPENERS or sentence.startswith("-", after.end()))


def _looks_common(word: str) -> bool:
    """A capitalised sentence opener that reads as a common word: "Possessing", "Shares", "Clearly"."""
    word = _POSSESSIVE.sub("", word)
    return word.endswith(("ing", "ed", "ly")) or (word.endswith("s") and not word.endswith("ss")
                                                  and word[1:].islower())


def _last_words(before: str, owner: bool) -> list[str]:
    """The last two words before a name, lower case, past "the" (and with `owner`, past "UK's")."""
    if not before[-1:].isspace():
        return []
    words = before.split()[-5:]
    if owner and words and words[-1][:1].isupper() and words[-1].endswith(("'s", "’s", "'", "’")):
        words = words[:-1]
    if words and _COMPASS.fullmatch(words[-1]):
        words = words[:-1]  # "in southwestern Jamaica", "in the central Midwest": where, as "in Jamaica"
    if words and words[-1].lower() == "the":
        words = words[:-1]
    return [w.lower() for w in words[-2:]]


_COMPASS = re.compile(COMPASS, re.I)


def _targets(words: list[str]) -> bool:
    return bool(words) and (words[-1] in _TARGET_WORDS or tuple(words) in _TARGET_PAIRS)


# A sentence's closing apposition of a stake: ", a holding worth about €116bn"
_HOLDING_AFTER = re.compile(r", (?:a|its|their) (?:[a-z]+ )?(?:holding|stake) (?:worth|valued at) (?:about |around "
                            r"|roughly |some |nearly |almost |more than |over |up to )?$")
# "The maker of Kleenex and Huggies is paying": brands after a maker of them, not who acts
_MADE_BY = re.compile(r"\b(?:maker|makers|producer|producers|owner|owners) of (?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*"
                      r"(?:, | and | & ))*$")
# A place a company is said to be based in: "The San Jose, California-based company", "the New York-based firm"
_BASED_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?-based\b")
# Who owns or runs a thing a name before it acts on: "for seven plants owned by Lotus Infrastructure Partners"
_HELD_BY_BEFORE = re.compile(r"\b(?:owned|operated|run|controlled|held|built|developed) by (?:the )?$")
# A list label counting a maker's chips: "- Nvidia B300 GPUs:", "- AMD Instinct MI450 chips:" (the maker of what is
# counted, not whom the list is about)
_MAKER_LABEL = re.compile(r"(?: (?:[A-Z][\w-]*|[a-z]*\d[\w-]*))*" + _CHIP_AFTER + r"\s*:")
_MAKER_AFTER = re.compile(r"[ -](?:maker|owner|parent|developer|creator)\b")  # "the Claude maker", "the Facebook
# owner", "Tylenol maker Kenvue", "Google parent Alphabet": a product or a brand, not who acts
# "according to Nvidia boss Jensen Huang": names up to the clause's end are the figure's source, not who it is about
_CREDITED = re.compile(r"\baccording to\b[^,;:()]*$", re.I)


def _mark_asides(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Mark the names that are not who a claim is about (see Mention): places, appositions, targets."""
    marked: list[Mention] = []
    apposition_end = -1
    dateline = _DATELINE.match(sentence)
    dateline_end = dateline.end() if dateline else -1
    places = {m.start for m in mentions if _place_like(sentence, m)}
    owners = {a.start for a, b in pairwise(mentions) if _POSSESSIVE.search(sentence, a.start, a.end)
              and _OWNER_GAP.fullmatch(sentence, a.end, b.start) and b.start not in places
              and sentence[a.end : b.start].split()[-1] not in _PLACE_WORDS}  # "Amazon's stake in Anthropic"
    for mention in mentions:
        before = sentence[max(0, mention.start - 30) : mention.start]
        last = _last_words(before, False)
        place = bool(last) and (last[-1] in _PLACE_WORDS or tuple(last) in _PLACE_PAIRS) \
            and not (len(last) == 2 and last[-1] == "at" and last[0] in COMMON_OPENERS) \
            and tuple(last) not in _SHARES_IN  # "sales at Nike Direct", "Shares in Vesta": whose, not where
        place = place or _BASED_AFTER.match(sentence, mention.end) is not None  # "The San Jose, California-based"
        told = bool(last) and last[-1] in _TOLD  # "told the Frankfurter Allgemeine that": who listens, not who acts
        opened = sentence.rfind("(", 0, mention.start)
        glossed = opened >= 0 and sentence.find(")", opened, mention.start) < 0 \
            and sentence.find(")", mention.end) >= 0  # "(Reuters)", "Meta (formerly Facebook)"
        law = mention.name.split()[-1] in _LAWS  # "grants under the CHIPS Act": a law, not who acts
        forecaster = _forecaster(sentence, mention.end)  # "the 5 million Wall Street had forecast"
        aside = mention.start < apposition_end or mention.end <= dateline_end or place or told or law or forecaster \
            or glossed or _MADE_BY.search(before) is not None or _MAKER_AFTER.match(sentence, mention.end) is not None \
            or _CREDITED.search(sentence, max(0, mention.start - 60), mention.start) is not None \
            or mention.start in owners \
            or _MAKER_LABEL.match(sentence, mention.end) is not None and _after_bullet(sentence, mention.start) \
            or _in_relative_clause(sentence, mention.start) \
            or (_AFTER_FIGURE.search(before) is not None and not _ACTS_AFTER.match(sentence, mention.end))
        if not aside and marked and marked[-1].aside and before.rstrip().endswith(",") \
                and sentence[marked[-1].end : mention.start].strip() == ",":
            aside = True  # "near Columbus, Ohio"
        if not aside and any(not m.aside for m in marked) and (
                _targets(_last_words(before, True)) or _HELD_BY_BEFORE.search(before)
                or _TARGET_DESCRIBED.search(sentence, max(0, mention.start - 60), mention.start)
                or " of " in before and _DESCRIBER_BEFORE.search(before)):  # "valuing the builder of OpenAI's site
            aside = True  # at $13bn": Crusoe's
        if not aside:
            apposition = _APPOSITION.match(sentence, mention.end)
            if apposition:
                apposition_end = apposition.end()
        marked.append(mention._replace(aside=True) if aside else mention)
    if any(not m.aside and m.start not in places for m in marked):  # "Micron expands its U.S. investments"
        marked = [m._replace(aside=True) if m.start in places else m for m in marked]
    else:  # "planned US capacity rises": a place before a common word is a modifier, not who acts
        marked = [m._replace(aside=True) if m.start in places and _LOWER_NEXT.match(sentence, m.end) else m
                  for m in marked]
    return marked


def _forecaster(sentence: str, end: int) -> bool:
    """Whether a name ending at `end` is someone's forecast of a figure: "above the 5 million Wall Street had forecast".

    A name that forecasts something it names is a company guiding: "Nvidia forecast second-quarter revenue of
    $45 billion" is Nvidia's forecast, and Nvidia acts.
    """
    if _ESTIMATES_AFTER.match(sentence, end):
        return True  # "in line with Wall Street estimates of $11.97 billion": whose estimate, not who reports
    verb = FORECAST_BY.match(sentence, end)
    return verb is not None and (" had " in verb[0] or " have " in verb[0] or " has " in verb[0]
                                 or not _LOWER_WORD.match(sentence, verb.end()))


_ESTIMATES_AFTER = re.compile(r"(?:['’]s?)? (?:average |consensus |mean )?(?:estimates?|expectations?|forecasts?"
                             r"|consensus)(?= (?:of|for)\b|[,.;]|$)")
_LOWER_WORD = re.compile(rf" (?:(?:{PERIOD_TOKEN})[- ])?[a-z]")  # "forecast revenue", "forecast 2026 revenue"


def _place_like(sentence: str, mention: Mention) -> bool:
    """A place, or a people's adjective before a common word ("British oil major BP").

    A place is one PLACES lists or one named as a landform ("the Susquehanna River", see _LANDFORMS).
    Such a name acts only when no other name does.
    """
    return mention.name.replace(".", "") in PLACES or mention.name.split()[-1] in _LANDFORMS or (
        " " not in mention.name and DEMONYM.search(mention.name) is not None
        and _LOWER_NEXT.match(sentence, mention.end) is not None
        and _ACTS_AFTER.match(sentence, mention.end) is None)  # "Rivian said": a name ending like a people's


# The words of a place before a site noun, unless its last word is a landform ("its Santa Clara County campus")
_SITE_PLACE_WORDS = 2
# Last words of a place's name: "the Susquehanna River", "Richland Parish", "Silicon Valley"
_LANDFORMS = frozenset("River Lake Bay Valley Mountains Mountain County Parish Sea Ocean Island Islands Desert Canyon "
                       "Basin Peninsula Coast Gulf Strait Creek".split())


class Namer:
    """Finds subject names in sentences: claims.yaml entities first, then name-like words."""

    def __init__(self, entities: tuple[Entity, ...]) -> None:
        self.parent: dict[str, str] = {e.name: e.part_of for e in entities if e.part_of}
        self.by_alias: dict[str, str] = {}
        for entity in entities:
            for alias in (entity.name, *entity.aliases):
                self.by_alias[alias] = entity.name
        aliases = sorted(self.by_alias, key=len, reverse=True)
        self.configured = (
            re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in aliases) + r")(?:['’]s)?(?![\w])")
            if aliases else None
        )

    def mentions(self, sentence: str, document: DocumentWords | None = None) -> list[Mention]:
        """Names in a sentence, configured ones first where they overlap.

        `document`, the whole text, settles a capitalised word opening the sentence that could be a
        common word ("Shares rose") or a name ("Carris runs 740 buses"): see _common_opener.
        """
        found: list[Mention] = []
        if self.configured:
            for m in self.configured.finditer(sentence):
                alias = _POSSESSIVE.sub("", m.group(0))
                found.append(Mention(m.start(), m.end(), self.by_alias[alias], True))
        heading = document is not None and _title_case(sentence) and not _ITEM_LABEL.match(sentence) \
            and not _OWNER_LABEL.match(sentence)  # "- Plant: X", "- JAB's stake in JDE Peet's: 86%"
        for run_start, run in _runs(sentence, heading):
            start, words = run_start, run.split()
            if len(words) == 1 and _bare(words[0]) in _NOT_NAMES:
                continue
            if document is not None and document.product(words[0]) \
                    and (len(words) == 1 or _bare(words[1]) in _NOT_NAMES):
                continue  # "Blackwell GPUs", "shipments of Blackwell and Rubin": chips, no one who acts
            clause_start = start == 0 or sentence[max(0, start - 2) : start].strip() in (":", "-", "•", "—", '"', "“") \
                or (start < 5 and _after_bullet(sentence, start))  # "1. Job cuts: 53,000"
            if clause_start and len(words) == 1 and _common_opener(words[0], sentence, run_start + len(run), document) \
                    and not (heading and start == 0 and _JOINT_TITLE.match(sentence)):  # "Nebius and Meta: ..."
                continue
            if 1 < len(words) <= _DAY_WORDS and _bare(words[-1]) in _DAY_ENDS:
                continue  # "Black Friday", "Cyber Monday", "On Thanksgiving Day": a day, no one who acts
            while words and _bare(words[0]) in _NOT_NAMES:
                start = sentence.index(words[0], start) + len(words[0])
                words = words[1:]
            role = next((i for i, w in enumerate(words) if i > 0 and _bare(w) in _ROLES), None)
            words = words[:role][:_NAME_WORDS]
            kept = len(words)
            while words and _bare(words[-1]) in _NOT_NAMES:
                words = words[:-1]
            if clause_start and len(words) == 1 < kept and words[0] == run.split()[0] \
                    and _common_opener(words[0], sentence, run_start + len(words[0]), document):
                continue  # "- Adjusted EBITDA margin:": a modifier before a word that is no name
            if not words or (len(words) == 1 and (_PLURAL_ACRONYM.fullmatch(words[0]) or _BACKED.search(words[0]))):
                # "Nvidia-backed cloud provider": a modifier
                continue
            if len(words) == 1 and words[0] in _NUMBERED_LABELS \
                    and _LABELLED_NUMBER.match(sentence, start + len(words[0])):
                continue  # "a Phase 2 trial", "Stage 3": a label's word, not a name ("Hornsea 2" is one)
            if len(words) == 1 and words[0].isupper() and _MEASURED_AFTER.match(sentence, start + len(words[0])) \
                    and _DETERMINER_RIGHT_BEFORE.search(sentence, max(0, start - 7), start):
                continue  # "with a PUE of 1.15": what the figure measures
            start = sentence.index(words[0], start)
            ordinal = _ORDINAL_BEFORE.search(sentence, max(0, start - 30), start) \
                if len(words) == 1 and not DEMONYM.search(words[0]) else None  # not "its first European data centre"
            site = _SITE_AFTER_NAME.match(sentence, start + len(words[0])) if ordinal else None
            if ordinal and site:  # "the original Stargate site in Abilene": that site, not the new one
                found.append(Mention(start, site.end(), f"{words[0]}'s {ordinal[1].lower()} {site[1].lower()}", False))
                continue
            if len(words) == 1 and _LOWER_NEXT.match(sentence, start + len(words[0])) and (
                    (_DETERMINER_BEFORE.search(sentence, max(0, start - 20), start)
                     and (DEMONYM.search(words[0]) or _MODIFIED_ORG.match(sentence, start + len(words[0]))))
                    or (clause_start and DEMONYM.search(words[0])
                        and _NAME_AFTER_NOUN.match(sentence, start + len(words[0])))):
                continue  # "the Norwegian carmaker", "the Dublin carrier", "French rival Mistral": a modifier
            after = start + len(" ".join(words))
            if _COUNTERPARTY_AFTER.match(sentence, after) and not _POSSESSIVE.search(words[-1]) \
                    and (_DETERMINER_RIGHT_BEFORE.search(sentence, max(0, start - 7), start)
                         or (_after_bullet(sentence, start) and _LABEL_END.match(sentence, after))):
                continue  # "following a Microsoft agreement", "- Meta contract: $3 billion": the other party
            if len(words) == 1 and words[0].isupper() and len(words[0]) <= 5 \
                    and _MODEL_NUMBER_BEFORE.search(sentence, max(0, start - 6), start):
                continue  # "737 MAX": a model's letters, no one who acts
            if len(words) == 1 and _MONTH_COMPOUND.fullmatch(words[0]):
                continue  # "expects December-quarter sales": a period, not a name
            if len(words) == 1 and _INDEX_AFTER.match(sentence, start + len(words[0])):
                continue  # "The FTSE 100 oil major", "a Fortune 500 company": an index, a modifier
            if _ITS_BEFORE.search(sentence, max(0, start - 10), start) \
                    and _SITE_AFTER.match(sentence, start + len(" ".join(words))) \
                    and (len(words) <= _SITE_PLACE_WORDS or words[-1] in _LANDFORMS):
                continue  # "its Munich data centre": where the owner's site is, not who acts (a longer run names
                # the site: "its Coastal Virginia Offshore Wind project")
            owner = next((i for i, w in enumerate(words[:-1]) if _POSSESSIVE.search(w)), None)
            if owner is not None and (_SITE_AFTER.match(sentence, start + len(" ".join(words)))
                                      or _NUMBERED_SITE_AFTER.match(sentence, start + len(" ".join(words))) or (
                    _after_bullet(sentence, start) and _HOLDING_LABEL.match(sentence, start + len(" ".join(words))))):
                # "Stratos Data's Trondheim campus": Stratos Data's, at Trondheim; "- Hess's Stabroek stake:", Hess's
                words = words[: owner + 1]
            elif owner is not None and heading and document is not None \
                    and (not document.in_prose(" ".join(words[owner + 1 :]), sentence)
                         or (len(words) == owner + 2 and _looks_common(words[-1])
                             and document.label_word(words[-1], alone=True))):  # "Target's Layoffs", "- Layoffs:"
                other = words[owner + 1 : -1] if words[-1].lower() in TITLED_DEALS else []
                if other and document.in_prose(" ".join(other), sentence):  # "Meta's Scale AI Deal": Scale AI too
                    begin = sentence.index(other[0], start)
                    found.append(Mention(begin, begin + len(" ".join(other)), " ".join(other), False))
                words = words[: owner + 1]  # "Meta's AI Spending Spree": a heading's owner; what it owns is no name
            elif owner is not None and " ".join(words[owner + 1 :]) in PLACES \
                    and _LOWER_NEXT.match(sentence, start + len(" ".join(words))):
                words = words[: owner + 1]  # "Vesta's UK arm": the owner's; the place says which arm
            elif owner is not None:  # "Lisbon's Carris": Carris
                start = sentence.index(words[owner + 1], start)
                words = words[owner + 1 :]
            before = sentence[max(0, start - 30) : start]
            if len(words) > 1 and document is not None and _last_words(before, False)[-1:] in (["in"], ["at"],
                                                                                               ["from"]):
                split = _two_names(words, document)
                if split:  # "In Louisiana Meta had planned": a place, then who acts
                    words = split
                    start = sentence.index(words[0], start)
            dated = next((i for i, w in enumerate(words) if _PERIOD_WORD.fullmatch(w)), None)
            if dated:  # "Tesla Q2 2025 Deliveries": Tesla, then a period
                words = words[:dated]
            if len(words) > 2 and words[-2] == "Series" and _ROUND_LETTER.fullmatch(words[-1]):
                words = words[:-2]  # "Cerebras Series G: Quick Facts": Cerebras, then its funding round, as dated
                dated = len(words)
            end = start + len(" ".join(words))
            text = sentence[start:end]
            if _DIGIT.search(text) or any(f.start < end and start < f.end for f in found):
                continue
            if text in SYMBOLS or text in CURRENCY_CODES or (sentence.startswith("$", end)
                                                             and f"{text}$" in CURRENCY_SYMBOLS):
                continue  # GWh, USD, the "HK" of "HK$106bn": units, not names
            dealt = _titled_deal(sentence, start, words, document) if heading else None
            if dealt:  # "Why the $40 Billion Aligned Deal Matters": whom the deal is for, named in the title alone
                found.append(dealt)
                continue
            if heading and document is not None and not document.in_prose(text, sentence) \
                    and not _list_label(sentence, start, end) \
                    and not (start == 0 and _POSSESSIVE.search(text)):  # "Eurostar's New Fleet": an owner
                # "Is this a Masterstroke in AI Dominance?": capitals of a title, not names; a word of the
                # run that the text names elsewhere still is one ("The Numbers Behind Colossus", "Nestlé
                # Job Cuts at a Glance"). A run before a period or over a list of facts is a name even
                # so: "Heathrow 2024: Busiest Year Ever", "Fairwater by the Numbers"
                prose = _prose_words(sentence, start, words, document)
                joint = _JOINT_TITLE.match(sentence) if start == 0 or sentence[:start].endswith((" and ", " & ")) \
                    else None  # "Nebius and Meta: The Numbers": both names open the title
                opens = start == 0 or _ASKING.fullmatch(sentence, 0, start) is not None \
                    or (joint is not None and start == joint.start("second"))
                acts = opens and (_TITLE_VERB.match(sentence, end) is not None
                                  or _TITLE_ACRONYM.fullmatch(text) is not None) \
                    and (len(words) > 1 or not (_looks_common(text) or _written_lower(text, document)))
                # "Nippon Steel Finally Owns U.S. Steel": who the title says acts is a name; so is an acronym
                # opening it ("ECB on Hold Again"), and only the opening run is the topic of the facts below
                # ("Hold Again" is no name)
                if not acts and (
                        prose or not opens
                        or not (dated or _PERIOD_AFTER.match(sentence, end) or _FACTS_AFTER.match(sentence, end)
                                or joint is not None
                                or (start == 0 and len(words) > 1 and sentence.startswith(": ", end)))
                        or (len(words) == 1 and _written_lower(text, document))):  # "The Sale in Numbers"
                    found.extend(prose)
                    continue
            if heading and len(words) > 1 and _bare(words[-1]).lower() in _TOPIC_WORDS \
                    and (_FACTS_AFTER.match(sentence, end) or dated):  # "Eurozone GDP Q3 2025: ...": the euro zone
                while len(words) > 1 and _bare(words[-1]).lower() in _TOPIC_WORDS:
                    words = words[:-1]  # "Grasberg Mudslide: The Numbers": Grasberg's; what befell it is no name
                end = start + len(" ".join(words))
                text = sentence[start:end]
            if len(words) == 1 and (len(text.rstrip(".,")) == 1 or (
                    clause_start and is_item(sentence) and _LOWER_NEXT_LABEL.match(sentence, end)
                    and not _ITEM_ACTOR.match(sentence, end) and not _owner_label(text, document)
                    and not _holding_owner(sentence, text, end)
                    and not _named_in_prose(document, _POSSESSIVE.sub("", text))
                    and not _HOLDERS_AFTER.match(sentence, end)
                    and not text.endswith("+"))):  # "- Wiz's last valuation:", "- Disney+ subscribers:"
                continue  # "Series B"; "- Built in 122 days", "- Doubling to 200K": a list item's verb
            name = _POSSESSIVE.sub("", text).rstrip(".,")
            other_site = _OTHER_SITE.match(sentence, end) if name != text else None
            if other_site:  # "Voltara's first factory employs 1,200": that site's figure, not the new one's
                name = f"{name}'s {other_site['site'].lower()}"  # a possessive: never merged into "Voltara"
            found.append(Mention(start, end, name, False))
        return _mark_asides(sentence, sorted(found, key=lambda f: f.start))


    def root(self, name: str) -> str:
        """The top-level entity a configured part belongs to (Hyperion -> Meta)."""
        seen = {name}
        while name in self.parent and self.parent[name] not in seen:
            name = self.parent[name]
            seen.add(name)
        return name


_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # a figure right after "the" describes what the noun after it names
_HEAD_AFTER = re.compile(r" [a-z]+\b")


def reference(text: str) -> str | None:
    """How a stretch of a sentence refers back: "org" ("the company", "its"), "any" ("they", "his"), or None.

    "It" and "its" never stand for a person: "Its order for 150 aircraft" after the CFO spoke is the airline's.
    """
    found = REFERRING.search(text)
    if found is None:
        return None
    word = found.group(0).lower()
    return "org" if word.startswith("the ") or word in ("it", "its") else "any"


def _referring_noun(text: str) -> str | None:
    """The noun a stretch refers back with ("the cluster" -> "cluster"), or None for "it", "they"."""
    found = REFERRING.search(text)
    if found is None or not found.group(0).lower().startswith("the "):
        return None
    return found.group(0).split()[-1].lower()


def subject_for(sentence: str, mentions: list[Mention], start: int, skip: tuple[int, int],
                earlier: Antecedents, namer: Namer) -> str | None:
    """Who a claim at `start` is about.

    The nearest acting name before it; else what an earlier sentence named, if this one refers back
    ("the company", "it"); else the nearest name before it, or a configured one after it; and in a
    sentence that names nobody, the document's main subject ("Shares rose 3%").
    """
    named = _NAMED_AFTER.match(sentence, skip[1]) if skip[1] > start else None
    thing = next((m for m in mentions if named and m.start == named.end()), None)
    if thing:  # "a 1-gigawatt data center cluster in Abu Dhabi, called Stargate UAE"
        return thing.name
    held = _HELD_BY.match(sentence, skip[1]) if sentence[skip[0] : skip[1]].lower() in _OWNED_PARTICIPLES else None
    holder = next((m for m in mentions if held and m.start == held.end()), None)
    if holder:  # "is 70% owned by TSMC": TSMC's stake
        return holder.name
    aided = _AIDED.match(sentence, skip[1]) if skip[1] > start and _AID_HEAD.search(sentence, skip[0], skip[1]) \
        else None
    if aided:  # "approved 920 million euros of German state aid for Infineon's new chip plant": Infineon's
        return aided["name"]
    cut = bisect.bisect_right([m.end for m in mentions], start)
    state = _STATE_OPENING.match(sentence)
    country = COUNTRY_OF_PEOPLE.get(state["people"]) if state and state.end() <= start else None
    if state and country:  # "The German government, which rescued Commerzbank, owns 12%", "- Italian state: 59%"
        opened = state.end()
        if not any(opened <= m.start < start and not m.aside and not _in_relative_clause(sentence, m.start)
                   for m in mentions):
            return country
    actors = [m for m in mentions[:cut] if not m.aside and not _other_party(sentence, m, start)]
    if actors and _HOLDING_AFTER.search(sentence, 0, start):  # "Microsoft will own around 27 per cent of OpenAI
        return actors[0].name  # after ..., a holding worth about €116bn": the holder's, who opens the sentence
    actors = [m for i, m in enumerate(actors) if i == 0 or not _BESIDE_ACTOR.search(sentence, 0, m.start)
              or _OWN_CLAUSE_AFTER.match(sentence, m.end)]
    actors = [m for i, m in enumerate(actors) if i == 0 or not _modifies(sentence, m, start)]
    if actors and _LED_BY.search(sentence, max(0, actors[-1].start - 20), actors[-1].start) \
            and _VALUES_REFERRED.search(sentence, actors[-1].end, start):
        carried = earlier.current(people=False)  # "led by Brightwater Capital and values the company at $9 billion"
        if carried:
            return namer.root(carried)
    led = actors[-1] if actors and _POSSESSIVE.search(sentence, 0, actors[-1].end) \
        and _LED_COMPANY_AFTER.match(sentence, actors[-1].end) else None
    if led is not None and _personal_name(led.name) and (carried := earlier.current(people=False)) \
            and carried != led.name:  # "Masayoshi Son's group will own about 2 per cent": SoftBank's
        return namer.root(carried)
    speaker = _REPORTED.match(sentence, actors[-1].end, start) if actors else None
    if speaker and (noun := _referring_noun(sentence[speaker.end() : start])) is not None:
        carried = earlier.current(people=False, noun=noun, only_described=True)  # "Trump claimed the project ..."
        if carried:
            return namer.root(carried)
        if noun in _COMPANY_NOUNS:  # "Arden's chief financial officer, Matthias Kuehn, told ... that the group"
            owner = next((m for m in mentions[:cut] if m.end <= actors[-1].start and m.name not in PLACES
                          and not _person(sentence, m)), None)
            carried = owner.name if owner else earlier.current(people=False)
            if carried:
                return namer.root(carried)
    if actors and _TITLED.search(sentence, max(0, actors[-1].start - 45), actors[-1].start) \
            and _SPEAKS_AFTER.match(sentence, actors[-1].end):
        # "Chief executive Fiona Reid, 51, said market share had risen": the company she speaks for
        org = next((m.name for m in reversed(actors[:-1]) if not _person(sentence, m)), None) \
            or earlier.current(people=False)
        if org:
            return namer.root(org)
    next_name = next((m for m in mentions[cut:] if m.start >= skip[1] and not m.aside), None) \
        if _THE_BEFORE.search(sentence, max(0, start - 5), start) else None
    if next_name and _RATE_AFTER_FIGURE.fullmatch(sentence, skip[1], next_name.start) \
            and _ACTS_AFTER.match(sentence, next_name.end):
        return next_name.name  # "the $27.75 a share Netflix agreed to pay": who acts (not "LSEG had forecast")
    if actors:
        return _group(sentence, actors, start) or actors[-1].name
    before = sentence[max(0, start - REFERENCE_WINDOW) : start]
    if _ARTICLE_BEFORE.search(before) and skip[1] > start:  # "The 615-megawatt plant, ...": the figure inside
        before += sentence[start : skip[1]]
        head = _HEAD_AFTER.match(sentence, skip[1]) if sentence[skip[1] - 1 : skip[1]].isalpha() else None
        before += head.group(0) if head else ""  # "The 176-turbine project": the noun after what is counted
    how = reference(before + " " + sentence[skip[1] : skip[1] + REFERENCE_WINDOW])
    referred = REFERRING.search(before) if how == "org" else None
    noun = _referring_noun(before) if how else None
    if referred and noun in _COMPANY_NOUNS:  # "Shares in Nebius soared after the company signed"
        here = [m for m in mentions[:cut] if m.end <= start - len(before) + referred.start()
                and m.name not in PLACES and not _other_party(sentence, m, start)]
        if here:
            return namer.root(here[-1].name)
    carried = earlier.current(people=how != "org", noun=noun) if how else None
    other = _ITS_OTHER_SITE.match(sentence) if carried and how == "org" else None
    if carried and other and other.end() <= start:  # "Its first Arizona fab ... employs 2,200 people"
        return f"{namer.root(carried)}'s {other['which'].lower()} {other['site'].lower()}"
    if carried:
        return namer.root(carried) if how == "org" else carried
    # Who speaks after the figure, where every name before it is set aside: "20,000 jobs are to be created,
    # company boss Tim Cook announced"; "The investment in Richmond County will create 500 jobs, Amazon said"
    says = next((m for m in mentions[cut:] if m.start >= skip[1] and not m.aside
                 and _SPEAKER_BEFORE.search(sentence, skip[1], m.start) and _SPEAKER_AFTER.match(sentence, m.end)),
                None)
    if says and all(m.aside for m in mentions[:cut]):
        person = _person(sentence, says) or (earlier.document is not None and earlier.document.surnamed(says.name))
        return (earlier.main() or says.name) if person else says.name
    dateline = _DATELINE.match(sentence)
    outside = [m for m in mentions[:cut] if not _in_relative_clause(sentence, m.start)
               and not _other_party(sentence, m, start) and not (dateline and m.end <= dateline.end())]
    if outside:
        nearest = outside[-1]
        if _CREDITED.search(sentence, max(0, nearest.start - 60), nearest.start):
            return earlier.main() or nearest.name  # "According to Nvidia boss Jensen Huang, 10 GW ...": a source
        return nearest.name
    comma = sentence.find(", ", start)
    opening = next((m for m in mentions if not m.aside and 0 <= comma < m.start <= comma + 2), None)
    if opening and ", " not in sentence[:start]:
        return opening.name  # "Possessing a staggering 600,000 GPUs, Meta is ...": the name after the opening phrase
    owner = next((m for m in mentions[cut:] if _OWNED_BY.fullmatch(sentence, skip[1], m.start)), None)
    if owner and skip[1] > start:  # "a £95 million expansion of Lakeside General Hospital"
        return owner.name
    after = (m for m in mentions[cut:] if m.configured and m.start >= start and not skip[0] <= m.start < skip[1])
    clause_end = sentence.find(", ", skip[1])
    if any(not m.aside and (clause_end < 0 or m.start < clause_end) and not _other_party(sentence, m, start)
           for m in mentions):
        main = earlier.main()
        known = {main, earlier.document.employer(main) if earlier.document else main}
        if main is not None and all(m.aside or m.name in known or set(m.name.split()) <= {*main.split(), *PLACES}
                                    for m in mentions):  # "... makes Mistral Europe's most valuable AI company"
            return main  # "The planned $67 billion investment will go towards developing Meta's AI infrastructure"
        return next((m.name for m in after), None)
    if is_item(sentence):  # "- Around 400,000 processors" after "- Project Aurora will draw 1,200 MW"
        return earlier.listed(sentence) or earlier.main() or earlier.current(people=False, labelled=False)
    unnamed = _UNNAMED_OWNER.match(sentence)  # "The foundation's stake of 26%" (not "The company's shares")
    group = _COUNTED_GROUP.match(sentence) or state \
        or (unnamed if unnamed and not REFERRING.fullmatch(unnamed["owner"]) else None)
    if group and group.end() <= start and not _DEAL_PAIR.match(sentence):
        return None  # "The four biggest cloud spenders are on track to spend $380 billion"
    # "The two railroads expect savings of $2.75bn a year": the two the story is about, its main subject's
    return earlier.main() or earlier.current(people=False)


_LED_COMPANY_AFTER = re.compile(r" (?:group|company|firm|conglomerate|empire)\b")  # after "Masayoshi Son's"


def _personal_name(name: str) -> bool:
    """Whether a name reads as a person's first name and surname: two capitalised words, no company's opening."""
    words = name.split()
    return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in words) \
        and words[0] not in _NOT_FIRST_NAMES and words[-1] not in COMPANY_ENDINGS


def _modifies(sentence: str, mention: Mention, start: int) -> bool:
    """Whether a name only describes a noun of what is acted on, after the name that acts, for a figure at `start`.

    "increase its backstop of Fluidstack's lease obligations to $3.2 billion", "raised the Fluidstack lease
    payments it guarantees": Google acts in both. (Not "all the output of Constellation's Clinton plant,
    about 1.1 gigawatts": the figure is the plant's, of its owner.)
    """
    if _POSSESSIVE.search(sentence, mention.start, mention.end):
        return _OF_BEFORE.search(sentence, max(0, mention.start - 10), mention.start) is not None \
            and _TO_BETWEEN.search(sentence, mention.end, start) is not None
    return _THE_BEFORE.search(sentence, max(0, mention.start - 5), mention.start) is not None \
        and _NOUNS_AFTER.match(sentence, mention.end) is not None


_OF_BEFORE = re.compile(r"\bof\s+$")
_TO_BETWEEN = re.compile(r"\bto\b")  # "... to $3.2 billion": the figure a verb took the acted-on thing to
_THE_BEFORE = re.compile(r"\bthe\s+$")
_NOUNS_AFTER = re.compile(r" [a-z]+ [a-z]{2,}[a-rt-z]s\b")  # "the Fluidstack lease payments": nouns it describes


# After the name that acts, a partner: "Deutsche Telekom is teaming up with Nvidia on a €1bn AI factory"
_BESIDE_ACTOR = re.compile(r"\bwith\s+$", re.I)
# "..., with Anglo's shareholders holding the remaining 37.6 per cent", "with Brightpath Capital, which is
# putting in $12 billion": a clause of its own, whose name acts
_OWN_CLAUSE_AFTER = re.compile(r"(?:['’]s)?(?:\s+[a-z]+)?\s+[a-z]+ing\b|,\s+(?:which|who)\b")
# "agreed to pay CoreWeave $12.4 billion": the one paid, right before the sum, is not who pays it
_PAY_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(PAY_VERBS))}|owe|owes|owed|lend|lends|lent|lending"
                         r"|offer|offers|offered|offering)\s+$", re.I)
# Whose holders a sum is paid or offered to: "offering Warner Bros Discovery shareholders $30 a share"
_HOLDERS_PAID = frozenset({"shareholders", "investors", "holders", "stockholders", "bondholders"})
_COMPANY_NOUNS = frozenset({"company", "firm", "group", "startup", "business"})  # nouns a company refers back with
# the one supplied or sold to: "rent capacity to Microsoft", "selling its robotics division to Japan's SoftBank"
_SUPPLIED_TO = re.compile(rf"\b{SUPPLY_VERB}\s+(?:[\w-]+\s+){{0,4}}?to\s+(?:[A-Z][\w-]*['’]s\s+)?$")
# "struck a cloud computing deal with Google worth $10 billion": the other party, not who strikes it
# (and "the agreement with Californian start-up Kairos Power": words that describe the party may come first; and
# the later names of a list of parties: "signed agreements with Vistra, Oklo and TerraPower that could supply")
_DEALT_WITH = re.compile(rf"\b(?:{'|'.join(AGREEMENT_NOUNS)})s?\s+with\s+"
                         r"(?-i:(?:[a-z][\w-]*|[A-Z][a-z]+(?:an|ese|ish))\s+){0,3}"
                         r"(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*(?:,\s+and\s+|,\s+|\s+and\s+))*$", re.I)


def _past_payee(toks: list[Tok], k: int) -> int | None:
    """The pay verb before a name that ends at token `k` ("pay CoreWeave"), as a token index; else None."""
    j = k
    while j >= 0 and k - j < 3 and toks[j].text[:1].isupper():
        j -= 1
    return j if 0 <= j < k and toks[j].text.lower() in PAY_VERBS else None


_DEALT_REACH = 100  # characters before a name that "a deal with" and the parties listed before it may take


def _other_party(sentence: str, mention: Mention, start: int) -> bool:
    """Whether a name is the other party of a sum at `start`, not who acts.

    One paid ("pay CoreWeave $12.4 billion"), one a deal is made with ("a deal with Google worth $10 billion"),
    or one supplied ("an agreement to rent computing capacity to Microsoft for $17.4bn").
    """
    if _DEALT_WITH.search(sentence, max(0, mention.start - _DEALT_REACH), mention.start) \
            or _SUPPLIED_TO.search(sentence, max(0, mention.start - 60), mention.start):
        return True
    if _SHARE_AFTER.match(sentence, mention.end) and _PER_BEFORE.search(sentence, max(0, mention.start - 10),
                                                                        mention.start):
        return True  # "$27.75 per Warner Bros Discovery share": whose shares, not who pays
    if _HELD_OR_GAINED_BEFORE.search(sentence, max(0, mention.start - 30), mention.start):
        return True  # "- JAB's stake in JDE Peet's: 86%": what is held, not who holds it
    if _HELD_STAKE_AFTER.match(sentence, mention.end) and sentence[: mention.start].strip(" -•*\t") \
            and not _POSSESSIVE.search(sentence, mention.start, mention.end):
        return True  # "UniCredit lifts Commerzbank stake to 26%", "sold its Indus Towers stake": what is held
    if _FOR_SUM.fullmatch(sentence, mention.end, start) \
            and _BOUGHT_BEFORE.search(sentence, max(0, mention.start - 90), mention.start):
        return True  # "to buy Warner Bros Discovery's studios and its HBO Max streaming service for $72 billion"
    between = sentence[mention.end : start].strip().lower()
    return (not between or between in _HOLDERS_PAID) and _PAY_BEFORE.search(sentence, 0, mention.start) is not None


# A name what is bought ("Union Pacific's takeover of Norfolk Southern") or whose shares a price is for ("- Offer
# per Norfolk Southern share: $320"): not who acts
_TAKEN = re.compile(rf"\b(?:(?:{'|'.join(sorted(TITLED_DEALS))}) of|per)\s+$")
_SHARE_AFTER = re.compile(r"(?:['’]s)?\s+shares?\b")
_HELD_OR_GAINED_BEFORE = re.compile(r"\b(?:(?:stake|holding|shareholding)s?\s+in"
                                    r"|(?:gain|loss|writedown|write-down)s?\s+on)\s+$",
                                    re.I)  # "- Gain on OpenAI:": what is held, or what a gain is on
_HELD_STAKE_AFTER = re.compile(r"\s+(?:stake|shareholding)s?\b")  # a name's stake inside a clause: held
_PER_BEFORE = re.compile(r"\b(?:per|each|a)\s+$")
# What is bought, up to a dozen words after the verb, and "for" the sum after it
_BOUGHT_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(BUY_VERBS | {'purchases'}))})\s+(?:[\w'’&.-]+\s+){{0,12}}$")
_FOR_SUM = re.compile(r"(?:['’]s)?[^.;,$€£]*?\s+for\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?")


# Aid, subsidies and grants "for" a company are that company's, whoever approves or pays them
_AID_HEAD = re.compile(r"\b(?:aid|subsid(?:y|ies)|grants?)$", re.I)
_AIDED = re.compile(r" for (?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2}?)(?:['’]s\b|\b(?! [A-Z]))")
_INDEX_AFTER = re.compile(r" (?!(?:19|20)\d\d\b)\d{2,3} [a-z]")  # a name, a number, a common word: an index
# A country's state that acts, named by no name: "The Italian state will keep the remaining 59%" (not "The state
# will contribute $75 million" to a county's hospital, the project's funding)
_STATE_OPENING = re.compile(r"\s*(?:The |- )(?P<people>[A-Z][a-z]+) (?:state|government|treasury)\b")
_UNNAMED_OWNER = re.compile(r"\s*(?P<owner>The [a-z]+)['’]s\b")  # "The foundation's stake": an owner nobody names
# A sentence about a counted group of others, named by no one: "The four biggest cloud spenders", "Both companies"
_COUNTED_GROUP = re.compile(r"\s*(?:(?:The|These|Those|All|Its|Their) (?:two|three|four|five|six|seven|eight|nine|ten"
                            r"|dozen|\d+)|Both)(?: [a-z-]+){0,3} [a-z-]+s\b")
# But the two a story is about: "The two railroads expect savings" (not "The two biggest cloud spenders")
_DEAL_PAIR = re.compile(r"\s*The two [a-z]+s (?!of\b)")


_PUT_IN = re.compile(r" (?:to |will |have |are )?(?:put|puts|invest|invests|investing|pour|pours|inject|injects)\b")


def _group(sentence: str, actors: list[Mention], start: int) -> str | None:
    """Names that act together, as one subject: three or more in a row, or two said to act together.

    "Microsoft, Alphabet, Amazon and Meta together are expected to spend", "Together, Anglo and Teck produced";
    two that open a headline joined by a comma: "Microsoft, Nvidia to invest up to $15 billion in Anthropic", or
    by "and" before what they put in: "Microsoft and Nvidia put up to €13bn into Anthropic"; two that "they"
    refers to before the figure: "Microsoft and Nvidia said last month they would invest up to $15 billion".
    """
    names = coordinated(sentence, actors)
    joiner = sentence[names[0].end : names[1].start] if len(names) == 2 else ""
    headline_pair = len(names) == 2 and names[0].start == 0 and (
        joiner == ", " or (joiner == " and " and _PUT_IN.match(sentence, names[1].end) is not None))
    they = len(names) == 2 and joiner == " and " and _THEY.search(sentence, names[1].end, start) is not None \
        and "respectively" not in sentence
    if len(names) < 2 or (len(names) == 2 and not _TOGETHER.search(sentence, 0, start) and not headline_pair
                          and not they):
        return None
    return ", ".join(m.name for m in names[:-1]) + " and " + names[-1].name


def coordinated(sentence: str, names: list[Mention]) -> list[Mention]:
    """The last names of a list written as a series: "Microsoft, Alphabet and Meta" (one name when none is)."""
    run = names[-1:]
    for earlier in reversed(names[:-1]):
        if sentence[earlier.end : run[0].start] not in (", ", " and ", ", and ", " & "):
            break
        run.insert(0, earlier)
    return run


_TOGETHER = re.compile(r"\b(?:[Tt]ogether|combined|between them)\b")
_THEY = re.compile(r"\b(?:they|jointly)\b")  # two names that act as one, after them


# A thing a figure describes, named after it: "a 1-gigawatt data center cluster in Abu Dhabi, called Stargate UAE"
_NAMED_AFTER = re.compile(r"(?:(?: (?:it|they|which|that) (?:is |are |was |were |will be |has |have )?(?:spending|spent"
                          r"|investing|invested|putting|put))? (?:on|in|into) (?:its|their|the|a) [a-z ]{1,30}?)?"
                          r"(?:,? (?:in|near|at|outside) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}| there)?"
                          r",? (?:called|named|dubbed|known as) (?=[A-Z]|[a-z]{1,2}[A-Z])")
_SIZE_WORDS = frozenset({"size"})
_ARTICLES = frozenset({"a", "an", "the", "its", "their"})
_OBJECT_WORDS = DETERMINERS | {"it", "them", "him", "her", "us"}  # what opens a verb's object
# Who says a figure, named after it: "..., company boss Tim Cook announced", "..., OpenAI said"
_SPEAKER_BEFORE = re.compile(r",(?: [a-z-]+){0,4} $")
_SPEAKER_AFTER = re.compile(r"(?:['’]s)? (?:said|says|announced|announces|added|adds|told|tells|stated|states|wrote"
                            r"|writes|confirmed|confirms|estimated|estimates)\b")


class Antecedents:
    """What the last few sentences named, for a sentence that refers back ("the company", "it").

    Names are found only when asked for: most sentences are never referred back to. When the last few
    sentences name nobody, the document's main subject stands in: the name that acted most often in
    the sentences read so far (first named wins a tie).
    """

    SITED = 12  # sentences holding a site or venture noun kept for "the cluster", "the project"
    LEDE = 4  # first sentences of a document whose names count towards its main subject

    def __init__(self, namer: Namer, window: int = 3, document: DocumentWords | None = None) -> None:
        self.namer = namer
        self.document = document
        self.recent: deque[tuple[str, list[list[Mention]]]] = deque(maxlen=window)
        self.sited: deque[tuple[str, list[list[Mention]]]] = deque(maxlen=self.SITED)
        self.acted: Counter[str] = Counter()
        self.lede: list[tuple[str, list[list[Mention]]]] = []  # the first LEDE sentences, for main()
        self._lede_acted: Counter[str] | None = None
        self._lede_read = 0  # how many lede sentences _lede_acted counts
        self.heading: str | None = None  # the name a heading over the list being read introduces

    def update(self, sentence: str, mentions: list[Mention] | None = None) -> None:
        """Record one sentence (and its names, when already known)."""
        if mentions and not _OWNER_LABEL.match(sentence):  # "- ASML's share:" labels a figure; nobody acts
            self.acted.update(_acting(sentence, mentions))
        entry = (sentence, [] if mentions is None else [mentions])
        self.recent.append(entry)
        if len(self.lede) < self.LEDE:
            self.lede.append(entry)
        if _SITE_WORD.search(sentence.lower()):
            self.sited.append(entry)
        if not is_item(sentence):  # "Fairwater by the Numbers": the list below is about Fairwater
            facts = _FACTS_AFTER.search(sentence)
            named = next((m.name for m in self._names(sentence, entry[1]) if m.end == facts.start()), None) \
                if facts else None
            # "The Magdeburg Fab at a Glance": a site known by its place is its owner's; the list stays the owner's
            # "The Deal in Numbers": a common noun, no name the list is about
            self.heading = named if named and named.split()[-1].lower() not in SITE_NOUNS \
                and named.lower() not in COMMON_OPENERS else None

    def current(self, people: bool = True, noun: str | None = None, only_described: bool = False,
                labelled: bool = True) -> str | None:
        """The most recent configured name in the window, else the most recent acting name, else the main one.

        With `people` false ("the company" refers back), a person's name is passed over (one after a
        title such as "Chief executive"), and so is a project's ("Project Aurora") unless a machine
        refers back ("the cluster": "Meet Project Rainier", see _PROJECT_NOUNS). With a `noun`
        ("the cluster"), a name written with that noun ("its Colossus training cluster") comes first;
        `only_described` asks for that name alone. Without `labelled`, a list item whose label names its
        owner ("- Bloom Energy fuel cells: up to $5 billion") names no one for the items below.
        """
        if noun in _NOUN_FAMILY:  # a venture is no plant: no fallback to any site noun
            described = self._described(_NOUN_FAMILY[noun])
            if described is None and noun == "project":  # but "the project" may be a plant written as one: "its
                described = self._described(_ANY_SITE)  # Hinkley Point C nuclear power plant ... The project's cost"
        elif noun in SITE_NOUNS:
            described = self._described(noun) or self._described(_ANY_SITE)
        else:
            described = None
        if described or only_described:
            return described
        generic: str | None = None
        aside: str | None = None
        for sentence, known in reversed(self.recent):
            if not labelled and _OWNER_LABEL.match(sentence):
                continue
            found = self._names(sentence, known)
            names = found if people else [m for m in found if not _person(sentence, m)
                                          and not (self.document and self.document.surnamed(m.name))
                                          and (noun in _PROJECT_NOUNS or m.name.split()[0] not in DESIGNATORS)]
            configured = [m for m in names if m.configured]
            if configured:
                return configured[0].name
            if generic is None:  # a place stands in for who acts only when the article's main subject does not
                generic = next((m.name for m in names if not m.aside and m.name not in PLACES), None)
            if aside is None and names:
                aside = names[0].name
        # a place or a deal's target ("listed in New York") stands in only when nothing else does
        return generic or self.main() or aside

    def _described(self, noun: str) -> str | None:
        """The most recent name written with a noun (a regex of nouns).

        "Colossus supercomputer", "Tilbury project", "a joint venture called Stargate", "Stargate, the
        venture between ...": looked for in the last SITED sentences that hold such a noun. A place says
        where a site is, not which it is: "Texas AI campus" names no campus.
        """
        after = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+(?:" + noun + r")s?\b", re.I)
        apposed = re.compile(_APPOSED.format(noun=noun), re.I)
        called = re.compile(_CALLED.format(noun=noun), re.I)
        titled = re.compile(rf"(?:{noun})\s", re.I) if noun == _VENTURE else None  # "Project Jupiter": a name it opens
        for sentence, known in reversed(self.sited):
            if noun in (_ANY_SITE, _VENTURE) or noun in sentence.lower():
                names = [m for m in self._names(sentence, known) if not m.aside and not _place_like(sentence, m)]
                named = [m for m in names if titled and titled.match(m.name)] or [m for m in names if (
                    after.match(sentence, m.end) or apposed.match(sentence, m.end)
                    or called.search(sentence, max(0, m.start - 40), m.start))]
                if named:
                    return named[-1].name
        return None

    def listed(self, sentence: str = "") -> str | None:
        """The acting name of the nearest list item above that names one, while the lines above are items.

        Failing that, the name a heading over the list introduces ("Fairwater by the Numbers"); or,
        under an item naming a deal's other party ("- Customer: Meta Platforms"), the main subject that
        is not that party (CoreWeave, in a blog about "CoreWeave and Meta"). A buyer an item above names
        ("- Buyers: BlackRock's GIP, MGX") pays the price, but `sentence`'s item is what is bought unless it
        is the price itself ("- Campuses: 80" are Aligned's).
        """
        parties: set[str] = set()
        priced = _priced(sentence)
        for above, known in reversed(self.recent):
            if not is_item(above):
                break
            label = _item_label(above)
            if label in TARGET_ROLES and not priced:  # "- Target: Confluent" above "- Customers: 5,600+": Confluent's
                target = next((m.name for m in self._names(above, known) if not m.aside), None)
                if target:
                    return target
            if label in PARTY_ROLES or (label in BUYER_ROLES and not priced):  # not whom the items are about
                parties.update(party_key(m.name) for m in self._names(above, known))
                continue
            if label in PLACE_ROLES:
                continue  # "- Location: Maricopa County, Arizona" says where, not who
            acting = next((m.name for m in self._names(above, known) if not m.aside), None)
            if acting and _OWNER_LABEL.match(above):
                continue  # "- ASML's share: €1.3 billion" is ASML's, not the items' below (nor "- Government share")
            if acting:
                return acting
        if self.heading or not parties:
            return self.heading
        return next((name for name in self._ranked() if party_key(name) not in parties), None)

    def list_party(self, sentence: str) -> str | None:
        """The deal's other party a list item above names under a role, for an item of the same list.

        "- Buyer: SoftBank Group", "- Seller: ABB", "- Price: $4.5 billion": the price is paid to ABB.
        """
        if not is_item(sentence):
            return None
        priced = _priced(sentence)
        for above, known in reversed(self.recent):
            if not is_item(above):
                break
            role = _item_label(above)
            if role in PARTY_ROLES:  # a seller is paid the price; what is sold is not its ("- Campuses: 80")
                return next((m.name for m in self._names(above, known)), None) \
                    if priced or role not in _SALE_ROLES else None
        return self._bought() if priced or _item_label(sentence) in _PUT_IN_LABELS else None

    def _bought(self) -> str | None:
        """What the headline says is bought ("SoftBank Buys Ampere: ..."): a deal item's other party, none above.

        "- Price: $5.6 billion, all cash" under that headline is paid for Ampere, not for ABB's robots; so is
        the other side of a deal the headline names after its owner or sum ("Meta's Scale AI Deal": "-
        Investment: $14.3 billion" is put in Scale AI).
        """
        if not self.lede:
            return None
        headline, known = self.lede[0]
        bought = _BOUGHT_IN_HEADLINE.search(headline)
        names = self._names(headline, known)
        if bought:
            return next((m.name for m in names if m.start == bought.end()), None)
        # "Meta's Scale AI Deal", "The $40 Billion Aligned Deal": the deal's other side
        return next((m.name for m in names if _named_deal(headline, m, self.document)
                     and _OWNER_OR_SUM_BEFORE.search(headline, max(0, m.start - 20), m.start)), None)

    def _names(self, sentence: str, known: list[list[Mention]]) -> list[Mention]:
        """A recorded sentence's names, found the first time they are asked for and kept in `known`."""
        if not known:
            known.append(self.namer.mentions(sentence, self.document))
        return known[0]

    def main(self) -> str | None:
        """The document's main subject so far: the name that acted in most sentences read.

        Sentences with figures count as read; so do the headline and first sentences (the lede, see
        LEDE), whose names are found the first time the main subject is asked for: "SoftBank is going
        shopping again" names who a list of deal terms below is about. The headline's names count twice
        ("Oracle Q1 Earnings Recap" over a lede's "Larry Ellison's company").
        """
        ranked = self._ranked()
        return next((name for name in ranked if name not in PLACES), ranked[0] if ranked else None)

    def owner(self) -> str | None:
        """The main subject that is no project ("Poolside", over "Project Horizon" it builds) and no place."""
        return next((name for name in self._ranked() if not is_project(name) and name not in PLACES), None)

    def _ranked(self) -> list[str]:
        """The names that acted so far, most often first (see main)."""
        if self._lede_acted is None or self._lede_read < len(self.lede):  # asked again once more lede is read
            self._lede_read = len(self.lede)
            self._lede_acted = Counter(name for i, (sentence, known) in enumerate(self.lede)
                                       for name in _acting(sentence, self._names(sentence, known))
                                       * (2 if i == 0 else 1))
        return [name for name, _ in (self._lede_acted + self.acted).most_common()]


def _acting(sentence: str, mentions: list[Mention]) -> list[str]:
    """The names of a sentence that may act: not set aside, not what is bought (see _TAKEN).

    Nor the other side of a deal titled by its holder: "TeraWulf's Google Deal" is TeraWulf's, with Google.
    """
    return [m.name for m in mentions if not m.aside and not _TAKEN.search(sentence, 0, m.start)
            and not (_OWNED_BEFORE.search(sentence, 0, m.start) and _TITLED_DEAL_AFTER.match(sentence, m.end))]


_OWNED_BEFORE = re.compile(r"[A-Z][\w.&-]*['’]s?\s+$")  # "TeraWulf's " before a name
_TITLED_DEAL_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted({*TITLED_DEALS, *AGREEMENT_NOUNS}))})\b", re.I)


def is_project(name: str) -> bool:
    """Whether a name is a project's: "Project Horizon"."""
    return name.startswith("Project ")


def _wordlike(text: str) -> bool:
    text = text[:-1] if text.endswith("+") and text[:1].isupper() else text  # "Disney+"
    return any(c.isalpha() for c in text) and all(c.isalnum() or c in "-&" for c in text)


# Nouns ending in -ing that a sum measures, not verbs ending a phrase: "€235m of fresh funding"
# "500 MW of AI computing capacity", "its capital spending forecast"
_ING_NOUNS = frozenset("funding financing borrowing offering computing spending".split())
# Nouns ending in -ly ("supply", "assembly"), not adverbs
_LY_NOUNS = frozenset("supply assembly family ally rally italy july monopoly anomaly reply belly fly ply bully "
                      "jelly lily holly poly".split())


def _phrase_after(toks: list[Tok], k: int, limit: int = 4) -> tuple[int, int]:
    """Token range of the noun phrase starting at k (stops at function words and verb forms)."""
    while k < len(toks) and toks[k].text.lower() in DETERMINERS:
        k += 1
    if k + 1 < len(toks) and toks[k].text.lower() in _AGE_ADJECTIVES and toks[k + 1].text[:1].isupper():
        k += 1  # "18,000 of its newest Grace Blackwell GB300 chips": the chips named
    if k + 1 < len(toks) and toks[k].text.lower() == "other" and _wordlike(toks[k + 1].text) \
            and toks[k + 1].text.lower() not in PHRASE_ENDS:
        k += 1  # "three other chipmakers": chipmakers
    owner = k + 1  # past an owner's name of several words after "of": "50,000 of Advanced Micro Devices' chips"
    while k > 0 and toks[k - 1].text.lower() == "of" and owner < min(len(toks), k + 4) \
            and toks[owner].text[:1].isupper() and toks[owner - 1].text[:1].isupper():
        owner += 1
    if owner + 1 < len(toks) and (toks[k].text.islower() or toks[k].text[:1].isupper() and k > 0
                                  and toks[k - 1].text.lower() == "of") \
            and toks[owner].text in _OWNER_TOKENS \
            and _wordlike(toks[owner + 1].text) and toks[owner + 1].text.lower() not in PHRASE_ENDS:
        k = owner + 1  # "about 6% of the town's supply": the supply; "18,000 of Nvidia's GB300 processors": its maker's
    if k + 1 < len(toks) and toks[k].text.endswith("ing") and toks[k + 1].text.lower() in _OBJECT_WORDS:
        return k, k  # "spend £1.2bn bringing the reactor back": a verb, not what the sum is
    end = k
    hyphens = codes = 0  # a hyphenated word counts as one word of the limit; a model number as none
    while end < len(toks) and end - k - 2 * hyphens - codes < limit:
        t = toks[end].text
        lower = t.lower()
        if t == "-" and end > k and end + 1 < len(toks) and toks[end - 1].end == toks[end].start \
                and toks[end].end == toks[end + 1].start and _wordlike(toks[end + 1].text):
            end += 2  # "12,000 white-collar roles"
            hyphens += 1
            continue
        if t.isdigit() and (end > k and toks[end - 1].text[:1].isupper() or end == k and end + 1 < len(toks)
                                and toks[end + 1].text.isupper()) and end + 1 < len(toks) \
                and _wordlike(toks[end + 1].text):
            end += 1  # "a fleet of 310 Boeing 737 jets", "42 737 MAX jets": a model number inside the phrase
            codes += 1
            continue
        if lower == "and" and end == k + 1 and _coordinated(toks, k):
            end += 1  # "90,000 direct and indirect jobs"
            continue
        if not _wordlike(t) or lower in PHRASE_ENDS:
            break
        if end > k and (lower.endswith("ed") or lower.endswith("ing")) and not t[0].isupper() \
                and lower not in _ING_NOUNS:  # "fresh funding": a noun
            break
        if end > k and t.isalpha() and t.istitle() and toks[end - 1].text.islower() \
                and toks[end - 1].text not in STOPWORDS and toks[end - 1].text not in _LINKING_WORDS:
            break  # "the 500 megawatt agreement Google signed": a clause of its own after the noun
        if lower.endswith("ly") and lower not in _LY_NOUNS and (
                end + 1 == len(toks) or not _wordlike(toks[end + 1].text) or toks[end + 1].text.lower() in PHRASE_ENDS):
            break  # "fall by €4bn annually", "1,900 jobs separately": an adverb, not what is counted
        if end > k and lower == "across" and end + 1 < len(toks) and (
                toks[end + 1].text.islower() and toks[end + 1].text not in DETERMINERS
                and toks[end + 1].text not in STOPWORDS or toks[end + 1].text[:1].isupper()
                and toks[end + 1].text not in PLACES):  # "gross power across Core Scientific's data centers"
            break  # "2,000 jobs across research and AI": a breakdown ("across Britain", "across all sites": a scope)
        end += 1
    if end > k and all(t.text.lower() in PERIOD_WORDS for t in toks[k:end]):
        return k, k  # "$455 billion in the first quarter", "$21.2 billion in fiscal 2025": when, not what
    return k, end


_AGE_ADJECTIVES = frozenset({"newest", "latest", "new", "older", "oldest", "next-generation"})  # before a product name
# Words between a noun and a name that keep the name in its phrase, besides STOPWORDS: "batteries across Britain"
_LINKING_WORDS = frozenset("across near outside inside".split())


def _coordinated(toks: list[Tok], k: int) -> bool:
    """Whether tokens k, k + 1 ("and"), k + 2, k + 3 are two modifiers of one noun: "direct and indirect jobs"."""
    words = [t.text for t in toks[k : k + 4]]
    return len(words) == 4 and all(w.islower() and _wordlike(w) for w in words) and not words[0].endswith("s") \
        and words[2] not in PHRASE_ENDS and words[3] not in PHRASE_ENDS \
        and not (words[2].endswith("s") and not words[2].endswith("ous"))  # "160 aircraft and holds options": a verb


def _phrase_before(toks: list[Tok], k: int, limit: int = 3) -> tuple[int, int]:
    """Token range of the noun phrase ending just before k (past a short gloss: "Core earnings (EBITDA) grew")."""
    if k > 2 and toks[k - 1].text == ")":
        opened = next((j for j in range(k - 2, max(0, k - _GLOSS_TOKENS), -1) if toks[j].text == "("), None)
        if opened is not None and opened > 0 and _wordlike(toks[opened - 1].text):
            k = opened
    start = k
    hyphens = 0  # a hyphenated word counts as one word of the limit
    while start > 0 and k - start - 2 * hyphens < limit:
        t = toks[start - 1].text
        if t == "-" and start > 1 and start < k and toks[start - 2].end == toks[start - 1].start == \
                toks[start].start - 1 and _wordlike(toks[start - 2].text):
            start -= 2  # "pre-tax profit", "like-for-like sales"
            hyphens += 1
            continue
        if not _wordlike(t) or t.lower() in PHRASE_ENDS or (start < k and t.lower().endswith("ed")):
            break
        start -= 1
    if start < k and start > 1 and all(t.text[:1].isupper() for t in toks[start:k]) \
            and toks[start - 1].text.lower() in ("in", "of", "at") and _wordlike(toks[start - 2].text):
        return start - 2, start - 1  # "Shares in Brightwater Airlines rose 6%": shares
    return start, k


_NUMBERS_VERBS = frozenset({"numbers", "numbered", "number"})  # "the fleet numbers 250 aircraft": the fleet counts
_HEDGED = DETERMINERS | frozenset(HEDGES) | ADVERBS  # words between a verb and its figure: "numbers about 250"
_AMOUNT_WORDS = frozenset({"total"})  # "a total of 750 MW" is 750 MW of what the sentence measures
_GLOSS_TOKENS = 6  # tokens of a bracketed gloss after a noun phrase: "(EBITDA)", "(the data centre unit)"
_PLURAL_PRONOUNS = frozenset({"them", "those", "these"})


def _plural_word(word: str) -> bool:
    """Whether a word looks like a plural common noun: lower case, in -s but not -ss ("tariffs", not "business")."""
    return word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")


def _antecedent(sentence: str, toks: list[Tok], first: int) -> ObjectPhrase | None:
    """The plural noun nearest before a figure that "of them" refers to, in its sentence; else None.

    The noun alone: a word before it may be a verb ("co-develop custom accelerators and deploy 10GW
    of them"). A word in -s followed by a number or a word that opens a phrase is a verb, not the
    noun ("deploys 10GW").
    """
    for j in range(first - 1, 0, -1):
        word = toks[j].text
        if not (_plural_word(word) or word == "people") or word in PHRASE_ENDS:
            continue
        after = toks[j + 1].text.lower()
        if after[:1].isdigit() or after in DETERMINERS or after in HEDGES or after in ("to", "of"):
            continue  # "employs about 20,000 people": a verb
        return _span(sentence, toks, j, j + 1)
    return None


@dataclass(frozen=True)
class ObjectPhrase:
    """What a figure counts or measures, and the token range it was read from."""

    text: str
    first: int
    last: int


def _span(sentence: str, toks: list[Tok], a: int, b: int) -> ObjectPhrase | None:
    """The phrase of tokens [a, b), or None when it is empty."""
    return ObjectPhrase(sentence[toks[a].start : toks[b - 1].end], a, b) if a < b else None


def _past_record(toks: list[Tok], k: int) -> int:
    """The word before "a record" when token k is its "record" ("rose to a record $34.9 billion"), else k."""
    if k >= 1 and toks[k].text.lower() == "record" and toks[k - 1].text.lower() in ("a", "an"):
        return _word_before(toks, k - 1)
    return k


def _word_before(toks: list[Tok], first: int, skipped: frozenset[str] = DETERMINERS) -> int:
    """The position of the word before tokens[first], past determiners ("the", "its"), or -1."""
    k = first - 1
    while k >= 0 and (toks[k].text.lower() in skipped or toks[k].text in skipped):
        k -= 1
    return k


_VALUED_REACH = 12  # tokens from the verb to "at": "values the 4-year-old company at", "valuing the Swedish
# buy-now, pay-later lender at" (a hyphen and a comma are tokens)
# A valuation of a company referred back to, after a round's investor: "led by Brightwater Capital and values
# the 4-year-old company at roughly"
_LED_BY = re.compile(r"\b(?:led|co-led|backed) by $")  # a round's investor: the round values, not the investor
_VALUES_REFERRED = re.compile(r"\b(?:values|valued|valuing|value) (?:the|its) (?:[\w-]+ ){0,3}?(?:company|startup|"
                              r"start-up|firm|group|business|maker|developer|provider|lab) at (?:about |around "
                              r"|roughly |some |nearly |almost |more than |over |up to )?$")


def _valuing(toks: list[Tok], at: int) -> int | None:
    """The verb of "values the company at", "was valued at" before the "at" of a sum, or None."""
    for j in range(at - 1, max(-1, at - _VALUED_REACH), -1):
        word = toks[j].text.lower()
        if word in VALUE_VERBS:
            b = j - 1
            while b > 0 and toks[b].text.lower() in ADVERBS:  # "is now valued at"
                b -= 1
            before = toks[b].text if b >= 0 else ""
            passive_after_noun = word == "valued" and j == at - 1 and before.isalpha() and before.islower() \
                and before not in BE_FORMS  # "a deal valued at", not "the round valued the startup at"
            return None if passive_after_noun else j
    return None


def _rate(sentence: str, toks: list[Tok], first: int, last: int) -> ObjectPhrase | None:
    """A sum per share, month or unit is a rate of its own ("$5.85 per share", "$47.50 a share").

    A thing said to be worth it, or of it, names the rate ("a contingent value right worth up to $22.50
    per share", "a dividend of $1 a share"); a price or offer is the plain rate.
    """
    # "$70 (C$97) a share": both a rate, the figure past its gloss, the gloss past its closing bracket
    last = last + 1 if last < len(toks) and toks[last].text == ")" else _past_brackets(toks, last, _GLOSS_TOKENS)
    if not (last + 1 < len(toks) and toks[last].text.lower() in ("per", "a", "an")
            and toks[last + 1].text.lower() in RATE_NOUNS):
        return None
    if last + 2 < len(toks) and toks[last + 2].text.lower() in RATE_NOT_AFTER:
        return None  # "valued at $3.5 billion a year ago": when, not a rate
    rate = f"per {toks[last + 1].text.lower()}"
    earned = _EARNED_BEFORE.search(sentence, 0, toks[first].start) if rate == "per share" else None
    if earned:  # "Net income rose 65% to $31.91 billion, or $1.30 per share": earnings per share, no price
        return ObjectPhrase(f"{'loss' if earned['loss'] else 'earnings'} per share", last, last + 2)
    if rate == "per share" and _EARNINGS_FORECAST.search(sentence, max(0, toks[first].start - _EARNINGS_REACH),
                                                         toks[first].start):
        return ObjectPhrase("earnings per share", last, last + 2)  # "raised its earnings forecast to $2.52 per share"
    form = _paid_part(sentence, toks[last + 1].end)
    if form:  # "$3.50 per share in cash and 0.14625 Kimberly-Clark shares": the cash part of the price a share
        return ObjectPhrase(f"{form} {rate}", last, last + 2)
    paid = _span(sentence, toks, *_phrase_after(toks, last + 3)) if last + 3 < len(toks) \
        and toks[last + 2].text == "in" and toks[last + 3].text.islower() and toks[last + 3].text not in DETERMINERS \
        else None
    if paid and paid.text.split()[-1].lower() not in PAYMENT_FORMS:  # "$22.50 a share in contingent payments"
        return ObjectPhrase(f"{paid.text} {rate}", last, paid.last)
    k = _word_before(toks, first, DETERMINERS | _QUOTES)
    thing = _span(sentence, toks, *_phrase_before(toks, k)) if k > 0 and toks[k].text.lower() in ("worth", "of") \
        else None
    if thing and thing.text.split()[-1].lower() not in _PLAIN_RATES:
        return ObjectPhrase(f"{thing.text} {rate}", thing.first, last + 2)
    return ObjectPhrase(rate, last, last + 2)


# What a per-share figure's clause says it is of: "raised its full-year adjusted earnings forecast to between $2.52
# and $2.62 per share"
_EARNINGS_FORECAST = re.compile(r"\bearnings (?:forecast|guidance|outlook|estimate)s?\b[^,;$€£\d]*$", re.I)
_EARNINGS_REACH = 80  # characters before the figure the clause is read over
# A result's sum restated a share: "net income of $31.91 billion, or $1.30 per share", "a net loss of $2bn, or 50
# cents a share"
_EARNED_BEFORE = re.compile(r"\b(?:(?:net |operating |adjusted |pre-tax )?(?:income|profits?|earnings)"
                            r"|(?P<loss>loss(?:es)?))\b[^;]*,\s+or\s+(?:about\s+)?$", re.I)


# How a sum is paid, after it: "in cash", "in its own stock", "in SpaceX shares"; "in cash and stock" is the whole sum
_PAYMENT_FORM = re.compile(r"\s+in (?:its own |their own |[A-Z][\w.-]* )?(?P<form>cash|stock|shares)\b"
                           r"(?P<both> and (?:stock|shares|cash))?")
# "pay $4.5 billion in cash and issue 50 million shares": the rest is paid in shares, the sum is the cash part
# "$3.50 per share in cash and 0.14625 Kimberly-Clark shares": so is a number of shares beside it
_SHARES_BESIDE = re.compile(r" and (?:(?:will )?(?:issue|give|hand over|transfer)\w* [^.;$€£]{0,30}?|"
                            r"[\d.,]+ (?:[A-Z][\w.-]* )?)\b(?:shares|stock)\b")
_PLAIN_RATES = frozenset("price prices offer bid consideration value".split())  # "an offer of $47.50 a share"


# "$10 billion in orders", "$14 million a year in property taxes": what the sum counts, whatever verb pays it
_BOOKED = frozenset("orders bookings contracts commitments taxes fees fines damages subsidies grants credits "
                    "incentives loans royalties tariffs levies dividends wages salaries bonuses".split())


def _paid_part(sentence: str, end: int) -> str | None:
    """How the part of a sum that ends at `end` is paid, when the sum is split by how it is paid, or None.

    "pay $8.5 billion in cash and $8.5 billion in its own stock": cash; not "for $4.3 billion in cash", the whole.
    """
    form = _PAYMENT_FORM.match(sentence, end)
    if form and form["both"] is None and (len({PAYMENT_FORMS[m["form"]] for m in _PAYMENT_FORM.finditer(sentence)
                                               if m["both"] is None}) > 1
                                          or _SHARES_BESIDE.match(sentence, form.end())):
        return PAYMENT_FORMS[form["form"]]
    return None


_ALLOCATED = re.compile(r",?\s+(?:of (?:it|that|which)\s+)?(?:for|on|in)\s+(?P<what>"
                        + "|".join(re.escape(a) for a in ALLOCATIONS) + r")\b", re.I)


def _money_object(sentence: str, toks: list[Tok], first: int, last: int,
                  document: DocumentWords | None) -> ObjectPhrase | None:
    """What a sum is for, read from the verbs and phrases around it, in this order.

    A part of a sum split by how it is paid ("$8.5 billion in cash and $8.5 billion in its own stock");
    a stake in a named company (see _stake): "invested $8bn in AI startup Anthropic";
    A money verb of purpose after it ("spent $14bn to acquire ...": acquisition); the verb before it
    ("invest €3.9bn in ...": investment); what it is "in" ("€2.5 billion in annual savings"); any other
    verb of purpose ("cost £3.1bn to build": build). A rate ("$5.85 per share") is read before this
    (see _rate in _object_for).
    """
    form = _paid_part(sentence, toks[last - 1].end)
    if form:  # "pay $8.5 billion in cash and $8.5 billion in its own stock": two parts (not "for $4.3 billion in cash")
        return ObjectPhrase(form, last, last)
    stake = _stake(sentence, toks[first].start, toks[last - 1].end, document)
    if stake:
        return ObjectPhrase(f"stake in {stake}", last, last)
    listing = _FROM_LISTING.match(sentence, toks[_past_brackets(toks, last) - 1].end)
    if listing:  # "collected $1.5bn (€1.39bn) from its listing": what the listing raised
        return ObjectPhrase("funding", last, last)
    booked = _span(sentence, toks, *_phrase_after(toks, last + 1, 3)) \
        if last + 1 < len(toks) and toks[last].text.lower() == "in" else None
    if booked and booked.text.split()[-1].lower() in _BOOKED:  # "secured $10 billion in orders"
        return booked
    allocated = _ALLOCATED.match(sentence, toks[_past_brackets(toks, last) - 1].end)
    if allocated:  # "including $3.5 billion for research and development": that part of the budget
        return ObjectPhrase(allocated["what"].lower(), last, last)
    purpose = toks[last + 1].text if last + 1 < len(toks) and toks[last].text.lower() == "to" else ""
    if purpose in MONEY_VERBS:
        return ObjectPhrase(MONEY_VERBS[purpose], last + 1, last + 2)
    k = _word_before(toks, first, DETERMINERS | _QUOTES | _INSTALMENTS)  # "will invest the remaining £750m"
    if k > 0 and toks[k].text.lower() == "in" and toks[k - 1].text.lower() in _BRING:
        part = _span(sentence, toks, *_phrase_before(toks, k - 1))  # "Its data-centre division brought in $30.8bn"
        return part if part and part.text.islower() else ObjectPhrase("revenue", k - 1, k + 1)  # "... bring in $7bn"
    if k > 0 and toks[k].text.lower() in ("in", "up") and toks[k - 1].text.lower() in MONEY_VERBS:
        k -= 1  # "which is putting in $12 billion": an investment
    if last + 2 < len(toks) and toks[last].text.lower() == "into" and toks[last + 1].text.lower() in DETERMINERS \
            and toks[last + 2].text.islower():  # "put $30 million into an energy impact fund" (not "into the site")
        found = _span(sentence, toks, *_phrase_after(toks, last + 1))
        if found and found.text.split()[-1].lower() in MONEY_VEHICLES:
            return found
    charged = _charged(toks, k)
    if charged:  # "expects tariffs to cost it about 1.5 billion euros": what tariffs cost, no investment
        return charged
    if k >= 0 and toks[k].text.lower() in MONEY_VERBS:
        done = MONEY_VERBS[toks[k].text.lower()]
        named = _measure_named(sentence, toks[k].start) if done == "contribution" else None
        # "sales grew to $17.6bn, with Mounjaro contributing $6.52bn": a part of the sales, not a donation
        which = next((t.text.lower() for t in toks[k + 1 : first] if t.text.lower() in _PARTS_PAID), None) \
            or ("initial" if _PAID_FIRST_AFTER.match(sentence, toks[last - 1].end) else None)  # "$350m at closing"
        return ObjectPhrase(named or (f"{which} {done}" if which else done), k, k + 1)  # "paid the last $22.5bn"
    paid = _past_payee(toks, k)
    if paid is not None:  # "agreed to pay CoreWeave $12.4 billion": a payment
        return ObjectPhrase(MONEY_VERBS[toks[paid].text.lower()], paid, paid + 1)
    verb = _relative_verb(toks, last)
    if verb is not None:  # "the $3.3 billion it is spending on its first site"
        return ObjectPhrase(MONEY_VERBS[toks[verb].text.lower()], verb, verb + 1)
    if k >= 0 and toks[k].text.lower() == "worth":  # "is now worth around €3.4 trillion"
        deal = next((j for j in range(k - 1, max(-1, k - _DEAL_REACH), -1) if toks[j].text.lower() in DEAL_NOUNS), None)
        if deal is not None and deal > 0 and toks[deal - 1].text.lower() in INCREMENT_WORDS:
            return ObjectPhrase("expansion", deal - 1, deal + 1)  # "an expanded agreement worth up to $6.5 billion"
        if deal is not None:  # "the deal is worth up to $7.3 billion", "the takeover could be worth $7.3bn"
            return ObjectPhrase("deal", deal, deal + 1)
        several = next((j for j in range(k - 1, max(-1, k - _DEAL_REACH), -1)
                        if toks[j].text.lower() in _SEVERAL_DEALS), None)
        if several is not None:  # "its contracts with CoreWeave are worth about $22.4 billion": their sum, no one deal
            return ObjectPhrase(toks[several].text.lower(), several, several + 1)
        valued = _valued(sentence, toks[k].start)
        thing = _span(sentence, toks, *_phrase_before(toks, k)) if valued == "valuation" and _thing_worth(toks, k) \
            else None
        return thing or ObjectPhrase(valued, k, k + 1)
    if k >= 0 and toks[k].text.lower() == "at" and (verb := _valuing(toks, k)) is not None:
        passive = verb + 1 == k  # "valued at" (not "valuing the company at"): what was named before is valued
        if not passive and toks[k - 1].text.lower() == "equity":  # "valuing Covestro's equity at €11.7bn"
            return ObjectPhrase("equity value", k - 1, k)
        return ObjectPhrase(_valued(sentence, toks[verb].start) if passive else "valuation", verb, verb + 1)
    if k >= 0 and toks[k].text.lower() == "for":  # "will acquire Tamsin Pharma for $4.1 billion"
        verb = next((j for j in _clause_before(toks, k, _BUY_REACH) if toks[j].text.lower() in MONEY_VERBS), None)
        if verb is not None:  # "is buying the Israeli-founded cyber security company Wiz for $32bn"
            return ObjectPhrase(MONEY_VERBS[toks[verb].text.lower()], verb, verb + 1)
        took = next((j for j in range(k - 1, max(0, k - 9), -1)
                     if toks[j].text.lower() == "over" and toks[j - 1].text.lower() in TAKE_VERBS), None)
        if took is not None:  # "is taking over the US company Arcadium Lithium for €6.1bn"
            return ObjectPhrase("takeover", took - 1, took + 1)
        deal = next((j for j in range(k - 1, max(-1, k - 10), -1) if toks[j].text.lower() in DEAL_NOUNS
                     and (j == 0 or toks[j - 1].text.lower() not in INCREMENT_WORDS)), None)
        if deal is not None and all(t.text not in ",;:" for t in toks[deal:k]):  # "signed an agreement to rent
            return ObjectPhrase("deal", deal, deal + 1)  # computing capacity to Microsoft for $17.4bn"
    risen = _risen_to(sentence, toks, k) or _brought_to(sentence, toks, k)
    if risen:
        return risen
    paying = _PAYMENT_FORM.match(sentence, toks[last - 1].end)  # "for $17 billion in cash and stock": the whole
    if paying and paying["form"] == "cash" and paying["both"] is None and k >= 0 and toks[k].text.lower() in _HAD:
        return ObjectPhrase("cash", last + 1, last + 2)  # "it had $30 million in cash": what it holds, no payment
    if paying is None and last + 1 < len(toks) and toks[last].text.lower() == "in" and not _from_after_to(toks, k) and (
            toks[last + 1].text.islower()
            or ((DEMONYM.search(toks[last + 1].text) or toks[last + 1].text.lower() in _COMMON_CAPITALS)
                and last + 2 < len(toks) and toks[last + 2].text.islower())):
        # "€2.5 billion in annual savings", "9.9 billion euros in German state subsidies", "$3 billion in AI
        # infrastructure revenue" (not "in Arizona")
        found = _span(sentence, toks, *_phrase_after(toks, last + 1))
        if found:
            return found
    if purpose.isalpha() and purpose.islower() and purpose not in STOPWORDS and purpose not in DETERMINERS:
        return ObjectPhrase(purpose, last + 1, last + 2)
    named = _measure_named(sentence, toks[first].start) if k >= 0 and toks[k].text.lower() in EXPECT_VERBS else None
    if named:  # "raised its capex forecast, now expecting $66bn"
        return ObjectPhrase(named, k, k + 1)
    return None


def _from_after_to(toks: list[Tok], k: int) -> bool:
    """Whether token k is the "from" of "to 11.99 euros from 10.99 euros": the figure after it is the old level."""
    if k < 2 or toks[k].text.lower() != "from":
        return False
    return any(toks[j].text[:1].isdigit() and toks[j - 1].text.lower() in ("to", "$", "€", "£")
               and (toks[j - 1].text.lower() == "to" or toks[j - 2].text.lower() == "to")
               for j in range(max(2, k - 3), k))


def _measure_named(sentence: str, end: int) -> str | None:
    """The measure named last in a sentence before `end` ("revenue", "capex"), lower case."""
    named = [m for m in _MEASURE_NAMED.finditer(sentence, 0, end)]
    return named[-1].group(0).lower() if named else None


_BUY_REACH = 14  # how many tokens before "for $X" the verb of a purchase may stand
_HAD = HOLD_VERBS | frozenset("has had have having".split())  # verbs of what is held


def _clause_before(toks: list[Tok], k: int, reach: int) -> Iterator[int]:
    """The indexes of up to `reach` tokens before token k, nearest first, up to a comma, semicolon or colon."""
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if toks[j].text in ",;:":
            return
        yield j


def _charged(toks: list[Tok], k: int) -> ObjectPhrase | None:
    """What things in the plural cost: "tariffs to cost it about €1.5bn", a tariff cost (not "the plant will cost")."""
    j = k - 1 if k > 0 and toks[k].text.lower() in _OBJECT_WORDS else k
    if j < 1 or toks[j].text.lower() not in ("cost", "costs"):
        return None
    n = j - 1
    while n > 0 and toks[n].text.lower() in _COST_LINKS:
        n -= 1
    noun = toks[n].text
    if not _plural_word(noun) or noun in STOPWORDS:
        return None
    return ObjectPhrase(f"{singular(noun)} cost", n, j + 1)


_COST_LINKS = frozenset("to will would could may might also".split())


def _past_participle(sentence: str, toks: list[Tok], found: ObjectPhrase | None) -> ObjectPhrase | None:
    """A participle read as the phrase before "at": the noun it names, else the phrase it is said of.

    "budgeted at €17bn": the budget; "The damage was estimated at $2 billion": the damage.
    """
    if found is not None and found.last > found.first + 1 and found.text.split()[-1].islower() \
            and found.text.endswith("ed"):  # "Copper traded at US$10,850 a tonne": copper
        return replace(found, text=found.text.rsplit(" ", 1)[0], last=found.last - 1)
    if found is None or found.last != found.first + 1 or not found.text.islower() or not found.text.endswith("ed"):
        return found
    if found.text in _PARTICIPLE_NOUNS:
        return replace(found, text=_PARTICIPLE_NOUNS[found.text])
    j = found.first
    while j > 0 and (toks[j - 1].text.lower() in BE_FORMS or toks[j - 1].text.lower() in ADVERBS):
        j -= 1
    said_of = _span(sentence, toks, *_phrase_before(toks, j)) if j < found.first else None
    return said_of or found


_PARTICIPLE_NOUNS = {"budgeted": "budget", "priced": "price", "costed": "cost"}  # "budgeted at €17bn": a budget


def _thing_worth(toks: list[Tok], worth: int) -> bool:
    """Whether "worth" follows a thing, not a company: "a tax abatement worth $38 million" measures the abatement.

    "a copper producer worth about £39bn", "the startup is now worth": a valuation.
    """
    word = toks[worth - 1].text if worth > 0 else ""
    noun = singular(word.lower())
    return word.isalpha() and word.islower() and word not in BE_FORMS and word not in ADVERBS \
        and noun not in STAKE_HOLDERS and noun not in _COMPANY_NOUNS \
        and (not noun.endswith(("er", "or")) or noun in _THINGS_IN_ER)


# Things whose names end like a maker's ("producer", "investor"): "computing power worth up to €12.1bn"
_THINGS_IN_ER = frozenset("power order cluster server computer center quarter sector tower paper water offer number "
                          "layer fiber fibre chapter container transformer chiller generator reactor".split())


def _valued(sentence: str, at: int) -> str:
    """What "worth" or "valued at" values, at `at`: a stake's value, or a valuation.

    "a stake of about 27% in OpenAI's new company, valued at roughly $135 billion", "a holding worth
    about €116bn", "- Microsoft: 32%, worth about $135 billion": the stake's value, not the company's.
    """
    clause = sentence[max(0, sentence.rfind(";", 0, at), sentence.rfind(". ", 0, at)) : at]
    return "stake value" if _STAKE_VALUED.search(clause) else "valuation"


# Words of a stake in the clause before "worth" or "valued at": "a stake of about 27% in OpenAI's company, valued at"
_STAKE_VALUED = re.compile(r"\b(?:stake|holding|equity)\b[^,;]*(?:,[^,;]*)?\s*$|\d(?:%| per ?cent),\s*$")


_OWNED_PARTICIPLES = frozenset({"owned", "held", "controlled"})
_RELATIVES = frozenset({"that", "which", "who"})
_HELD_BY = re.compile(r"\s+by\s+(?:[A-Z][\w.-]*['’]s\s+)?")  # "owned by Japan's Morita Corp": Morita Corp
_BUILD_VERBS = frozenset({"build", "install", "add", "develop", "construct"})
_BRING = frozenset({"bring", "brings", "brought", "bringing", "rake", "rakes", "raked", "raking"})  # "... in": revenue
_RELATIVE_WHO = frozenset({"it", "they", "he", "she", "we"})
_VALUED_AFTER = re.compile(r" (?:that |which )?(?:it|they|the [a-z]+|[A-Z][\w.&-]*) (?:was|were|is|are|had been"
                           r"|has been) valued at\b")  # "the $6.9bn the startup was valued at"
_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been", "'s", "’s"})


def _relative_verb(toks: list[Tok], last: int) -> int | None:
    """The money verb of a relative clause after a sum ("$3.3 billion (that) it is spending on ..."), or None."""
    j = last + (last < len(toks) and toks[last].text.lower() in ("that", "which"))
    if j >= len(toks) or toks[j].text.lower() not in _RELATIVE_WHO:
        return None
    j += 1
    while j < len(toks) and toks[j].text.lower() in _AUXILIARIES:
        j += 1
    return j if j < len(toks) and toks[j].text.lower() in MONEY_VERBS else None


_STAKE_NAME = r"(?P<name>(?:[A-Z]|[a-z]{1,2}(?=[A-Z]))[\w.&-]*(?: [A-Z][\w.&-]*){0,2})"
_STAKE_AFTER = re.compile(  # "$8bn in AI startup Anthropic", "€13.5bn into ChatGPT developer OpenAI"
    r" (?:so far |already )?(?:in|into) (?:[\w'’-]+ ){0,3}?(?:" + "|".join(STAKE_HOLDERS) + ") "
    + _STAKE_NAME)
_STAKE_BARE = re.compile(r" (?:so far |already |more |over time )?(?:in|into) " + _STAKE_NAME)
# What a sum put into a name bought, later in its sentence: "invested $14.3 billion in Scale AI in June for a 49% stake"
_FOR_A_STAKE = re.compile(r"\bfor (?:a |an )?(?:\d[\d.]*%|\d[\d.]* per ?cent) (?:stake|holding)\b")
_STAKE_BEFORE = (  # "OpenAI, in which Microsoft has invested $14bn"; "Amazon's stake in Anthropic cost it $8bn"
    (" in which ", re.compile(_STAKE_NAME + r",? in which [^,;:]{0,60}$")),
    ("stake in ", re.compile(r"\bstake in " + _STAKE_NAME + r"\b[^,;:]{0,40}$")),
)


def _stake(sentence: str, start: int, end: int, document: DocumentWords | None) -> str | None:
    """The company a sum buys into, where the sentence names it as one; else None.

    A sum put into a company is a stake in it, not spending of the investor's own: "invested $8bn in
    AI startup Anthropic" is never compared with the investor's $100bn capex. After the sum, the name
    must follow a word that says it is a company ("startup", "developer"), or the text must call it
    one elsewhere ("the AI start-up Anthropic", "Anthropic, the maker of ..."), or the sentence must
    say what it bought ("in Scale AI in June for a 49% stake"), since "in Arizona" names a place the
    same way.
    """
    after = _STAKE_AFTER.match(sentence, end)
    if after:
        return after["name"].rstrip(".,")
    bare = _STAKE_BARE.match(sentence, end)
    if bare and document is not None and bare["name"].rstrip(".,") not in PLACES \
            and (document.company(bare["name"].rstrip(".,")) or _FOR_A_STAKE.search(sentence, bare.end())):
        return bare["name"].rstrip(".,")  # "invest $3bn in Anthropic", the text calling Anthropic a startup
    window = sentence[max(0, start - 120) : start]
    for key, form in _STAKE_BEFORE:
        before = form.search(window) if key in window else None  # the key spares most sentences the regex
        if before:
            return before["name"].rstrip(".,")
    return None


def _model_after(toks: list[Tok], last: int) -> int | None:
    """The end of a product's name ending a list item after its count ("- GPUs: 131,072 AMD Instinct MI450").

    Capitalised words, one of them a model number (letters and digits); None when the item goes on.
    """
    end = last
    while end < len(toks) and toks[end].text[:1].isupper() and toks[end].text.isalnum():
        end += 1
    coded = any(_MODEL_CODE.fullmatch(t.text) for t in toks[last:end])
    return end if coded and all(not t.text.isalnum() for t in toks[end:]) else None


_MODEL_CODE = re.compile(r"(?=.*\d)(?=.*[A-Z])[A-Z0-9]{2,}[a-z]?")  # "MI450", "H100", "GB300", "A350"


def _list_label_object(sentence: str, toks: list[Tok], first: int) -> ObjectPhrase | None:
    """A list item's common-noun label: "- Revenue: $35.1 billion in Q3", "- Deliveries: 776 jets" (not "jets").

    A sentence opening "The cost savings: €8 billion" labels its figure the same way.
    """
    if first > 2 and toks[first - 1].text == ":" and toks[0].text == "The" \
            and all(t.text.isalpha() and t.text.islower() for t in toks[1 : first - 1]):
        return _span(sentence, toks, 1, first - 1)
    done = _DONE_TO_LABEL.match(sentence) if first > 1 and toks[first - 1].text == ":" else None
    if done and done.end() == toks[first - 1].end and _bare(done["name"]) not in _NOT_NAMES:
        # "- Stake sold to Apollo: 40%": the stake, not Apollo's
        a = next(j for j, t in enumerate(toks) if t.start == done.start("noun"))
        b = next(j for j, t in enumerate(toks) if t.end == done.end("noun")) + 1
        return replace(_span(sentence, toks, a, b) or ObjectPhrase(done["noun"], a, b), text=done["noun"].lower())
    if first > 1 and toks[first - 1].text == ":":
        a, b = _phrase_before(toks, _before_label_period(sentence, toks, first - 1))
        if a > 1 and toks[a - 1].text in MEASURE_ADJECTIVES:
            a -= 1  # "- Q3 adjusted EBIT:", "- 2025 adjusted EBIT guidance:": the adjective is the measure's
        if a > 2 and toks[a - 1].text in ("and", "&") and toks[a - 2].text.isalpha() \
                and _after_bullet(sentence, toks[a - 2].start):
            a -= 2  # "- Research and development: $3 billion": both nouns, one measure
        model = a - 1  # "- New 737 MAX rate:": the model's rate
        if model > 0 and toks[a].text.isupper() and toks[model].text.isdigit() and a + 1 < b \
                and all(t.text.islower() for t in toks[a + 1 : b]) and (_after_bullet(sentence, toks[model].start) or (
                    toks[model - 1].text.istitle() and _after_bullet(sentence, toks[model - 1].start))):
            return _span(sentence, toks, model, b)
        if a > 1 and toks[a - 1].text.endswith("ed") and toks[a - 1].text.istitle() \
                and _after_bullet(sentence, toks[a - 1].start):
            a -= 1  # "- Planned capacity: 520 MW": planned capacity, not what is planned
        if a > 2 and toks[a - 1].text == "per" and toks[a - 2].text.isalpha() \
                and _after_bullet(sentence, toks[a - 2].start):
            a -= 2  # "- Cash per share: $3.50": cash per share, a rate
        if a > 2 and toks[a - 1].text == "of" and toks[a - 2].text.lower() in _SHARE_OF \
                and _after_bullet(sentence, toks[a - 2].start) and all(t.text.islower() for t in toks[a:b]):
            return _span(sentence, toks, a, b)  # "- Share of workforce: 20%": of the workforce, as "20% of its staff"
        bullet = a
        if a > 1 and toks[a - 1].text.istitle() and toks[a - 1].text.lower() in ADVERBS and toks[a].text.islower():
            bullet = a - 1  # "- Already invested: $7.9 billion": invested
        elif b - a > 1 and toks[a].text in _MONTHS_TITLED and toks[a + 1].text.islower():
            bullet, a = a, a + 1  # "- July inflation: 3.6%": inflation, of July
            if bullet > 2 and toks[bullet - 1].text in _OWNER_TOKENS and toks[bullet - 2].text[:1].isupper() \
                    and _after_bullet(sentence, toks[bullet - 2].start) and all(t.text.islower() for t in toks[a:b]):
                return _span(sentence, toks, a, b)  # "- Groq's September valuation:": its valuation, of September
        elif a > 1 and _PERIOD_WORD.fullmatch(toks[a - 1].text) and toks[a].text.islower():
            bullet, a = a - 1, a  # "- 2025 capex guidance: $46 billion": the period is the claim's
            if bullet > 1 and toks[bullet - 1].text.isalpha() and toks[bullet - 1].text[:1].isupper() \
                    and _after_bullet(sentence, toks[bullet - 1].start):
                bullet -= 1  # "- Original 2022 budget: €17 billion": budget, of 2022
        if a < b and all(t.text[:1].isupper() == (i == bullet) or (i != bullet and _ACRONYM.fullmatch(t.text))
                         for i, t in enumerate(toks[a:b], a)) \
                and _after_bullet(sentence, toks[bullet].start) \
                and not (b == a + 1 and toks[a].text.lower() in AIMS):  # "- 2025 goal: 820 deliveries": deliveries
            if b - a > 1 and toks[b - 1].text.islower() and toks[b - 1].text.endswith("ed") \
                    and toks[b - 2].text.endswith("s"):
                b -= 1  # "- Blackwell GPUs shipped: 20 million": the GPUs (not "- Amount raised:")
            label = _span(sentence, toks, a, b)  # a common noun ("Data center"), not a name ("Corvane Cloud")
            if label is None or label.text[1:2].isupper():  # "GPUs": an acronym keeps its capitals
                return label
            words = label.text.lower().split(" ", 1)
            if len(words) == 2 and words[0] in _PLAIN_RATES and words[1].startswith("per "):
                return replace(label, text=words[1])  # "- Price per share: $72": the plain rate, per share
            return replace(label, text=label.text[:1].lower() + label.text[1:])
        if b - a > 1 and _CHIP_NOUN.fullmatch(toks[b - 1].text) and _after_bullet(sentence, toks[a].start) \
                and all(t.text[:1].isupper() or _DIGITS.search(t.text) for t in toks[a : b - 1]):
            return _span(sentence, toks, a, b)  # "- Nvidia B300 GPUs: 1,600": the chips, of their maker and model
        named = next((j for j in range(a, b) if not toks[j].text[:1].isupper()), b)
        owner = a - 2
        while owner > 0 and toks[owner - 1].text.isalpha():
            owner -= 1
        if named == a < b and owner >= 0 and (toks[a - 1].text in _OWNER_TOKENS or toks[a - 1].text == "+") \
                and toks[a - 2].text.isalpha() and _after_bullet(sentence, toks[owner].start):
            return _span(sentence, toks, a, b)  # "- Anglo shareholders' stake: 62.4%", "- Calpine's fleet:",
            # "- Disney+ subscribers:" (a brand's plus)
        if a < named == b - 1 and toks[named].text in _HOLDING_WORDS and owner >= 0 \
                and toks[a - 1].text in _OWNER_TOKENS and _after_bullet(sentence, toks[owner].start):
            return _span(sentence, toks, named, b)  # "- Hess's Stabroek stake: 45%": Hess's stake, in Stabroek
        if a < named < b and all(t.text.islower() for t in toks[named:b]) and _after_bullet(sentence, toks[a].start):
            noun = _span(sentence, toks, named, b)  # "- Blue Owl stake: 20%": a name's stake
            place = " ".join(t.text for t in toks[a:named] if _bare(t.text) not in _NOT_NAMES)
            if noun and toks[a].text.lower() in _LABEL_MODIFIERS and place not in PLACES:
                noun = replace(noun, text=f"{toks[a].text.lower()} {noun.text}")  # "- Total Amazon investment:"
            if noun and place in PLACES:  # "- Total Wisconsin investment: $7.3 billion": the state's, not the site's
                return replace(noun, text=f"{noun.text} in {place}")
            return noun
    return None


# A list label of a thing done to or by a name: "- Stake sold to Apollo:", "- Loan provided by Blackstone:"
_DONE_TO_LABEL = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s*(?P<noun>[A-Z][a-z]+(?: [a-z]+)?) "
                            r"(?:[a-z]+ed|sold|paid|bought|held|won|lost|spent|built|made|lent) "
                            r"(?:to|by|from|for|with) (?P<name>[A-Z][\w.&-]*)[^:]*:")  # (not "by Tuesday")
_LABEL_MODIFIERS = frozenset({"total", "combined", "new", "initial", "additional"})  # kept before a name's noun
_DIGITS = re.compile(r"\d[\d,.]*")
_SHARE_OF = frozenset({"share", "percentage", "proportion", "portion"})  # a label's "Share of" before what it is of
_ACRONYM = re.compile(r"EBITDA|EBIT|GPUs?|CPUs?|EPS|AI")  # capitals a list label's common noun may hold
_MONTH_NAMES = "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True))
_MONTHS_TITLED = frozenset(m.title() for m in MONTHS)
_MONTH_COMPOUND = re.compile(rf"(?:{_MONTH_NAMES})-(?:[a-z]+|{_MONTH_NAMES})")  # "December-quarter", "June-end",
# "the July-September quarter"
_PLACE_NAMES = PLACES | frozenset(PLACE_ALIASES)
# The period a list label ends in: "- GPUs by end of 2026: 200,000", "- Revenue in FY2025: $4bn"
_LABEL_PERIOD = re.compile(rf"\s+(?:by|in|for|at|as of)\s+(?:the\s+)?(?:(?:end|start|close) of\s+(?:the\s+)?)?"
                           rf"(?:(?:(?:fiscal|financial|calendar)\s+)?(?:{PERIOD_TOKEN})(?:\s+(?:{PERIOD_TOKEN}))?"
                           rf"(?:\s+(?:prices|money|terms))?|(?:quarter|year|half|month)"
                           # a quarter or half in words: "- Sales in the second quarter: $130 million"
                           rf"|(?:first|second|third|fourth)\s+(?:quarter|half)(?:\s+of\s+(?:{PERIOD_TOKEN}))?)\s*"
                           # or in brackets: "- Previous valuation (March): $61.5 billion"
                           rf"|\s*\((?:{PERIOD_TOKEN}|{_MONTH_NAMES})(?:\s+(?:{PERIOD_TOKEN}))?\)\s*"
                           # or the event it is as of: "- Valuation at listing: $15.1 billion"
                           rf"|\s+at\s+(?:the\s+)?(?:listing|IPO|debut|launch|flotation|float|signing)\s*"
                           # or the span it is over: "- Compute commitments over eight years: $1.4 trillion"
                           rf"|\s+over\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:[a-z\d]+\s+)?(?:years?|decades?)\s*")


_UP_TO_NOW = frozenset({("so", "far"), ("to", "date"), ("on", "hand"), ("in", "hand")})  # "- Cash on hand:"
_NOW_WORDS = frozenset({"now", "today", "currently"})
_EACH_WORDS = frozenset({"each", "a", "per", "every"})
_PER_TIME = frozenset({"year", "month", "week", "day"})


def _before_label_period(sentence: str, toks: list[Tok], colon: int) -> int:
    """The token a list label's words end before: its colon, or the period the label ends in."""
    if colon > 2 and (toks[colon - 2].text.lower(), toks[colon - 1].text.lower()) in _UP_TO_NOW:
        return colon - 2  # "- Invested so far: $7.3 billion": invested
    if colon > 2 and toks[colon - 1].text.lower() in _NOW_WORDS:
        return colon - 1  # "- Headcount now: about 791,000": the headcount
    if colon > 3 and toks[colon - 2].text.lower() in _EACH_WORDS and toks[colon - 1].text.lower() in _PER_TIME:
        return colon - 2  # "- Jobs supported each year: around 8,500": the jobs supported
    party = colon - 1
    if toks[party].text in _OWNER_TOKENS:
        party -= 1  # "- JAB's stake in JDE Peet's: 86%"
    while party > 1 and toks[party].text[:1].isupper() and toks[party].text.isalnum():
        party -= 1
    if 1 < party < colon - 1 and toks[party - 1].text.islower() and is_item(sentence) \
            and (toks[party].text in ("for", "to", "with", "from") or (toks[party].text == "in" and _POSSESSIVE.sub(
                "", sentence[toks[party + 1].start : toks[colon].start]) not in PLACES)):
        return party  # "- DRAM wafers for OpenAI: up to 900,000": DRAM wafers, for a party; a stake in a company
    whom = next((k for k in range(colon - 2, max(1, colon - 1 - _PARTY_WORDS), -1)
                 if toks[k].text in _PARTY_BEFORE and toks[k - 1].text.isalpha() and toks[k - 1].text.islower()
                 and (toks[k - 1].text.lower() not in SEGMENTED or toks[k].text != "from")), None)
    if whom is not None and all(t.text.isalpha() and t.text.islower() for t in toks[whom + 1 : colon]) \
            and is_item(sentence):
        return whom  # "- AI orders from hyperscalers: $2.3bn": the orders, from whom (not "- Revenue from cloud:")
    for k in range(colon - 1, 0, -1):
        if toks[k].text in ("by", "in", "for", "at", "as", "(", "over") and is_item(sentence) \
                and _LABEL_PERIOD.fullmatch(sentence, toks[k - 1].end, toks[colon].start):
            return k
    return colon


_PARTY_BEFORE = frozenset({"from", "to", "for", "with"})  # before who a list label's measure is had from or with
_PARTY_WORDS = 2  # lower-case words naming them: "- AI orders from cloud giants:"
_COMES = frozenset({"comes", "came", "come", "amounts", "amounted", "amount"})  # "comes to $8bn": it totals
_BROUGHT = frozenset({"bringing", "brings", "brought", "bring", "taking", "takes", "took", "take"})
# What a brought total is of, or where: "total investment in the company", "total capacity under development"
_OF_IT = frozenset({"in", "of", "with", "for", "to", "under", "at", "across"})
_TALLIES = frozenset({"number", "amount", "count", "tally"})  # "bringing the number of jobs to 5,000": the jobs
_PARTICIPLE_REACH = 4  # tokens from a brought noun's participle back to the verb: "bringing the total raised"
_BROUGHT_REACH = 16  # tokens from "to" back to its verb: "bringing the e-commerce giant's total investment in the"


def _brought_to(sentence: str, toks: list[Tok], k: int) -> ObjectPhrase | None:
    """What a verb brought to a figure, `k` being "to" before it, up to what it is of.

    "bringing the e-commerce giant's total investment in the company to $8 billion": total investment;
    "taking the total value of its contracts with the ChatGPT maker to about $22.4 billion": total value.
    """
    if k < 0 or toks[k].text.lower() != "to":
        return None
    verb = next((j for j in range(k - 1, max(-1, k - _BROUGHT_REACH), -1) if toks[j].text.lower() in _BROUGHT), None)
    if verb is None:
        return None
    end = next((j for j in range(verb + 2, k) if toks[j].text.lower() in _OF_IT), k)
    a, b = _phrase_before(toks, end)
    if b == a + 1 and toks[a].text.lower() in _TALLIES and end < k and toks[end].text.lower() == "of":
        a, b = _phrase_after(toks, end + 1)  # "the number of jobs at the site": jobs
        b = min(b, k)
    if b == a + 1 and toks[a].text.lower() in _AMOUNT_WORDS:
        return None  # "taking its total to 268 million": the total of what the sentence counts
    return _span(sentence, toks, a, b) if a > verb else None


def _measured_in(sentence: str, toks: list[Tok], found: ObjectPhrase) -> ObjectPhrase | None:
    """What is measured in a place before a verb: "Consumer price inflation in the UK reached": inflation."""
    j = found.first - 1 if found.first > 0 and toks[found.first - 1].text.lower() == "the" else found.first
    if j >= 2 and toks[j - 1].text.lower() == "in" and found.text.replace(".", "") in _PLACE_NAMES:
        return _span(sentence, toks, *_phrase_before(toks, j - 1))
    return None


_LEVEL_VERBS = frozenset({"stood", "stands", "stand", "remained", "remains", "sat", "sits"})  # a level "at" a figure
_FOR_A_PERIOD = frozenset("for the this current full fiscal financial year - full-year on".split()) \
    | frozenset(WEEKDAYS)  # "raised its revenue forecast on Thursday to"


def _risen_to(sentence: str, toks: list[Tok], k: int) -> ObjectPhrase | None:
    """What rose or fell to a figure, `k` being the word before it.

    "Profit rose 12% to €410 million": profit; "monthly active users rose 11% to 696 million"; or what a
    verb raised to it ("Micron lifts US investment plan to $200 billion"), past an apposition before the
    verb ("its remaining performance obligations, a measure of ..., jumped 359% to $455 billion").
    """
    k = _past_record(toks, k)  # "rose to a record $34.9 billion"
    if k < 0 or toks[k].text.lower() != "to":
        return None
    if k > 1 and toks[k - 1].text.lower() in _COMES:  # "the retailer's total stake comes to $8bn": the stake
        found = _span(sentence, toks, *_phrase_before(toks, k - 1))
        return found if found is not None and found.first < k - 1 else None
    verb = next((j for j in range(k - 1, max(-1, k - _RISE_REACH), -1) if toks[j].text.lower() in CHANGE_BEFORE), None)
    if verb is None or any(t.text.lower() in _BROUGHT for t in toks[max(0, verb - _PARTICIPLE_REACH) : verb]):
        return None  # "bringing the total raised to": what was brought there (see _brought_to), "raised" its noun's
    if verb + 2 < k and toks[verb + 1].text.lower() in ("in", "of"):  # "a 6 per cent rise in full-year revenue to"
        a, b = _phrase_after(toks, verb + 2)
        if b == k:
            return _span(sentence, toks, a, b)
    raised = k
    while raised > verb + 1:
        if raised - 3 > verb and toks[raised - 2].text == "-" \
                and toks[raised - 3].end == toks[raised - 2].start == toks[raised - 1].start - 1:
            raised -= 3  # "raised its full-year revenue forecast to $45 billion": a hyphenated word is one
        elif toks[raised - 1].text.islower() and _wordlike(toks[raised - 1].text) \
                and toks[raised - 1].text not in STOPWORDS and toks[raised - 1].text not in DETERMINERS:
            raised -= 1
        else:
            break
    if raised < k and all(t.text.lower() in DETERMINERS or t.text[:1].isupper() or t.text in (".", "'s", "’s")
                          or _PERIOD_WORD.fullmatch(t.text) or t.text.isdigit() for t in toks[verb + 1 : raised]):
        return _span(sentence, toks, raised, k)  # "Micron lifts US investment plan to $200 billion": what it raised
    a, b = _phrase_after(toks, verb + 1)
    if verb + 1 < a < b < k and all(t.text.lower() in _FOR_A_PERIOD or _PERIOD_WORD.fullmatch(t.text)
                                    for t in toks[b:k]):
        return _span(sentence, toks, a, b)  # "cut its adjusted EBIT forecast for the year to $6bn": the forecast
    if a == b < k and toks[a].text.lower().endswith("ed"):
        a, b = _phrase_after(toks, a + 1)  # "raise its expected stake in the miner to": the stake
    if verb + 1 < a < b < k - 1 and toks[b].text.lower() == "in" and k - b <= _HELD_IN_REACH \
            and all(_wordlike(t.text) for t in toks[b + 1 : k]):
        raised_thing = _span(sentence, toks, a, b)  # "raised its stake in Commerzbank to 26%": the stake, not UniCredit
        if raised_thing and raised_thing.text.lower().split()[-1] not in _HOLDING_WORDS:
            # "raised its commitment in Wisconsin to $7.3bn", "its investment in the site": of that place or site
            return replace(raised_thing, text=f"{raised_thing.text} in {' '.join(t.text for t in toks[b + 1 : k])}")
        return raised_thing
    if verb + 1 < a < b < k - 1 and toks[b].text.lower() == "of" and k - b <= _HELD_IN_REACH \
            and all(_wordlike(t.text) for t in toks[b + 1 : k]):
        return _span(sentence, toks, a, b)  # "raise the monthly price of its premium plan to 11.99 euros": the price
    clause = next((m for m in _relative_clauses(sentence) if m.end() == toks[_adverbs_before(toks, verb)].start), None)
    if clause:  # "Sales in the data center segment, which accounts for most of its business, rose 66% to"
        verb = next(i for i in range(verb) if toks[i].start == clause.start())
    elif verb > 1 and toks[verb - 1].text == ",":  # "its remaining performance obligations, a measure of ..., jumped"
        opening = next((i for i in range(verb - 2, max(-1, verb - _APPOSITION_REACH), -1) if toks[i].text == ","), None)
        if opening is not None and toks[opening + 1].text.lower() in ("a", "an", "the", "including", "excluding"):
            verb = opening  # ", a measure of ...,", ", including finance leases,"
    while verb > 0 and (toks[verb - 1].text.lower() in _AUXILIARIES or toks[verb - 1].text.lower() in _VERB_ADVERBS):
        verb -= 1  # "market share had risen to 9.2 per cent": the share; "net profit more than doubled to": the profit
    during = _during_before(toks, verb)
    a, b = _phrase_before(toks, during if during is not None else verb)  # "Revenue in the three months to
    found = _span(sentence, toks, a, b)  # September grew": revenue, not the months
    found = _opener_lowered(found) if during is not None and a == 0 else found
    j = a - 1 if a > 0 and toks[a - 1].text.lower() in ("the", "its", "their") else a
    if found and (measured := _measured_in(sentence, toks, found)):
        return measured
    if found and j >= 2 and toks[j - 1].text.lower() in ("in", "from", "of") and toks[j - 2].text.lower() in SEGMENTED:
        # "Sales in the data center segment ... rose": the segment's revenue; "Revenue from networking products";
        # "its sales of artificial intelligence chips would double": the chips' revenue
        words = [w for w in found.text.split() if w.lower() not in PART_NOUNS]
        return ObjectPhrase(" ".join([*words, SEGMENTED[toks[j - 2].text.lower()]]), j - 2, b)
    if found is None:  # "Revenue for the third quarter ended October 26 rose 62% from a year earlier to $57.01bn"
        measure = _MEASURE_NAMED.match(sentence, m.end() if (m := _OPENING.match(sentence)) else 0)
        if measure and measure.end() <= toks[verb].start:
            return ObjectPhrase(measure.group(0).lower(), verb, verb + 1)
    return found


def _whose(sentence: str, toks: list[Tok], found: ObjectPhrase) -> str | None:
    """The thing a measure after ", whose" is of, where a common noun names it: "AI chips, whose sales"."""
    k = found.first
    if k < 3 or toks[k - 1].text.lower() != "whose" or toks[k - 2].text != ",":
        return None
    owner = _span(sentence, toks, *_phrase_before(toks, k - 2))
    return owner.text if owner and owner.text.split()[-1].islower() else None


def _during_before(toks: list[Tok], verb: int) -> int | None:
    """Where "in the quarter" or "in the three months to September" opens between a noun and its verb, else None."""
    k = verb - 1
    while k > 0 and (toks[k].text.lower() in _DURING_WORDS or toks[k].text.lower() in DETERMINERS
                     or toks[k].text.lower() in MONTHS or toks[k].text.isdigit() or toks[k].text in _SPAN_DASHES):
        k -= 1
    if k < 1 or k >= verb - 1 or toks[k].text.lower() not in ("in", "for", "during", "over") \
            or not any(t.text.lower() in PERIOD_WORDS or t.text.lower() in MONTHS for t in toks[k + 1 : verb]) \
            or not _wordlike(toks[k - 1].text) or toks[k - 1].text.lower() in PHRASE_ENDS:
        return None
    return k


def _opener_lowered(found: ObjectPhrase | None) -> ObjectPhrase | None:
    """A measure opening its sentence ("Revenue in the quarter rose"), in lower case as a measure is written."""
    if found is None or found.text.split()[0].lower() not in COMMON_OPENERS:
        return found
    return replace(found, text=found.text[0].lower() + found.text[1:])


_DURING_WORDS = PERIOD_WORDS | frozenset("three six nine twelve to ended ending through".split())
_SPAN_DASHES = frozenset("-–")  # "in the July-September quarter"
_OPENING = re.compile(r"\s*(?:the |its |their )?", re.I)
_HELD_IN_REACH = 6  # tokens from "in" to "to" in "raised its stake in the bitcoin miner to 14%"


SEGMENTED = {"revenue": "revenue", "revenues": "revenue", "sales": "revenue", "profit": "profit",
              "income": "income", "earnings": "earnings"}  # a measure of the part of a business named after it


def _held_in(sentence: str, toks: list[Tok], first: int, stake: ObjectPhrase) -> ObjectPhrase:
    """A stake in what a relative clause before it names: "Collahuasi, in which Anglo holds a 44% stake"."""
    held = _HELD_IN.search(sentence, 0, toks[first].start)
    return replace(stake, text=f"stake in {held['name']}") if held else stake


_HELD_IN = re.compile(r"(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}),? in which [^,;]{1,40}$")
# A site a sum is spent at, named after it: " at its Toledo, Ohio, complex", " at the Kokomo plant"
_AT_SITE = re.compile(r" (?:at|on) (?:its|the|their) (?P<place>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)(?:, [A-Z][\w.]*,)?"
                      r" (?:[a-z-]+ )?(?:complex|plant|site|factory|facility|campus|fab|mine|works)\b")
_SITE_SPENDING = frozenset({"investment", "spending", "commitment", "allocation", "budget"})
# A price that counts the target's debt: the enterprise value ("for €9.8bn, including debt", "Including debt, the
# deal values Altair at $10.6 billion"), not the price of its shares
_WITH_DEBT_AFTER = re.compile(r",? (?:including|includ(?:es|ing) its|with) (?:net )?debt\b")
_WITH_DEBT_BEFORE = re.compile(r"\s*(?:Including|With|Counting) (?:[A-Z][\w.-]*['’]s )?(?:net )?debt,")
_VALUE_WORDS = frozenset("valuation value deal purchase acquisition price".split())
# What a sentence opening with a part of a business measures is of that part: "The gaming business reported"
_SEGMENT_OPENING = re.compile(r"\s*(?:The|Its|Their) (?P<part>[a-z][\w-]*(?: [a-z][\w-]*)?) "
                              r"(?P<noun>business|segment|division|unit|arm)\b")


def _adverbs_before(toks: list[Tok], verb: int) -> int:
    """The first of the adverbs and hedges right before a verb ("more than doubled", "also rose")."""
    while verb > 0 and toks[verb - 1].text.lower() in _VERB_ADVERBS:
        verb -= 1
    return verb


_VERB_ADVERBS = ADVERBS | frozenset("more than nearly almost".split())


@lru_cache(maxsize=4096)
def _relative_clauses(sentence: str) -> tuple[re.Match[str], ...]:
    """The clauses ", which ...," and ", who ...," between what acts and its verb ("Revenue, which has X, rose")."""
    return tuple(_RELATIVE.finditer(sentence)) if ", wh" in sentence else ()


_DEMAND_NOUNS = frozenset("demand orders bids bookings".split())  # "Demand for the bonds", "Orders for the deal"
_DEMAND_REACH = 6  # tokens between "for" and the phrase before a verb ("Orders for the six-part deal")


def _in_relative_clause(sentence: str, at: int) -> bool:
    """Whether the character at `at` is inside one of the sentence's relative clauses (names there do not act)."""
    return any(c.start() < at < c.end() for c in _relative_clauses(sentence))


_CLAUSE_VERBS = sorted({v for v in CHANGE_BEFORE if v.isalpha() and v not in CHANGE_NON_VERBS}
                       | set("is was are were has have had will would reached stood totalled said says owns owned "
                             "holds held".split()),
                       key=len, reverse=True)  # a verb resuming the sentence after a relative clause
_RELATIVE = re.compile(r", (?:which|who|whose) (?:(?!, wh)[^;:()]){3,200}?, "
                       r"(?=(?:(?:more than|nearly|almost|also|now|still) )?(?:" + "|".join(_CLAUSE_VERBS)
                       + r"|[a-z]{2,}ed)\b)")  # or any verb in the past: "The company, whose chips ..., relied on"


_APPOSITION_REACH = 16  # tokens of an apposition between what rose and its verb
_RISE_REACH = 9  # tokens between a verb and the "to" before its figure ("raised its 2025 capital spending forecast to",
# "rose 62% from a year earlier to")


_EMPLOYS = frozenset({"employs", "employed", "employ", "employing"})
# Words after a count and a hyphen that say how the count is meant, not what it counts: "a 150-strong team"
_NOT_COUNTED = frozenset("strong odd plus fold".split())


def _count_object(toks: list[Tok], first: int, last: int) -> ObjectPhrase | None:
    """What a count measures, from words that say it whatever noun follows.

    A compound ("a 52,000-seat stadium": capacity), or the verb before it ("will seat 55,000
    supporters", "holds 52,000 people": capacity; "will employ 2,500 workers": employees).
    """
    compound = toks[last + 1].text.lower() if last + 1 < len(toks) and toks[last].text == "-" else ""
    if compound in COUNT_COMPOUNDS:
        return ObjectPhrase(COUNT_COMPOUNDS[compound], last + 1, last + 2)
    if compound.isalpha() and compound not in _NOT_COUNTED and last + 2 < len(toks) and toks[last + 2].text.isalpha() \
            and toks[last + 2].text.islower():
        return ObjectPhrase(compound, last + 1, last + 2)  # "the 176-turbine project": turbines, "a 600-bed hospital"
    k = _past_record(toks, _word_before(toks, first))  # "delivered a record 497,099 vehicles": deliveries
    if k > 0 and toks[k].text.lower() == "for" and toks[k - 1].text.lower() in ("order", "orders"):
        firm = k > 1 and toks[k - 2].text.lower() == "firm"  # "placed a firm order for 30 Airbus A350-900 jets"
        return ObjectPhrase("firm order" if firm else "order", k - 1 - firm, k)
    if k >= 0 and toks[k].text.lower() in COUNT_VERBS:
        return ObjectPhrase(COUNT_VERBS[toks[k].text.lower()], k, k + 1)
    if last + 1 < len(toks) and toks[last + 1].text.lower() in COUNT_VERBS and toks[last].text.isalpha():
        return ObjectPhrase(COUNT_VERBS[toks[last + 1].text.lower()], last, last + 2)  # "412k vehicles delivered"
    if k > 0 and toks[k].text.lower() == "over" and toks[k - 1].text.lower() in HAND_VERBS:
        return ObjectPhrase("deliveries", k - 1, k + 1)  # "handed over 766 aircraft"
    if k >= 0 and (toks[k].text.lower() in CUT_VERBS or k >= 2 and lets_go(*(t.text for t in toks[k - 2 : k + 1]))) \
            and last < len(toks) \
            and toks[last].text.lower() in PERSON_NOUNS \
            and (last + 1 == len(toks) or toks[last + 1].text.lower() not in JOB_NOUNS):
        return ObjectPhrase("jobs", k, k + 1)  # "laying off 11,000 people": job cuts (not "cut 4,700 staff jobs")
    named = k > 0 and toks[k - 1].text[:1].isupper() \
        or k > 2 and toks[k - 1].text == "which" and toks[k - 2].text == "," and toks[k - 3].text[:1].isupper()
    if named and toks[k].text.lower() in _EMPLOYS and last < len(toks) \
            and toks[last].text.lower() in PERSON_NOUNS:  # "Spirit employs about 20,000 people": its employees
        return ObjectPhrase("employees", last, last + 1)  # (not "the site would employ 350 people": a site's jobs)
    if k >= 0 and toks[k].text.lower() in HOLD_VERBS and last < len(toks) and toks[last].text.lower() in CAPACITY_NOUNS:
        return ObjectPhrase("capacity", k, k + 1)
    return None


def object_for(sentence: str, toks: list[Tok], first: int, last: int, kind: str,
               scaled_only: bool, document: DocumentWords | None = None) -> ObjectPhrase | None:
    """The counted or measured thing for the figure at tokens [first, last) (first includes hedges).

    A noun that only restates the figure's kind ("150 megawatts of power", "cluster size: 2 GW") gives
    the kind's default object (capacity), as a figure with no noun does, and so does a thing the
    figure describes that the sentence names ("a 1-gigawatt cluster called Stargate UAE").
    """
    k = _word_before(toks, first, DETERMINERS | _REMAINING)
    if kind == "percent" and _WORTH_AFTER.match(sentence, toks[last - 1].end):
        return ObjectPhrase("stake", first, last)  # "- Microsoft: 32%, worth about $135 billion": a stake
    if kind == "percent" and _NOT_OWNED_AFTER.match(sentence, toks[last - 1].end):
        return ObjectPhrase("remaining stake", first, last)  # "buy the 37% of Hang Seng it does not already own"
    premium = _PREMIUM_AFTER.match(sentence, toks[last - 1].end) if kind == "percent" else None
    if premium:  # "The price is 15 per cent above Friday's close": the offer's premium
        return ObjectPhrase("discount" if premium["side"].lower() in _BELOW else "premium", first, last)
    if kind == "percent" and k >= 0 and toks[k].text.lower() in _HOLD_STAKE:
        return _held_in(sentence, toks, first, ObjectPhrase("stake", k, k + 1))  # "Meta will retain 20%"
    if kind == "percent" and k >= 0 and _SHARE_OF_NAME.match(sentence, toks[last - 1].end) \
            and (toks[k].text.lower() in _TAKE_SHARE or (k > 0 and toks[k].text.lower() == "of"
                                                           and toks[k - 1].text.lower() in _TAKE_SHARE)
                 or toks[k].text.lower() == "for" and _PAID_BEFORE.search(sentence, 0, toks[k].start)):
        return ObjectPhrase("stake", k, k + 1)  # "takes 41 per cent of ITA Airways", "its purchase of 41% of ITA",
        # "will pay about DKK39bn for 50 per cent of Hornsea 3"
    if kind in DEFAULT_OBJECTS and k >= 0 and toks[k].text.lower() in _TOTALLING:
        return ObjectPhrase(DEFAULT_OBJECTS[kind], k, k + 1)  # "three plants, totaling 2,262 megawatts": capacity
    priced = (_PRICE_PER_AFTER.match(sentence, toks[last - 1].end)
              or _PRICE_PER_END.search(sentence, toks[first].start, toks[last - 1].end)) if kind == "money" else None
    if priced and _PRICED_BEFORE.search(sentence, max(0, toks[first].start - 30), toks[first].start):
        return ObjectPhrase(f"{_PRICE_ADVERBS[priced['per'].lower()]} price", first, last)  # "will cost €11.99 a month"
    if kind == "money" and _planned_sum(toks, first, last):
        return ObjectPhrase("investment plan", first, last)  # "beyond its earlier plan of 380 billion yuan"
    if kind == "money" and _bought_back(toks, first):
        return ObjectPhrase("share buyback", first, last)  # "will buy back a further £3.5bn of shares"
    if kind == "money" and _CONTINGENT_AFTER.match(sentence, toks[last - 1].end):
        return ObjectPhrase("contingent payment", first, last)  # "up to a further $2.25 billion if it hits targets"
    if kind == "money" and _forgone(sentence, toks[first].start, toks[last - 1].end):
        return ObjectPhrase("lost revenue", first, last)  # "will miss out on roughly $8 billion in H20 sales"
    found = _object_for(sentence, toks, first, last, kind, scaled_only, document)
    day = _DAY_OPENING.match(found.text) if found else None
    if found and day and day.end() < len(found.text):  # "Black Friday online spending of $11.7 billion": when
        found = replace(found, text=found.text[day.end():])
    spelled = SPELLED_MEASURE.search(sentence, 0, toks[found.last - 1].end) if found and found.last > 0 else None
    if found and spelled:  # "adjusted earnings before interest and taxes of $6 billion": adjusted EBIT
        found = replace(found, text=spelled_measure(spelled))
    if found and kind == "count" and found.first >= last and found.last + 1 < len(toks) \
            and toks[found.last].text.lower() == "as" and _plural_word(toks[found.last + 1].text) \
            and toks[found.last + 1].text.islower():  # "counts more than 6,500 companies as customers": customers
        return ObjectPhrase(toks[found.last + 1].text, found.last + 1, found.last + 2)
    if found and found.text.lower() == "stake":
        return _held_in(sentence, toks, first, found)
    deal = _deal_of_value(toks, found.first) if kind == "money" and found and found.text.lower() == "value" else None
    if found and deal:  # "lifting the contracts' expected value to $11bn": the contracts' value, a deal's
        return replace(found, text=f"{deal} value")
    site = _AT_SITE.match(sentence, toks[last - 1].end) if kind == "money" and found \
        and found.text.lower() in _SITE_SPENDING else None
    if found and site:  # "will also spend $400 million at its Toledo, Ohio, complex": that site's spending
        return replace(found, text=f"{found.text} at {site['place']}")
    if kind == "money" and (_WITH_DEBT_AFTER.match(sentence, toks[_past_brackets(toks, last, _GLOSS_TOKENS) - 1].end)
                            or _WITH_DEBT_BEFORE.match(sentence) and found and found.text.lower() in _VALUE_WORDS):
        return ObjectPhrase("enterprise value", last, last)  # "for around €9.8bn, including debt"
    head = found.text.lower().rsplit(" ", 1)[-1] if found else ""
    segment = _SEGMENT_OPENING.match(sentence) if head in SEGMENTED else None
    if found and segment and segment.end() <= toks[first].start:  # "The gaming business reported revenue of $4.3bn",
        if found.text.lower() in SEGMENTED:
            return replace(found, text=f"{segment['part']} {SEGMENTED[found.text.lower()]}")
        # "Its chip division posted an operating profit of 7 trillion won": the division's, never the whole's
        return replace(found, text=f"{segment['part']} {segment['noun']} {found.text.lower()}")
    owner = _whose(sentence, toks, found) if found and head in SEGMENTED else None
    if found and owner:  # "driven by AI chips, whose sales grew 74 per cent to $6.5bn": the chips' revenue
        return replace(found, text=f"{owner} {SEGMENTED[head]}")
    each = _EACH.search(sentence, 0, toks[first].start) if found and kind == "money" else None
    if found and each and "per " not in found.text:  # "Each gigawatt of capacity costs $50 billion": a rate
        return replace(found, text=f"{found.text} per {each['noun'].lower()}")
    if found and kind in KIND_NOUNS and (found.text.lower().split()[0] in KIND_NOUNS[kind]
                                         or found.text.lower().split()[-1] in _SIZE_WORDS
                                         or _kind_noun_described(found.text, kind)
                                         or found.text.lower() in _IN_SERVICE) \
            and found.text.lower().split()[-1] not in CHANGE_NOUNS:  # "- Generation lost:" is a change of it
        found = replace(found, text=DEFAULT_OBJECTS[kind])  # "150 megawatts of power", "Cluster size: 2 GW"
    if found and kind in DEFAULT_OBJECTS and found.text == DEFAULT_OBJECTS[kind]:
        phase = _phase(toks, first, last) or _phase_before(toks, first, KIND_NOUNS.get(kind, frozenset()))
        return replace(found, text=f"{phase} {found.text}") if phase else found
    if found and kind in DEFAULT_OBJECTS and found.first >= last and first > 0 \
            and toks[first - 1].text.lower() in _ARTICLES and toks[last].text.lower() != "of" \
            and found.last > found.first and _NAMED_AFTER.match(sentence, toks[found.last - 1].end):
        return replace(found, text=DEFAULT_OBJECTS[kind])  # "a 1-gigawatt cluster called Stargate UAE": its capacity
    if found and kind in DEFAULT_OBJECTS and found.first == last and found.last == last + 1 and first > 0 \
            and toks[first - 1].text == "The" and found.text.lower() in SITE_NOUNS:
        return replace(found, text=DEFAULT_OBJECTS[kind])  # "The 615-megawatt plant, ...": the plant's capacity
    return found


# A day's name opening an object phrase, or the weekday left of it: "(Black) Friday online spending"
_DAY_OPENING = re.compile(rf"(?:{'|'.join(NAMED_DAYS)}|(?:{'|'.join(WEEKDAYS)})\b)\s+", re.I)


# After a percentage, a price it is above or below: "15 per cent above Friday's close", "a 20% premium over"
# is read as any noun is
_PREMIUM_AFTER = re.compile(r"\s+(?P<side>above|below|higher than|lower than|over|under)\s+(?:the\s+|its\s+|their\s+"
                            r"|[A-Z][\w.&-]*['’]s?\s+)?(?:[\w-]+\s+){0,2}?(?:closing|close|share|stock|market|trading)"
                            r"(?:\s+(?:share\s+)?price)?\b", re.I)
_BELOW = frozenset({"below", "lower than", "under"})
# A price paid per month, week or day: "Premium will cost €11.99 a month", "charges $17.99 per month"
_PRICED_BEFORE = re.compile(r"\b(?:costs?|costing|charges?|charging|priced at|sells? for)\s+(?:just\s+|only\s+)?$",
                            re.I)
_PRICE_PER_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?P<per>month|week|day)\b", re.I)
_PRICE_PER_END = re.compile(r"(?:\s(?:a|per|each|every)\s|/)(?P<per>month|week|day)$", re.I)  # the figure's own rate
_PRICE_ADVERBS = {"month": "monthly", "week": "weekly", "day": "daily"}


def _bought_back(toks: list[Tok], first: int) -> bool:
    """Whether a sum is what a company buys back of its shares: "buy back a further £3.5bn", "repurchased $5bn"."""
    k = first - 1
    while k >= 0 and toks[k].text.lower() in _TRANCHE_WORDS:
        k -= 1
    word = toks[k].text.lower() if k >= 0 else ""
    return word in _REPURCHASE or (word == "back" and k > 0 and toks[k - 1].text.lower() in _BUY_FORMS)


_TRANCHE_WORDS = frozenset({"a", "an", "another", "further", "additional", "extra"})
_REPURCHASE = frozenset({"repurchase", "repurchases", "repurchased", "repurchasing"})
_BUY_FORMS = frozenset({"buy", "buys", "bought", "buying"})


# After a sum, that it is paid only if targets are met: "if the startup hits revenue targets", "depending on the
# unit's results", "tied to milestones"
_CONTINGENT_AFTER = re.compile(r"(?:\s+\([^)]*\))?,?\s+(?:if|depending on|subject to|tied to|based on|contingent on)\b"
                               r"[^.;]{0,60}?\b(?:targets?|milestones?|results|performance|goals)\b")
# Before a sum, that it is sales not made: "deprive it of about $8bn of sales", "miss out on $8 billion in sales",
# "a loss of about $8 billion in H20 sales", "forgo $2bn of revenue"
_FORGONE_BEFORE = re.compile(r"(?:\bdepriv(?:e|es|ed|ing)\b[^,;.$€£]{0,20}\bof"
                             r"|\b(?:miss|misses|missed|missing|lose|loses|losing|lost) out on"
                             r"|\bforg(?:o|oes|one|went|oing)|\b(?:a |the )?loss of)\s*$", re.I)
_SALES_AFTER = re.compile(r" (?:of|in) (?:[\w-]+ ){0,2}?(?:sales|revenue|revenues|business)\b", re.I)


def _planned_sum(toks: list[Tok], first: int, last: int) -> bool:
    """Whether a sum is a plan's, named by the noun "plan" alone: "a $53 billion plan", "its plan of 380 billion yuan".

    ("plans to" is a verb; "a $5bn buyback plan" says what it plans, and is read as any noun phrase is.)
    """
    after = toks[last].text.lower() if last < len(toks) else ""
    following = toks[last + 1].text.lower() if last + 1 < len(toks) else ""
    before = [t.text.lower() for t in toks[max(0, first - 2) : first]]
    return (after in _PLAN_NOUNS and following != "to") or (len(before) == 2 and before[0] in _PLAN_NOUNS
                                                             and before[1] == "of")


_PLAN_NOUNS = frozenset({"plan", "plans", "programme", "program"})


def _forgone(sentence: str, start: int, end: int) -> bool:
    """Whether the sum at [start, end) is revenue lost: sales written after it, a verb of losing them before."""
    return _FORGONE_BEFORE.search(sentence, max(0, start - 40), start) is not None \
        and _SALES_AFTER.match(sentence, end) is not None


def verb_before_by(words: Sequence[str], by: int) -> int | None:
    """Where the change verb of "raised its quarterly dividend by 5 cents" is, its own object between it and "by".

    `by` is the index of "by". None when "by" follows the verb ("rose by 5%", read as any change verb
    is) or no change verb comes within BY_OBJECT_WORDS words of the clause.
    """
    for k in range(by - 1, max(-1, by - 1 - BY_OBJECT_WORDS), -1):
        word = words[k].lower()
        if word in CHANGE_BEFORE:
            return k if k < by - 1 and word not in CHANGE_NON_VERBS else None
        if not word.replace("-", "").isalpha() or word in _CLAUSE_WORDS:
            return None
    return None


BY_OBJECT_WORDS = 5  # words of "its quarterly cash dividend" between a change verb and "by"
_CLAUSE_WORDS = frozenset({"and", "but", "or", "that", "which", "who", "while", "after", "as"})


def _changed_by(sentence: str, toks: list[Tok], first: int) -> ObjectPhrase | None:
    """What changed, for a figure after "verb <object> by" or after the new level's "to" that follows one.

    "raised its quarterly dividend by 5 cents to 45 cents": both figures are the quarterly dividend's.
    """
    k = first - 1
    if k > 0 and toks[k].text.lower() == "to":  # past the change figure: "by 5 cents to"
        k = next((j for j in range(k - 1, max(0, k - 5), -1) if toks[j].text.lower() == "by"), -1)
        if k < 0 or not any(t.text[:1].isdigit() for t in toks[k + 1 : first - 1]):
            return None
    if k <= 0 or toks[k].text.lower() != "by":
        return None
    verb = verb_before_by([t.text for t in toks[: k + 1]], k)
    if verb is None:
        return None
    start = verb + 1
    while start < k and toks[start].text.lower() in DETERMINERS:
        start += 1
    return _span(sentence, toks, start, k)


def _kind_noun_described(text: str, kind: str) -> bool:
    """Whether a phrase is the kind's own noun described by plain words: "nuclear power", "carbon-free electricity".

    Such words say where the power comes from, not what is measured: "750 megawatts of nuclear power"
    is a capacity as "500 megawatts" is. Words that make it another part of a project keep it apart:
    "additional capacity", "new power" (an increment), "planned capacity" (a phase); so do words that
    name another measure ("gross power", "computing power", see _OTHER_MEASURE).
    """
    words = text.split()
    return len(words) > 1 and words[-1].lower() in KIND_NOUNS[kind] \
        and all(_PLAIN_WORD.fullmatch(w) and w not in INCREMENT_WORDS and w not in PHASE_WORDS for w in words[:-1]) \
        and not _OTHER_MEASURE.intersection(words)


# Words that make the kind's noun another measure: "gross power" (not the critical IT load), "peak power",
# "computing power" (what a data centre computes with)
_OTHER_MEASURE = frozenset({"gross", "net", "peak", "critical", "installed", "contracted", "computing", "compute",
                            "computational", "processing"})


_PLAIN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_TOTALLING = frozenset({"totaling", "totalling", "totaled", "totalled"})  # what a figure totals: the kind's default
_DEAL_REACH = 5  # tokens before "worth" that may name the deal it values ("the deal is expected to be worth")
_SEVERAL_DEALS = frozenset({"contracts", "agreements"})  # worth a sum together: no deal, nor anyone's valuation
# Verbs whose percentage is a stake held: "will own 80% of the project", "Meta keeps 20 per cent"
_HOLD_STAKE = frozenset("own owns owned owning retain retains retained retaining keep keeps kept keeping hold holds "
                        "held holding".split())
_WORTH_AFTER = re.compile(r",? (?:worth|valued at)\b")
# Verbs and nouns that take a share of a company named after it: "takes 41 per cent of ITA Airways"
_TAKE_SHARE = frozenset("take takes took taking buy buys bought buying acquire acquires acquired acquiring purchase "
                        "purchases purchased purchasing sale sell sells sold selling".split())
_SHARE_OF_NAME = re.compile(r" of (?:the )?[A-Z]")
_PAID_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(PAY_VERBS))})\b[^;]*$")  # a sum paid "for" a share, earlier
# After a share, that its buyer does not own it yet: the rest of a company, not the buyer's stake
_NOT_OWNED_AFTER = re.compile(r"(?: of (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})?,? (?:that |which )?"
                              r"(?:it|they|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}) "
                              r"(?:(?:does|do|did) not|doesn['’]t|don['’]t|didn['’]t) (?:already |yet )?"
                              r"(?:own|hold|control)\b")
# Which part of a sum paid in parts a figure is, between its verb and it: "has paid the last $22.5bn" is a payment
_PARTS_PAID = frozenset("first last final initial".split())  # the part of a sum paid in parts a payment is
_INSTALMENTS = _PARTS_PAID | frozenset("remaining second third next".split())
_PAID_FIRST_AFTER = re.compile(r"\s+(?:at|on) (?:closing|signing|completion)\b|\s+up ?front\b")  # the first part paid
_REMAINING = frozenset("remaining other rest".split())  # "holding the remaining 37.6 per cent": a stake still
# "Each gigawatt of capacity costs ...", "every new store costs ...": what a sum after it is the rate of
_EACH = re.compile(r"\b(?:[Ee]ach|[Ee]very) (?:new |additional |extra )?(?P<noun>[a-zA-Z]+)\b[^,;:.]*$")


def _phase(toks: list[Tok], first: int, last: int) -> str | None:
    """The project phase the words before a figure name: "an initial 230 MW", "will start with 230 MW".

    "up to 5 GW later", "could later grow to 5 GW", "5 gigawatts over the years": the eventual capacity
    ("will scale to 1 gigawatt" is the capacity a site is built for, as a blog's "Capacity: 1 GW" is).
    """
    k = first - 1
    if k >= 0 and toks[k].text.lower() in PHASE_WORDS:
        return "initial" if toks[k].text.lower() == "starting" else toks[k].text.lower()
    if k >= 1 and toks[k].text.lower() == "first" and toks[k - 1].text.lower() in ("the", "its", "a", "an"):
        return "initial"  # "The first 300 MW is due online in 2027": the first phase
    if k >= 1 and toks[k].text.lower() in _BUILD_VERBS and toks[k - 1].text.lower() == "to":
        return "new"  # "awarded rights to build 2.5 gigawatts of offshore wind capacity": capacity to come
    if k >= 1 and toks[k].text.lower() == "with" and toks[k - 1].text.lower() in START_VERBS:
        return "initial"
    after = " ".join(t.text.lower() for t in toks[last : last + 4])
    if _LATER_AFTER.match(after) or any(t.text.lower() == "later" for t in toks[max(0, first - 4) : first]):
        return "eventual"  # "2 GW by 2030, up to 5 GW later", "could later grow to 5 GW"
    return None


# After a figure, words that put it in a later phase: "5 GW later", "5 gigawatts over several years"
_LATER_AFTER = re.compile(r"later\b|over (?:time|(?:several|many|the|the coming|the next few|coming) years)\b")


def _phase_before(toks: list[Tok], first: int, nouns: frozenset[str]) -> str | None:
    """The phase of the kind's noun written just before a figure, past names in it.

    "lifting Stargate's planned U.S. capacity to more than 8 GW", "- Total planned Stargate capacity: almost 7 GW".
    """
    k = next((k for k in range(first - 1, max(-1, first - _PHASE_REACH), -1) if toks[k].text.lower() in nouns), -1)
    k -= 1
    while k >= 0 and (toks[k].text[:1].isupper() or toks[k].text in (".", "'s", "’s")):
        k -= 1
    return toks[k].text.lower() if k >= 0 and toks[k].text.lower() in _NAMED_PHASES else None


_PHASE_REACH = 6  # tokens before a figure (its hedge, "to", a label's colon) searched for the kind's noun
_NAMED_PHASES = PHASE_WORDS - {"starting"}  # "starting" names a phase only before the figure ("a starting 230 MW")


_FROM_LISTING = re.compile(r" from (?:its|their|the) (?:stock market |share |New York |U\.S\. )?"
                           r"(?:listing|IPO|initial public offering|flotation|share sale|offering)\b")
_PARTITIVE = frozenset("the its their those these".split())  # "5,000 of the job cuts", "2,000 of its staff"


def _past_brackets(toks: list[Tok], k: int, reach: int = 8) -> int:
    """The token after a short bracket opening at k ("30 billion euro ($33.4 billion) chip plant"), else k.

    Short: closed within `reach` tokens of its opening.
    """
    if k < len(toks) and toks[k].text == "(":
        close = next((j for j in range(k + 1, min(len(toks), k + reach)) if toks[j].text == ")"), None)
        if close is not None:
            return close + 1
    return k


def _deal_of_value(toks: list[Tok], at: int) -> str | None:
    """The deal whose value the phrase at `at` is, written as its owner: "the contracts' expected value" -> contract."""
    while at > 0 and toks[at - 1].text.lower() in _VALUE_MODIFIERS:
        at -= 1
    if at < 2 or toks[at - 1].text not in _OWNER_TOKENS:
        return None
    noun = singular(toks[at - 2].text.lower())
    return noun if noun in DEAL_NOUNS else None


_VALUE_MODIFIERS = frozenset({"expected", "estimated", "total", "combined", "potential"})


def _object_for(sentence: str, toks: list[Tok], first: int, last: int, kind: str,
                scaled_only: bool, document: DocumentWords | None) -> ObjectPhrase | None:
    def span(a: int, b: int) -> ObjectPhrase | None:
        return _span(sentence, toks, a, b)

    unit_written = kind not in ("count", "number")
    k = first - 2
    if k >= 0 and toks[k].text.lower() == "equivalent" and toks[k + 1].text.lower() in ("to", "of"):
        # "compute equivalent to 600,000 H100s": a measure of the compute, not a count of H100s
        before = k - 1 if k > 0 and toks[k - 1].text.lower() == "the" else k
        measured = _span(sentence, toks, *_phrase_before(toks, before))
        return ObjectPhrase(f"{measured.text} equivalent" if measured else "equivalent", k, k + 1)
    if k >= 1 and toks[k + 1].text.lower() == "of" and toks[k].text.lower() in ("power", "compute") \
            and (toks[k].text.lower() == "compute" or toks[k - 1].text.lower() in ("computing", "processing")):
        return ObjectPhrase("compute equivalent", k, k + 1)  # "the computing power of nearly 600,000 H100s"
    k = _word_before(toks, first, _HEDGED)
    if not unit_written and k > 0 and toks[k].text.lower() in _NUMBERS_VERBS:
        k = _word_before(toks, k, ADVERBS)  # "Its fleet currently numbers about 250 aircraft": the fleet
        found = span(*_phrase_before(toks, k + 1))
        if found:
            return found
    if not unit_written:
        found = _count_object(toks, first, last)
        if found:
            return found
    elif first > 1 and toks[first - 1].text.lower() == "of" and toks[first - 2].text.lower() in _AMOUNT_WORDS:
        # "a total of 750 MW": the figure alone, of what the sentence measures
        first -= 3 if first > 2 and toks[first - 3].text.lower() in ("a", "the") else 2
    if unit_written and first > 0 and toks[first - 1].text.lower() == "of" \
            and not (last + 1 < len(toks) and toks[last].text.lower() == "of" and toks[last + 1].text.islower()):
        found = span(*_phrase_before(toks, first - 1))  # "capacity of 5 GW" (not "control of 1.3 GW of gross power")
        if found:
            return found
    rate = _rate(sentence, toks, first, last) if kind == "money" else None
    label = _list_label_object(sentence, toks, first)
    if label and not (rate and label.text.lower() in _PLAIN_RATES):  # "The price: $113 per share": a rate
        model = None if unit_written else _model_after(toks, last)
        if model is not None:  # "- GPUs: 131,072 AMD Instinct MI450": the model's GPUs
            return ObjectPhrase(f"{sentence[toks[last].start : toks[model - 1].end]} {label.text}", last, model)
        return label
    if rate:
        return rate
    if FORECAST_AFTER.match(sentence, toks[last - 1].end):
        return None  # "ahead of the $7.5 billion analysts had expected": what the figure it is set against measures
    k = _past_brackets(toks, last)
    partitive = not unit_written and k + 1 < len(toks) and toks[k].text.lower() == "of" \
        and toks[k + 1].text.lower() in _PARTITIVE
    if kind == "money" and k + 1 < len(toks) and toks[k].text.lower() == "worth" and toks[k + 1].text.lower() == "of":
        k += 1  # "ordered $12 billion worth of custom AI chips": the chips
    if not unit_written and k + 1 < len(toks) and toks[k].text.lower() in ("are", "were") \
            and _plural_word(toks[k + 1].text):
        k += 1  # "11,500 people, of whom 3,200 are pilots": pilots
    if k < len(toks) and toks[k].text.lower() == "of":
        k += 1
        j = k
        while kind == "percent" and j < len(toks) and (toks[j].text.lower() in DETERMINERS or toks[j].text.lower()
                                                       in HEDGES):
            j += 1
        if kind == "percent" and j + 1 < len(toks) and _DIGITS.fullmatch(toks[j].text) and toks[j + 1].text.isalpha():
            k = j + 1  # "about 13% of its roughly 100,000 employees": a share of the employees
        if k < len(toks) and toks[k].text.lower() in _PLURAL_PRONOUNS:
            found = _antecedent(sentence, toks, first)
            if found and found.first > 0 and _DIGITS.fullmatch(toks[found.first - 1].text):
                return replace(found, text=f"{found.text} (part)")  # "20,000 people, some 13,000 of them": a part
            if found:  # "co-develop custom accelerators and deploy 10GW of them": accelerators
                return found
    if kind == "money" and _VALUED_AFTER.match(sentence, toks[last - 1].end):  # "the $6.9bn the startup was
        return ObjectPhrase("valuation", last, last)  # valued at": no startup counted; "the $25 billion it was
        # valued at in October" (before _money_object, which never sees such a sum)
    a, b = _phrase_after(toks, k) if k >= len(toks) or toks[k].text.lower() not in _RELATIVES else (k, k)
    found = span(a, b)  # (a relative clause after the figure names no object: "10 billion euros that the state")
    if found and partitive:  # "About 5,000 of the job cuts will be in Denmark": a part of them
        return replace(found, text=f"{found.text} (part)")
    if found and kind == "percent" and found.text.lower() in _OWNED_PARTICIPLES:
        return ObjectPhrase("stake", a, b)  # "22 per cent owned by Japan's Morita Corp"
    if found and kind == "percent" and b < len(toks) and toks[b].text.lower() in ("in", "of") \
            and found.text.lower() != "stake":  # "a 30% stake in the project": a stake
        a2, b2 = _phrase_after(toks, b + 1)
        found = span(a2, b2) or found
    elif found and kind == "percent" and b == a + 1 and toks[a].text.lower() in CHANGE_AFTER:
        found = None  # "a 94 per cent jump": a change, of what the sentence measured before it
    if found:
        return found
    if first > 0 and toks[first - 1].text.lower() == "of":
        found = span(*_phrase_before(toks, first - 1))
        if found:
            return found
    if first > 1 and toks[first - 1].text.lower() in ("with", "to") and toks[first - 2].text.lower() == "compared":
        return None  # "compared with $1.3 billion": the figure it is compared with says what (extract._carried_objects)
    found = _changed_by(sentence, toks, first)
    if found:
        return found
    if kind == "money":
        found = _money_object(sentence, toks, first, last, document)
        if found:
            return found
    else:
        before = _word_before(toks, first, DETERMINERS | _QUOTES)
        found = _risen_to(sentence, toks, before) or _brought_to(sentence, toks, _word_before(toks, first, _HEDGED))
        if found:
            return found
    k = first - 1
    if k > 0 and toks[k].text.lower() == "by":
        k -= 1
    if k > 0 and (toks[k].text.lower() in LINKERS or toks[k].text.lower() in CHANGE_BEFORE):
        while k > 1 and toks[k - 1].text.lower() in LINKERS:  # "a deal valued at $2bn": the deal
            k -= 1
        if k > 1 and toks[k].text.lower() == "at" and (toks[k - 1].text.lower() in START_VERBS
                                                        or toks[k - 1].text.lower() in _LEVEL_VERBS):
            k -= 1  # "the campus would start at 1 gigawatt": the campus; "inflation stood at 2.2%": inflation
        while k > 1 and (toks[k - 1].text.lower() in AUXILIARIES or toks[k - 1].text.lower() in ADVERBS):
            k -= 1  # "Oracle's order backlog has now reached $455bn": the backlog
        during = _during_before(toks, k)
        a, b = _phrase_before(toks, during if during is not None else k)  # "Sales in the quarter rose 10%": sales
        asked = next((j for j in range(a - 1, max(0, a - _DEMAND_REACH), -1) if toks[j].text.lower() == "for"
                      and toks[j - 1].text.lower() in _DEMAND_NOUNS), None)
        if asked is not None:  # "Demand for the bonds reached about $88bn", "Orders for the six-part deal peaked"
            a, b = asked - 1, asked
        found = _past_participle(sentence, toks, span(a, b))
        found = _opener_lowered(found) if during is not None and a == 0 else found
        if found:  # "Consumer price inflation in the UK reached 3.8 per cent": inflation
            found = _measured_in(sentence, toks, found) or found
        if found is None and k > 1 and toks[k - 1].text.lower() in ("that", "which"):
            found = span(*_phrase_before(toks, k - 1))  # "a construction bill that reached $4.3 billion": the bill
        if found and kind in DEFAULT_OBJECTS and (found.text.lower() in _OPERATE_VERBS or all(
                w[:1].isupper() for w in found.text.split())):  # "Atlas ... runs at 300 megawatts": its capacity;
            return ObjectPhrase(DEFAULT_OBJECTS[kind], k, k + 1)  # "Orbital is adding 800 megawatts": who adds
        with_after_comma = toks[k].text.lower() == "with" and k > 0 and toks[k - 1].text == ","
        if found or kind not in DEFAULT_OBJECTS or toks[k].text.lower() in LINKERS and not with_after_comma:
            return found  # else "..., adding close to 1.3 GW", "the larger site, with 1.5 GW,": the kind's default
    k = _word_before(toks, first)
    if kind not in ("count", "number", "money", "percent", "power") and k >= 0 and toks[k].text.lower() in OUTPUT_VERBS:
        return ObjectPhrase("output", k, k + 1)  # "Kivu produced 140,000 ounces", "contributed 170,000 oz"
    if kind in DEFAULT_OBJECTS:  # "Kestrel Bank now produces up to 1,200 megawatts": its capacity
        return ObjectPhrase(DEFAULT_OBJECTS[kind], last, last)
    return None
