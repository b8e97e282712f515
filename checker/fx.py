"""Dated ECB reference rates, offline, from the currencyconverter package's bundled history."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

LOOKBACK_DAYS = 10


@dataclass(frozen=True)
class FxRate:
    """1 unit of base is worth rate units of quote, by the ECB reference rate of the day used."""

    base: str
    quote: str
    rate: float
    requested: dt.date | None
    used: dt.date
    retold: bool = False  # requested is the date of the articles an undated document retells
    high: float | None = None  # for a figure of a past period: the highest rate over it (`rate` the lowest)
    over: str | None = None  # that period, as the report names it
    eve: dt.date | None = None  # the ECB day before `used`, whose rate the writer may have converted at

    @property
    def top(self) -> float:
        """The highest rate the figure may have been converted at (the rate itself, unless a band)."""
        return self.rate if self.high is None else self.high

    def describe(self) -> str:
        """One line a reader can check: "1.0472 USD/EUR on 2025-01-24 (ECB)"."""
        if self.over is not None:
            return (f"{self.rate:.4f}–{self.top:.4f} {self.quote}/{self.base} over {self.over} and on "
                    f"{self.used.isoformat()} (ECB; a figure for a past period may be converted at any of them)")
        when = self.used.isoformat()
        if self.eve is not None:
            late = "" if self.requested in (None, self.used) else \
                f", the last ECB rate before {self.requested.isoformat()}"
            return (f"{self.rate:.4f}–{self.top:.4f} {self.quote}/{self.base} on {self.eve.isoformat()} or "
                    f"{when}{late} (ECB; a writer converts at the day's rate or at the day before's)")
        if self.requested is None:
            when += ", the latest ECB rate, as the document has no date"
        elif self.retold:
            when += ", the date of the articles the undated document retells"
        elif self.requested != self.used:
            when += f", the last ECB rate before {self.requested.isoformat()}"
        return f"{self.rate:.4f} {self.quote}/{self.base} on {when} (ECB)"


_TABLE: list[Any] = []


def _table() -> Any:
    """The bundled ECB history, parsed once per process (it never changes while we run)."""
    if not _TABLE:
        from currency_converter import CurrencyConverter  # heavy: only when money needs converting

        _TABLE.append(CurrencyConverter())
    return _TABLE[0]


class Rates:
    """Looks up ECB reference rates; the rate table loads on first use."""

    def __init__(self) -> None:
        self._bands: dict[tuple[str, str, dt.date, dt.date], tuple[float, float] | None] = {}
        self._rates: dict[tuple[str, str, dt.date | None], FxRate | None] = {}  # every claim of a day asks again

    def band(self, base: str, quote: str, first: dt.date, last: dt.date) -> tuple[float, float] | None:
        """The lowest and highest ECB rate for base in quote over [first, last], or None when none is known."""
        key = (base, quote, first, last)
        if key not in self._bands:
            found = [r.rate for day in _days(first, last) if (r := self.rate(base, quote, day)) and r.used == day]
            self._bands[key] = (min(found), max(found)) if found else None
        return self._bands[key]

    def eve(self, rate: FxRate) -> FxRate:
        """The rate widened to the ECB day before its own.

        An article of the 13th was written with the 12th's rate at hand (the ECB publishes its rates in
        the afternoon), or with the 13th's.
        """
        before = self.rate(rate.base, rate.quote, rate.used - dt.timedelta(days=1))
        if before is None or before.rate == rate.rate:
            return rate
        low, high = min(rate.rate, before.rate), max(rate.top, before.rate)
        return dataclasses.replace(rate, rate=low, high=high, eve=before.used)

    def _load(self) -> Any:
        return _table()

    def known(self, currency: str) -> bool:
        """Whether the ECB history has this currency."""
        return currency in self._load().currencies

    def rate(self, base: str, quote: str, on: dt.date | None) -> FxRate | None:
        """The ECB rate for base in quote on a day (or the last business day before it)."""
        key = (base, quote, on)
        if key not in self._rates:
            self._rates[key] = self._looked_up(base, quote, on)
        return self._rates[key]

    def _looked_up(self, base: str, quote: str, on: dt.date | None) -> FxRate | None:
        converter = self._load()
        if not (self.known(base) and self.known(quote)):
            return None
        from currency_converter import RateNotFoundError

        last = min(converter.bounds[base].last_date, converter.bounds[quote].last_date)
        day = last if on is None else min(on, last)
        for _ in range(LOOKBACK_DAYS + 1):
            try:
                value = converter.convert(1.0, base, quote, date=day)
            except RateNotFoundError:
                day -= dt.timedelta(days=1)
                continue
            return FxRate(base, quote, float(value), on, day)
        return None


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
