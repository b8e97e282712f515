"""Patterns as data: token classes, spaCy Matcher patterns, and the cue words around a number."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.units import CURRENCY_CODES, CURRENCY_CODES_LOWER, CURRENCY_SYMBOLS, PAIR_TOKENS, UNIT_FIRST_WORDS

# --- numbers ---------------------------------------------------------------

SMALL_NUMBERS: dict[str, int] = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
SMALL_NUMBERS.update({w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)})
# Ordinal denominators of fractions: "two thirds", "a quarter", "a hundred trillionths"
DENOMINATORS: dict[str, float] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
for _i, _w in enumerate(
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=3
):
    DENOMINATORS[_w] = _i
    DENOMINATORS[_w + "s"] = _i
for _w, _d in (("hundredth", 1e2), ("thousandth", 1e3), ("millionth", 1e6), ("billionth", 1e9),
               ("trillionth", 1e12)):
    DENOMINATORS[_w] = _d
    DENOMINATORS[_w + "s"] = _d
# Ordinals that only make a denominator inside a compound: "twenty-first", "thirty seconds" (1/32)
ORDINAL_UNITS: dict[str, float] = {"first": 1, "firsts": 1, "second": 2, "seconds": 2}
# Ranks: an ordinal is a figure only as an end of a rank range or after a comparison ("between the tenth
# and the fifteenth", "higher than 10th"); elsewhere "the third quarter", "its first plant" count nothing
ORDINALS: dict[str, int] = {
    w: i for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)
}
ORDINALS.update({w: 10 * i for i, w in enumerate(
    "thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth".split(), start=3)})
RANK_DIGITS = re.compile(r"(?P<n>[1-9]\d*)(?:st|nd|rd|th)")
RANK_BEFORE = frozenset({"between", "than"})  # what a rank figure follows (past "the")
# A rank before these is a period or a thing, not a figure: "between the first and second quarters"
RANK_NOT_BEFORE = frozenset(
    "quarter quarters half halves week weeks month months year years century centuries day days time times "
    "round rounds world floor floors phase phases stage stages season seasons".split()
)
# After "a", an ordinal before these counts rounds, not a share: "for a third straight meeting", "a fifth
# consecutive year", "a second term" ("a quarter" and "a half" stay shares: "a quarter point", "a half day")
ORDINAL_SEQUENCE = RANK_NOT_BEFORE | frozenset(
    "straight consecutive successive running term terms meeting meetings session sessions attempt attempts".split()
)
WORD_SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# Abbreviated scales after digits (case matters: "B" is a billion, "b" too; "m"/"M" a million)
ABBREVIATED_SCALES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "MM": 1e6, "bn": 1e9, "b": 1e9,
    "B": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12, "mil": 1e6, "mill": 1e6,
}
SCALE_WORDS_LOWER = frozenset(WORD_SCALES)
MULTIPLIERS: dict[str, float] = {"hundred": 100, "hundreds": 100, "dozen": 12, "dozens": 12}
# Vague amounts: the word and the interval of the multiplier it stands for
VAGUE: dict[str, tuple[float, float]] = {
    "tens": (10, 100), "dozens": (12, 120), "hundreds": (100, 1000), "thousands": (1e3, 1e4),
    "millions": (1e6, 1e7), "billions": (1e9, 1e10), "trillions": (1e12, 1e13),
    "several": (3, 9), "scores": (40, 100),
}
VAGUE_NEEDS_OF = frozenset({"tens", "scores", "dozens"})
PLURAL_SCALES: dict[str, float] = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
SIGNS: dict[str, int] = {"-": -1, "−": -1, "minus": -1, "negative": -1, "+": 1, "plus": 1}
DIGITS = re.compile(
    r"^(?P<sign>minus-|[+\-−])?(?P<num>(?:\d{1,3}(?:[,\u2009\u202f]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?"
    r"|\.\d+)"
    r"(?:[eE](?P<exp>[+\-]?\d+)|[×x]10(?P<exp10>[−\-+]?\d+))?$"
)
# Full stops as thousands separators, as continental writers put them: "1.234.567", "35.000 (jobs)"
DOTTED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
# Words after which "1.125" stays a decimal: multiples, index points and the other end of a range
DECIMAL_BEFORE = frozenset("times fold x point points to and or percentage".split())
VULGAR_FRACTIONS = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
                    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
                    "⅑": 1 / 9, "⅒": 1 / 10}
VULGAR = "[" + "".join(VULGAR_FRACTIONS) + "]"  # a regex class of the characters above
FRACTION = re.compile(rf"^(?P<sign>[+\-−])?(?:(?P<num>\d+)/(?P<den>\d+)|(?P<vulgar>{VULGAR}))$")


def fraction_value(match: re.Match[str]) -> float | None:
    """The value of a FRACTION match ("3/4", "¾"), unsigned; None for a zero denominator or a year's span.

    "2029/30" and "2024/2025" are financial years, no fractions.
    """
    if match["vulgar"]:
        return VULGAR_FRACTIONS[match["vulgar"]]
    num, den = int(match["num"]), int(match["den"])
    if 1800 <= num <= 2100 and den in ((num + 1) % 100, num + 1):
        return None
    return None if den == 0 else num / den
RANGE_SEPARATORS = frozenset({"-", "–", "—", "to", "through", "~"})
YEAR_WORDS = frozenset({"a.d.", "ad", "b.c.", "bc", "bce", "ce", "c."})

# --- cues around a number ----------------------------------------------------

# Hedges before a figure: phrase -> (bound it sets, approx)
HEDGES: dict[str, tuple[str | None, bool]] = {
    "about": (None, True), "around": (None, True), "roughly": (None, True),
    "approximately": (None, True), "some": (None, True), "~": (None, True), "circa": (None, True),
    "an estimated": (None, True), "estimated": (None, True), "close to": (None, True),
    "more than": ("low", False), "over": ("low", False), "above": ("low", False),
    "at least": ("low", False), "upwards of": ("low", False), "in excess of": ("low", False),
    "no fewer than": ("low", False), "no less than": ("low", False), "exceeding": ("low", False),
    "less than": ("high", False), "fewer than": ("high", False), "under": ("high", False),
    "up to": ("high", False), "as much as": ("high", False), "as many as": ("high", False),
    "at most": ("high", False), "below": ("high", False),
    "nearly": ("high", True), "almost": ("high", True), "just under": ("high", True),
    "just over": ("low", True),
    "greater than": ("low", False), "larger than": ("low", False), "bigger than": ("low", False),
    "higher than": ("low", False), "not less than": ("low", False),
    "greater than or equal to": ("low", False), "more than or equal to": ("low", False),
    "bigger or equal than": ("low", False), "higher or equal than": ("low", False),
    "larger or equal than": ("low", False), "greater or equal than": ("low", False),
    "at least or equal to": ("low", False), ">": ("low", False), ">=": ("low", False), "> =": ("low", False),
    "smaller than": ("high", False), "lower than": ("high", False), "not more than": ("high", False),
    "no more than": ("high", False), "less than or equal to": ("high", False),
    "less or equal than": ("high", False), "smaller or equal than": ("high", False),
    "lower or equal than": ("high", False), "at most or equal to": ("high", False),
    "<": ("high", False), "<=": ("high", False), "< =": ("high", False), "sub-": ("high", False),
    "more than about": ("low", True), "less than about": ("high", True),
}
# Verbs of going past a figure, a floor the verb stays out of the hedge for ("Revenue topped $5bn": revenue, more than
# $5bn; "cases top 1,700", "passed 300 million members last year"; not "the top 10", a rank, nor "its network passes
# 11m buildings", what it reaches)
PAST_VERBS = frozenset(["top", "tops", "topped", "topping", "surpassed", "surpasses", "surpassing", "exceeded",
                        "exceeds", "passed", "crossed"])
# Hedges after a figure: "500 or more", "5000 or less", "200 or greater (than)"
POST_HEDGES: dict[str, str] = {
    "or more": "low", "and more": "low", "or greater": "low", "or above": "low", "or higher": "low",
    "or over": "low", "and above": "low", "and up": "low", "or more than": "low", "or greater than": "low",
    "or less": "high", "or fewer": "high", "or below": "high", "or lower": "high", "or under": "high",
    "and below": "high", "and under": "high", "or less than": "high", "at most": "high", "at the most": "high",
    "at least": "low", "at the least": "low",
}
MAX_POST_HEDGE_WORDS = max(len(h.split()) for h in POST_HEDGES)
# What may join two bounds into one range: "above 1000 and below 1500", "at most 100 and at least 20"
BOUND_JOINERS = frozenset({"and", "but", ",", ", and", ", but", "and is", "but is"})
MAX_HEDGE_WORDS = max(len(h.split()) for h in HEDGES)

# Nouns for a deal, whose worth is the deal's value, not a company's valuation
DEAL_NOUNS = frozenset("deal deals takeover acquisition purchase transaction merger contract agreement offer bid "
                       "buyout".split())
# Change cues just before a figure ("rose 12%", "fell by $3bn", "edged down 0.3%"); inflections are generated
_UP_VERBS = ("rise rose risen increase grow grew grown gain jump climb add boost raise soar surge advance rally "
             "spike rebound recover gain expand accelerate widen hike lift improve double triple").split()
_DOWN_VERBS = ("fall fell fallen decrease drop decline lose lost shrink shrank cut slash reduce plunge plummet slump "
               "tumble slide slid slip dip sink sank sunk ease retreat lower narrow contract shed trim sag crash "
               "dive halve axe eliminate").split()


def _inflections(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    double = verb + verb[-1] if len(verb) <= 4 and verb[-1] in "pgtnd" and verb[-2] in "aeiou" else verb
    return {verb, verb + "s", verb + "es", stem + "ed", stem + "ing", double + "ed", double + "ing",
            verb[:-1] + "ied" if verb.endswith("y") else verb}


CHANGE_BEFORE: dict[str, str] = {f: "up" for v in _UP_VERBS for f in _inflections(v)}
CHANGE_BEFORE.update({f: "down" for v in _DOWN_VERBS for f in _inflections(v)})
# Change cues that are no verbs ("up 5%", "another gigawatt"): no clause is a change after them
_CHANGE_WORDS = {"up": "up", "down": "down", "another": "up", "higher": "up", "lower": "down", "off": "down",
                 "additional": "up", "extra": "up", "further": "up"}
CHANGE_BEFORE.update(_CHANGE_WORDS)
CHANGE_NON_VERBS = frozenset(_CHANGE_WORDS)
# Stems of verbs whose other party is the one supplied: "provide Microsoft with", "rent capacity to Microsoft"
SUPPLY_VERB = r"(?:provid|supply|suppli|rent|leas|sell|sold|ship)\w*"
CHANGE_AFTER: dict[str, str] = {
    "increase": "up", "rise": "up", "jump": "up", "gain": "up", "growth": "up", "hike": "up",
    "decrease": "down", "drop": "down", "decline": "down", "fall": "down", "cut": "down", "loss": "down",
    "reduction": "down", "more": "up", "fewer": "down", "less": "down",
}

# A change written as the head of what a figure counts: "Job cuts: 53,000" are 53,000 jobs, down; "job losses",
# "price increases" ("loss" alone is a measure: "a net loss of $1.6bn"); a label's participle too: "- Generation lost:"
CHANGE_NOUNS: dict[str, str] = {
    **dict.fromkeys("cut cuts reduction reductions losses decrease decreases lost".split(), "down"),
    **dict.fromkeys("increase increases rise rises hike hikes growth".split(), "up"),
}
# One-word changes of a count of jobs: "Layoffs: 11,000"
JOB_CHANGE_NOUNS = frozenset("layoffs lay-offs redundancies".split())
# Words that end the noun phrase after a figure
STOPWORDS = frozenset(
    "a an the of to in on at by for from with and or but as than that which who whom whose this these "
    "those is are was were be been being has have had will would could should may might can its it "
    "their his her our your my we they he she i you them him us per each every over under about into "
    "onto up down out off if when while where so not no nor also just only more most less least very "
    "than then there here such same other another all any some both few many much several already "
    "still even ago last next this year years month months week weeks day days now itself themselves".split()
)
# Words a measured noun phrase never runs across: the stopwords, "since", and the verbs that report or
# plan ("Verdant expects savings of ...", "the carmaker said revenue rose 18%")
PHRASE_ENDS = STOPWORDS | frozenset(
    "once today tomorrow yesterday near locally worldwide globally nationwide since until said says say told "
    "tells expects expect expected plans plan aims aim hopes hope sees see forecasts predicts estimates reported "
    "reports after before later earlier comes come came goes went mean means meant bought sold took "
    "gave through make makes made leaves keeps holds instead above below planned projected".split()
    # "the first 300 MW comes online", "What 131,000 MI450s Mean for Nvidia", "has bought Synopsys shares worth
    # $2bn": the shares; "made sales of $103.1mn": sales; "ECB leaves deposit rate at 2 per cent": the rate
)
DETERMINERS = frozenset("a an the its their his her our your my this these those that some".split())
# How a sum is paid, as the part of a deal it measures: "$8.5 billion in cash", "- Stock portion: $8.5 billion"
PAYMENT_FORMS = {"cash": "cash", "stock": "stock", "shares": "stock"}
# Words that only say when: a phrase of them after a figure is its period, not what it counts
PERIOD_WORDS = frozenset("first second third fourth last next this current previous fiscal financial calendar full "
                         "year years quarter quarters half month months week weeks period".split())
# Parts of a company a measure may be of: "the chip division's operating profit", "the data center segment"
PART_NOUNS = frozenset("segment segments division divisions unit units business businesses arm".split())
# Verbs that only carry another: "has reached", "will hit", "could be worth"
AUXILIARIES = frozenset("has have had will would could can may might shall should be been being".split())
# Verb forms for money: what was done with it -> the noun the report uses
MONEY_VERBS: dict[str, str] = {}
for _base, _noun in {
    "spend": "spending", "invest": "investment", "allocate": "allocation", "pour": "investment",
    "commit": "commitment", "earmark": "allocation", "budget": "budget", "raise": "funding",
    "borrow": "borrowing", "pay": "payment", "acquire": "acquisition", "buy": "purchase",
    "earn": "earnings", "lose": "loss", "cost": "cost", "fund": "funding", "save": "savings",
    "generate": "revenue", "sell": "sale", "build": "cost", "plough": "investment", "plow": "investment",
    "sink": "investment", "secure": "funding", "contribute": "contribution", "donate": "donation",
    "devote": "investment", "dedicate": "investment", "inject": "investment", "channel": "investment",
}.items():
    _stem = _base[:-1] if _base.endswith("e") else _base
    for _form in (_base, _base + "s", _stem + "ed", _stem + "ing", _base + "d"):
        MONEY_VERBS[_form] = _noun
MONEY_VERBS.update({
    "built": "cost", "put": "investment", "puts": "investment", "putting": "investment", "sank": "investment",
    "sunk": "investment",
    "spent": "spending", "paid": "payment", "bought": "purchase", "lost": "loss", "sold": "sale",
    "spending": "spending", "committed": "commitment", "committing": "commitment",
    "bet": "investment", "bets": "investment", "betting": "investment",  # "Betting $3.5 Billion on Bloom Energy"
})
# Words that name one money or staffing event in its several forms, so that a wire's verb meets a blog's list
# label ("sold its stake for $5.83 billion", "- Proceeds: $8.53 billion")
EVENT_WORDS: dict[str, str] = {
    **{w: "sale" for w in "sold sell sells selling sale sales proceeds proceed offloaded divested".split()},
    **{w: "raise" for w in "raised raise raises raising round funding".split()},
    **{w: "cut" for w in "cut cuts cutting layoffs laid redundancies axed axe shed".split()},
    **{w: "hire" for w in "hire hires hired hiring recruit recruits recruited".split()},
    **{w: "value" for w in "worth value valued valuing valuation".split()},
    **{w: "share" for w in "shares stock stocks stake stakes".split()},  # a stake is shares bought
    **{w: "home" for w in "homes households household houses".split()},
}
# What a sum put "into" may be that is no investment of the one who puts it: a vehicle of its own
MONEY_VEHICLES = frozenset("fund funds trust trusts scheme schemes programme programmes program programs "
                           "foundation endowment".split())
# Places news names as often as companies, that are never a company nor an article's main subject when a
# company is named: continents, regions, countries and US states ("Europe finally has an AI deal to cheer")
PLACES = frozenset(
    "Europe Asia Africa America Americas Australia Antarctica Oceania Scandinavia Britain Germany France Spain "
    "Italy Poland Netherlands Belgium Sweden Norway Denmark Finland Ireland Portugal Austria Switzerland Greece "
    "Czechia Hungary Romania Ukraine Russia Turkey Israel Egypt India China Japan Korea Taiwan Vietnam Thailand "
    "Indonesia Malaysia Singapore Philippines Canada Mexico Brazil Argentina Chile Nigeria Kenya Qatar Kuwait "
    "Oman UAE UK US USA EU Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida "
    "Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan "
    "Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas "
    "Utah Vermont Virginia Washington Wisconsin Wyoming".split()
) | frozenset({"North Carolina", "South Carolina", "North Dakota", "South Dakota", "New York", "New Jersey",
               "New Mexico", "New Hampshire", "Rhode Island", "West Virginia", "Saudi Arabia", "South Korea",
               "United States", "United Kingdom", "European Union", "New Zealand", "South Africa", "Middle East",
               "Latin America", "North America", "Czech Republic", "United Arab Emirates"})
# Nouns for an agreement made "with" another party ("a deal with Nebius", "a contract with Oracle")
# List labels naming a deal's other party, not whom a list is about ("- Customer: Meta Platforms" under CoreWeave's
# deal; "- Target: Wiz" under "- Buyer: Google")
PARTY_ROLES = frozenset({"customer", "client", "target", "seller", "partner", "supplier", "vendor", "lender",
                         "counterparty", "other party", "customers", "partners", "lenders", "suppliers"})
# List labels naming where, never who ("- Location: Maricopa County, Arizona")
PLACE_ROLES = frozenset({"location", "locations", "where", "county", "city", "state", "country", "region",
                         "address", "headquarters", "hq", "based in", "site location"})
AGREEMENT_NOUNS = ("deal", "contract", "pact", "agreement", "partnership")
# The words a title calls a deal by after the other side's name: "$21 Billion Kenvue Deal", "Meta's Scale AI Deal"
TITLED_DEALS = frozenset({"deal", "takeover", "acquisition", "buyout", "merger", "purchase"})
# What happened to a name, as a heading over a list of its facts calls it: "Grasberg Mudslide: The Numbers" is about
# Grasberg
EVENT_NOUNS = frozenset("mudslide landslide fire flood blackout outage strike shutdown crash collapse explosion spill "
                        "leak hack breach recall layoffs closure closures bankruptcy ipo listing storm earthquake "
                        "quake".split())
# Trades and industries a title may name a deal by ("The $85 Billion Railroad Merger", "the $10 Billion Chip Deal",
# "an $18 Billion Coffee Deal"): capitalised there, no company
SECTOR_NOUNS = frozenset(
    "railroad railway rail airline aviation shipping trucking chip chipmaker semiconductor cloud software tech "
    "media streaming telecom wireless cable energy oil gas power utility nuclear solar wind mining gold copper "
    "steel coffee beverage food grocery retail beer drinks pharma drug biotech healthcare hospital insurance "
    "bank banking fintech payments crypto gaming video toy auto car ev defense defence space satellite "
    "cybersecurity security data ai robotics property hotel travel".split())
# The words after the other party's name that make a sum a deal with it: "a $32 billion Wiz takeover", "Nvidia's $5
# Billion Synopsys Bet", "a $14 billion CoreWeave deal"
PARTY_DEALS = frozenset({*TITLED_DEALS, *AGREEMENT_NOUNS, "bet", "stake", "shares", "stock", "investment", "order"})
# The verb forms of buying a company: "agreed to buy Calpine for $16.4 billion"
BUY_VERBS = frozenset("buy buys bought buying acquire acquires acquired acquiring purchase purchased purchasing"
                      .split())
# Who hold a company's shares, in the plural: "- Skyworks shareholders: 37%" (their stake)
HOLDER_NOUNS = frozenset({"shareholders", "stockholders", "investors", "owners", "holders"})
# A state holds a part of a company too: "- German government: 21%" is its stake
STATE_HOLDERS = frozenset({"government", "state", "treasury"})
PAY_VERBS = frozenset({"pay", "pays", "paid", "paying"})  # "pay CoreWeave $12.4 billion": the one paid, then the sum
# The names of one party as news writes them, and the first word the checker compares (see parties.party_key)
PARTY_ALIASES: dict[str, str] = {"AWS": "Amazon", "Azure": "Microsoft", "Alphabet": "Google", "Facebook": "Meta"}
# Capitalised words after "with", "in", "on" that name no party: "in January", "on Monday", "on AI data centres"
PARTY_SKIP = frozenset(
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun "
    "Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An This That "
    "These Those Its Their His Her Our Fiscal Q1 Q2 Q3 Q4 H1 H2 Chief President CEO AI GPU GPUs CPU CPUs IT".split())
# Endings of words for peoples and places' adjectives: "Norwegian", "American", "Chinese", "British"
DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ican|ench|utch|wiss|reek|hai)$"
                     r"|^(?:German|Czech|Israeli|Saudi|Emirati|Qatari|Omani|Kuwaiti|Iraqi|Pakistani|Welsh)$")
# Nouns that say the name after them is a company one can own part of: "AI startup Anthropic"
STAKE_HOLDERS = ("startup", "start-up", "developer", "maker", "company", "firm", "lab", "rival", "partner",
                 "unit", "subsidiary", "creator", "owner", "operator", "group")
# "a round that values the company at $157bn", "Quillon was valued at $86bn": a valuation ("a deal valued
# at $5bn" is the deal's)
VALUE_VERBS = frozenset({"value", "values", "valued", "valuing"})
BE_FORMS = frozenset("is are was were be been being".split())
# One-word objects that news uses for the same measure, and the word the report groups them under
# (after measures.normalize: lower case, singular)
SAME_MEASURE: dict[str, str] = {
    **dict.fromkeys(["takeover", "acquisition", "purchase", "buyout", "merger", "payment", "price",
                     "purchase price", "deal value", "deal size", "contract value", "total contract value",
                     "contract size"], "deal"),
    "turnover": "revenue",
    # the rate a central bank sets, however the story names it: "its benchmark interest rate", "the key rate"
    **dict.fromkeys(["benchmark interest rate", "benchmark rate", "key rate", "key interest rate", "policy rate",
                     "key policy rate", "benchmark policy rate", "benchmark lending rate", "federal funds rate",
                     "fed fund rate"], "policy rate"),
    **dict.fromkeys(["eps", "eps forecast", "eps guidance", "adjusted eps", "earnings per share forecast"],
                    "earning per share"),  # as measures.normalize writes "earnings per share"
    # the rate of rising prices, however the story names its index
    **dict.fromkeys(["consumer price inflation", "cpi inflation", "headline inflation", "annual inflation",
                     "consumer price index", "cpi"], "inflation"),
    # what a deal pays later if targets are met: "- Earnout: up to $2.25 billion", "up to a further $2.25bn if ..."
    **dict.fromkeys(["earnout", "earn out", "contingent consideration", "milestone payment"], "contingent payment"),
    **dict.fromkeys(["r&d", "r & d", "research & development", "research"], "research and development"),
    "fund size": "fund",  # "- Fund size: $100 billion" is the fund's money, as "a $10 billion fund" says
    # "bookings", "new orders"; a bond sale's "demand"
    **dict.fromkeys(["booking", "new order", "order intake", "net booking", "demand"], "order"),
    **dict.fromkeys(["cash portion", "cash component", "cash consideration"], "cash"),
    **dict.fromkeys(["stock portion", "stock component", "share portion", "share component"],
                    "stock"),
    **dict.fromkeys(["market value", "market capitalisation", "market capitalization", "market cap", "worth"],
                    "valuation"),
    "total stake": "total investment",  # what a company has put in so far, however the story words it
    **dict.fromkeys(["rights issue", "share sale", "capital raise", "fundraising", "fundraise", "amount raised",
                     "total raised", "raised", "round size", "proceeds", "raise", "round", "funding round", "financing",
                     "financing round"], "funding"),
    **dict.fromkeys(["staff", "worker", "workforce", "employee", "headcount"], "employee"),
    **dict.fromkeys(["traveller", "traveler", "passenger"], "passenger"),
    **dict.fromkeys(["role", "position", "post"], "job"),
    # what a company puts into its plans, however the story words it: "a $67 billion bet", "allocate €62bn"
    **dict.fromkeys(["capex", "capital expenditure", "capital spending", "spending", "allocation", "budget", "bet",
                     "gamble", "cost", "commitment", "pledge", "investment pledge", "capex guidance", "capex forecast",
                     "capital expenditure guidance", "capital expenditure forecast", "spending forecast",
                     "capital spending forecast", "capital spending guidance", "capital spending plan", "capex plan",
                     "spending plan", "investment plan", "invested", "amount invested", "total invested", "spent",
                     "amount spent", "total spent"],
                    "investment"),
}
# Modifiers that say the same scope: "global copper supply" and "world copper supply"
SAME_MODIFIER: dict[str, str] = {"global": "world", "worldwide": "world", "last": "final",  # "the last payment"
                                 "computing": "compute"}  # "computing commitments" are "compute commitments"
# Head nouns (as measures.normalize writes them: "graphics" -> "graphic") that count the same thing
# whatever modifies them: "Nvidia Blackwell chips", "Blackwell processors" and "Blackwell GPUs" are one count
SAME_HEAD: dict[str, str] = {
    **dict.fromkeys(["chip", "processor", "accelerator", "graphic processor", "graphic processing unit",
                     "graphic card", "ai chip", "ai accelerator"], "gpu"),
    **dict.fromkeys(["role", "post", "position"], "job"),  # "4,000 administrative posts" are administrative jobs
    "booking": "order",  # "third-quarter bookings" are the quarter's orders
    **dict.fromkeys(["installment", "instalment", "tranche"], "payment"),  # "the final installment" of a sum paid
}
# The same, for words whose singular means something else: sales are revenue, a sale is a deal
SAME_MEASURE_AS_WRITTEN: dict[str, str] = {"sales": "revenue", "sale": "deal",
                                           "commitments": "commitments"}  # several, a running total: no investment
# Common nouns that open news sentences and are never names ("Revenue is expected to hit $3.7bn",
# "Construction will need 1,500 workers"): the measures above and a few more
COMMON_OPENERS = frozenset(
    {*MONEY_VERBS.values(), *SAME_MEASURE, *SAME_MEASURE.values(), *SAME_MEASURE_AS_WRITTEN}
    | set("revenue profit profits income earnings sales construction demand growth production output inflation "
          "unemployment capacity valuation debt cash funding investment investors analysts shares prices "
          "traffic ridership attendance employment turnover margin margins data net gross guidance outlook "
          "forecast total operating deliveries production shipments orders bookings backlog subscribers users "
          "customers members memberships households employees jobs units vehicles cars passengers visitors order deal"
          .split())
)
# Days news names for their sales, as written (a regex each) -> the month each falls in and the name a key gives it:
# a period of their own ("$11.8 billion online on Black Friday"), no one who acts and no part of what is measured
NAMED_DAYS: dict[str, tuple[int, str]] = {
    "Black Friday": (11, "Black Friday"), "Cyber Monday": (11, "Cyber Monday"), "Cyber Week": (11, "Cyber Week"),
    "Thanksgiving(?: Day)?": (11, "Thanksgiving"), "Singles['’]? Day": (11, "Singles Day"),
    "Prime Day": (7, "Prime Day"), "Boxing Day": (12, "Boxing Day"), "Christmas (?:Day|Eve)": (12, "Christmas"),
}
# A compass word before a place, no part of it: "in northern Indiana", "in southwestern Jamaica", "central"
COMPASS = r"(?:(?:north|south)?(?:east|west)?ern|central|(?:north|south)(?:east|west)?|east|west)"  # "southwest"
# What only a company has, never a project of it: "- Valuation: $14 billion" under "Project Horizon: What We Know" is
# the valuation of the company building it
OWNERS_MEASURES = frozenset({"valuation", "funding"})
# Words that open a measure's name as its first word, never a name: "Average fares fell 4%", "Market share rose"
# (a common opener themselves, but no measure after a name: "Spotify monthly users rise")
MEASURE_ADJECTIVES = frozenset("average median annual quarterly monthly weekly daily core adjusted underlying overall "
                               "combined like-for-like comparable same-store pre-tax pretax full-year first-half "
                               "market new current "  # "- New investment:" ("New York" is a name of two words)
                               "global worldwide domestic international online mobile digital".split())
# Verbs before a physical quantity that make it an output ("produced 140,000 ounces", "generated 5 TWh")
OUTPUT_VERBS = frozenset(
    form for verb in ("produce", "generate", "mine", "pump", "extract", "ship", "contribute", "output")
    for form in _inflections(verb)
)
# Counts that say what they measure whatever noun follows: "a 52,000-seat stadium", "holds 52,000
# people". ("employs 1,200 people" is not here: it is said of a site as often as of its company.)
COUNT_COMPOUNDS: dict[str, str] = {"seat": "capacity", "seater": "capacity", "capacity": "capacity"}
COUNT_VERBS: dict[str, str] = {form: "capacity" for verb in ("seat", "accommodate") for form in _inflections(verb)}
# "hire about 20,000 people", "recruit 500 engineers": jobs, whoever fills them; "delivered 766 aircraft": deliveries
COUNT_VERBS.update({form: "jobs" for verb in ("hire", "recruit") for form in _inflections(verb)})
COUNT_VERBS.update({form: "deliveries" for form in _inflections("deliver")})
COUNT_VERBS.update({form: "passengers" for verb in ("travel", "fly") for form in _inflections(verb)})
COUNT_VERBS.update(dict.fromkeys(["flew", "travelled", "travelling"], "passengers"))  # "84 million people travelled"
# Verbs that end jobs, before a count of people: "laying off 11,000 people", "axe 500 staff" are job cuts
CUT_VERBS = frozenset(form for verb in ("axe", "shed", "cut", "eliminate", "slash") for form in _inflections(verb)) \
    | {"off"}  # "lay off", "laid off", "laying off"
PERSON_NOUNS = frozenset("people person workers worker staff employees employee".split())
JOB_NOUNS = frozenset("job jobs role roles position positions post posts".split())  # "4,700 staff jobs": staff's jobs
# "handed over 766 aircraft" (deliveries), "taking over Arcadium for €6.1bn" (a takeover): "over" is a particle
HAND_VERBS = frozenset({"hand", "hands", "handed", "handing"})
TAKE_VERBS = frozenset({"take", "takes", "took", "taking", "taken"})
OVER_VERBS = HAND_VERBS | TAKE_VERBS | frozenset("turn turns turned turning sign signs signed signing".split())
# Adverbs between a verb and what it says: "is now valued at"
ADVERBS = frozenset("now currently already reportedly previously then also once still recently officially formally "
                    "just briefly".split())
# List labels that say what a figure aims at, not what it measures: "- 2025 goal: 820 deliveries"
AIMS = frozenset("goal target forecast guidance outlook plan aim estimate".split())
# Verbs before a forecast sum: "now expecting $66 billion to $72 billion"
EXPECT_VERBS = frozenset("expect expects expecting expected sees see seeing forecast forecasts forecasting projects "
                         "projecting targets targeting anticipates anticipating".split())
# What a rate is per: "$5.85 per share", "$17.99 a month"
RATE_NOUNS = frozenset("share month year week day hour barrel ounce tonne ton person head unit passenger user "
                       "subscriber customer employee".split())
# A period written as one token: "Q2", "H1", "FY2025", "2024"
PERIOD_TOKEN = r"Q[1-4]|H[12]|FY\d{2,4}|(?:19|20)\d\d"


def lets_go(let: str, go: str, of: str) -> bool:
    """Whether three words read "let go of" ("letting go of 60,000 employees": job cuts)."""
    return of.lower() == "of" and go.lower() == "go" and let.lower() in ("let", "lets", "letting")
# "holds 52,000 people" is a capacity, "holds 300 racks" is not: "hold" counts only before these
HOLD_VERBS = frozenset({"hold", "holds", "held", "holding"})
CAPACITY_NOUNS = frozenset("people fans spectators supporters guests visitors passengers seats".split())
# What a figure of a kind measures when its sentence names nothing: power stated of a plant, a farm or
# a data centre is its capacity
DEFAULT_OBJECTS: dict[str, str] = {"power": "capacity", "energy": "energy"}
# Words that place a default object in a project's phases: "an initial 230 MW", "a planned 520 MW";
# "will start with 230 MW" is the initial capacity (START_VERBS)
PHASE_WORDS = frozenset({"initial", "planned", "eventual", "ultimate", "first-phase", "starting"})
# Words that make a figure an addition to what there is ("1 gigawatt of additional capacity", "new power")
INCREMENT_WORDS = frozenset({"additional", "new", "extra", "more", "further", "incremental", "added", "expanded"})
START_VERBS = frozenset({"start", "starts", "started", "starting", "begin", "begins", "began", "beginning",
                         "open", "opens", "opened", "opening", "launch", "launches", "launched", "launching"})
# Nouns that only restate a figure's kind ("150 megawatts of power", "1,000 MWh of electricity"): the
# figure measures the kind's default object
KIND_NOUNS: dict[str, frozenset[str]] = {
    "power": frozenset({"power", "electricity", "energy", "capacity", "power capacity", "power rating",
                        "generating capacity", "generation capacity", "electrical capacity", "generation"}),
    "energy": frozenset({"energy", "electricity", "power", "storage", "storage capacity", "energy storage",
                         "generation"}),
}
# What part of a budget a sum goes to, written after "for", "on" or "in": "including $3.5 billion for research and
# development", "some €3bn, on research and development", "more than €26bn of it in research"
ALLOCATIONS = ("research and development", "r&d", "research", "manufacturing", "marketing")
# Nouns of a site or an undertaking at one: what "the plant", "the cluster" refer back to; what is "in" a place
SITE_NOUNS = frozenset("plant factory gigafactory site facility mine farm park station campus cluster supercomputer "
                       "system machine lab centre center project scheme programme program port airport fab "
                       "megafab".split())
# Words that link a measured thing to its figure ("capacity of 5 GW", "networks with 2 GW")
LINKERS = frozenset(
    "of with at spanning reaching totaling totalling totalled totaled totals worth valued is are was were "
    "reach reaches reached hit hits crossed crosses topped tops surpassed surpasses passed breached".split()
)
REFERRING = re.compile(
    r"\b(?:it|its|they|their|them|this(?! (?:year|quarter|month|week|half|decade|fiscal|time)\b)|these|he|his|she"
    r"|her|we|our)\b|\bthe (?:[\w-]+,? ){0,3}"  # "this year" says when, not who; "the San Jose, California-based
    # company" too
    r"(?:company|firm|group|giant|venture|business|project|maker|owner|platform|startup|conglomerate|plant|factory"
    r"|gigafactory|site|facility|mine|brand|airline|carrier|retailer|automaker|carmaker|chipmaker|lender|insurer"
    r"|bank|manufacturer|operator|developer|utility|publisher|broadcaster|studio|club|team|farm|park|station|network"
    r"|scheme|programme|program|port|airport|campus|fund|agency|authority|council|order|deal|fleet|cluster"
    r"|supercomputer|system|machine|lab|expansion|data cent(?:er|re))\b",
    re.I,
)

# --- token classes and Matcher patterns -------------------------------------

CURRENCY_TOKENS = frozenset(CURRENCY_SYMBOLS) | CURRENCY_CODES | PAIR_TOKENS | CURRENCY_CODES_LOWER


def token_class(text: str) -> str | None:
    """The class of one token for the Matcher patterns, or None."""
    lower = text.lower()
    if DIGITS.match(text) or FRACTION.match(text) or DOTTED_THOUSANDS.fullmatch(text):
        return "NUM"
    if RANK_DIGITS.fullmatch(lower):
        return "ORD"
    if lower in SMALL_NUMBERS or lower in MULTIPLIERS or all(p in SMALL_NUMBERS for p in lower.split("-")):
        return "WNUM"
    if lower in VAGUE:
        return "VAGUE"
    if text in ABBREVIATED_SCALES or lower in SCALE_WORDS_LOWER:
        return "SCALE"
    if text in CURRENCY_TOKENS:
        return "CUR"
    if lower in DENOMINATORS:
        return "FRAC"
    if text in SIGNS or lower in SIGNS:
        return "SIGN"
    if lower in UNIT_FIRST_WORDS:
        return "UNITWORD"
    return None


@dataclass(frozen=True)
class Step:
    """One token of a start pattern: a token class ("NUM") or a lower-case word ("a"); `optional` as regex "?"."""

    accepts: frozenset[str]
    optional: bool = False


def _c(*keys: str, optional: bool = False) -> Step:
    return Step(frozenset(keys), optional)


# Where a figure can start. The number reader (numbers.py) decides how far it goes.
# A step accepts a token when its class (token_class) or its lower-case text is in `accepts`.
TOKEN_PATTERNS: list[tuple[str, tuple[Step, ...]]] = [
    ("NUMBER", (_c("NUM"),)),
    ("WORDS", (_c("WNUM"),)),
    ("VAGUE", (_c("VAGUE"),)),
    ("MONEY", (_c("CUR"), _c("CUR", "SIGN", optional=True), _c("NUM", "WNUM", "VAGUE"))),
    ("SIGNED", (_c("SIGN"), _c("NUM", "WNUM"))),
    ("ARTICLE", (_c("a", "an", "another", "half"), _c("SCALE", "WNUM", "FRAC", "UNITWORD"))),
    ("ARTICLE", (_c("half"), _c("a", "an", "of", "the"))),
    ("FRACTION", (_c("FRAC"), _c("SCALE"))),
    ("RANK", (_c("the", optional=True), _c("ORD", *ORDINALS))),
    ("RANK", (_c("the", optional=True), _c("WNUM"), _c("-", optional=True), _c(*ORDINALS))),
]


# A change's base, the same part of another year: "compared with the same quarter of 2024", "up on the same period"
SAME_PART_OF_ANOTHER = (r"(?:from|than|compared (?:with|to)|versus|vs\.?|on|over|against)\s+the\s+same\s+"
                        r"(?:quarter|period|month|week|half|time)")
# A figure set against one before it: "$1.9 billion, ..., compared with $1.3 billion"
COMPARED_WITH = r"compared (?:with|to)"
# After a name, that it forecast the figure before it: "the 5 million Wall Street had forecast"
FORECAST_BY = re.compile(r"(?:['’]s)? (?:had |have |has )?(?:expected|forecast|estimated|predicted|projected)\b")
# After a figure, who forecast it: "the $7.5 billion analysts had expected", "the 5 million Wall Street had forecast"
FORECAST_AFTER = re.compile(r" (?:(?:[A-Z][\w.&'’-]*)(?: [A-Z][\w.&'’-]*){0,3}|analysts|economists|investors"
                            r"|the market)" + FORECAST_BY.pattern)

# Rates a bank or a government sets, to the quarter point: stated as set, never rounded ("a deposit rate of 2%"
# is 2%, not anything from 1.5% to 2.5%), so they are compared with no implied precision
SET_RATE = re.compile(r"\b(?:deposit|interest|policy|benchmark|bank|base|key|refinancing|lending|discount|repo"
                      r"|funds|cash|overnight|prime|vat)\s+rates?\b", re.I)

# Measures news spells out, read as their acronyms: "adjusted earnings before interest and taxes" is adjusted
# EBIT, as a blog's "- Adjusted EBIT:" writes it (the spelled form holds "and", which ends a noun phrase). Searched
# up to where a phrase ends, so it matches only a phrase that ends there
SPELLED_MEASURE = re.compile(r"\b(?:(?P<modifier>adjusted|core|underlying|operating) )?earnings before interest"
                             r"(?: and taxes?|(?P<da>,? taxes?,? depreciation,? and amorti[sz]ation))\b$", re.I)


def spelled_measure(match: re.Match[str]) -> str:
    """The acronym of a spelled-out measure (see SPELLED_MEASURE), with its modifier: "adjusted EBIT"."""
    acronym = "EBITDA" if match["da"] else "EBIT"
    return f"{match['modifier'].lower()} {acronym}" if match["modifier"] else acronym
