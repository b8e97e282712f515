"""claimcheck: find numeric claims in articles and flag the ones that disagree."""

__version__ = "0.1.0"
