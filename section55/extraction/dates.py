"""Dates as reports write them, and the timescales recommendations set."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
DATE = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}\b", re.I)
_BY = r"\b(?:by|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?"
_BY_DAY = re.compile(rf"{_BY}{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}\b", re.I)
_BY_MONTH = re.compile(rf"{_BY}{_MONTH}\s+{_YEAR}\b", re.I)
_BY_YEAR = re.compile(rf"\bby\s+the\s+end\s+of\s+{_YEAR}\b", re.I)
_WITHIN = re.compile(
    r"\bwithin\s+(?:the\s+next\s+)?(?P<count>\d{1,3}|[a-z]+(?:[- ][a-z]+)?)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\b",
    re.I,
)
_IMMEDIATE = re.compile(r"\b(?:with\s+immediate\s+effect|immediately)\b", re.I)
NUMBERS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
NUMBERS |= {"twenty-four": 24, "twenty four": 24, "thirty": 30, "thirty-six": 36, "a": 1}


@dataclass(frozen=True)
class Timescale:
    """When a finding is due: the words as written, and the date they give when one can be known."""

    words: str
    due_on: date | None = None
    needs_publication_date: bool = False


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_date(text: str) -> date | None:
    """The first '22 August 2024'-style date in ``text``."""
    match = DATE.search(text)
    return _day_date(match) if match else None


def _day_date(match: re.Match) -> date | None:
    month = MONTHS[match.group("month").lower()]
    return safe_date(int(match.group("year")), month, int(match.group("day")))


def add_months(start: date, months: int) -> date:
    """``start`` moved on by calendar months, kept within the target month."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    if year > 9999:
        return date.max
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _within_date(match: re.Match, published_on: date | None) -> date | None:
    count = NUMBERS.get(match.group("count").lower().replace("  ", " "))
    if count is None and match.group("count").isdigit():
        count = int(match.group("count"))
    if count is None or published_on is None:
        return None
    unit = match.group("unit").lower().rstrip("s")
    months = {"month": count, "year": 12 * count}.get(unit)
    if months is not None:
        return add_months(published_on, months)
    days = count * (7 if unit == "week" else 1)
    return date.fromordinal(min(published_on.toordinal() + days, date.max.toordinal()))


def timescale(text: str, published_on: date | None = None) -> Timescale | None:
    """The earliest timescale the text sets, with its due date where it gives one."""
    found = [
        (match.start(), kind, match)
        for kind, pattern in _PATTERNS
        if (match := pattern.search(text))
    ]
    if not found:
        return None
    _, kind, match = min(found, key=lambda entry: (entry[0], _PRIORITY[entry[1]]))
    return _timescale(kind, match, published_on)


def _timescale(kind: str, match: re.Match, published_on: date | None) -> Timescale:
    words = " ".join(match.group(0).split())
    if kind == "day":
        return Timescale(words, _day_date(match))
    if kind == "month":
        return Timescale(words, month_end(int(match.group("year")), MONTHS[match["month"].lower()]))
    if kind == "year":
        return Timescale(words, date(int(match.group("year")), 12, 31))
    if kind == "within":
        due = _within_date(match, published_on)
        return Timescale(words, due, needs_publication_date=published_on is None)
    return Timescale(words)


_PATTERNS = (
    ("day", _BY_DAY),
    ("month", _BY_MONTH),
    ("year", _BY_YEAR),
    ("within", _WITHIN),
    ("now", _IMMEDIATE),
)
_PRIORITY = {kind: number for number, (kind, _) in enumerate(_PATTERNS)}
