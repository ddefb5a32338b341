"""The statutory date rules, with no Django involved."""

from datetime import date

import pytest

from section55 import deadlines
from section55.deadlines import DeadlineStatus


@pytest.mark.parametrize(
    ("published", "last_day"),
    [
        (date(2024, 8, 22), date(2024, 10, 16)),  # the Soteria report: the seed says 17 October
        (date(2023, 12, 6), date(2024, 1, 30)),  # across a year end
        (date(2024, 1, 5), date(2024, 2, 29)),  # lands on a leap day
        (date(2023, 1, 5), date(2023, 3, 1)),  # the same dates in a common year
        (date(2024, 2, 29), date(2024, 4, 24)),  # published on a leap day
        (date(2024, 1, 31), date(2024, 3, 26)),  # from a month end
        (date(2025, 11, 6), date(2025, 12, 31)),  # lands on a year end
        (date(2025, 11, 7), date(2026, 1, 1)),  # the day after
    ],
)
def test_the_last_lawful_day_is_the_56th_day_counting_publication_day_as_day_one(
    published, last_day
):
    assert deadlines.statutory_last_day(published) == last_day
    assert (last_day - published).days + 1 == 56


@pytest.mark.parametrize(
    ("lead_days", "due"),
    [
        (21, date(2024, 9, 25)),
        (0, date(2024, 10, 16)),
        (28, date(2024, 9, 18)),
        (100, date(2024, 8, 22)),
    ],
)
def test_the_chief_officers_comments_are_due_a_set_number_of_days_before_the_last_day(
    lead_days, due
):
    assert deadlines.chief_officer_due_on(date(2024, 8, 22), lead_days) == due


def test_a_negative_lead_time_is_refused():
    with pytest.raises(ValueError, match="negative"):
        deadlines.chief_officer_due_on(date(2024, 8, 22), -1)


PUBLISHED = date(2024, 8, 22)  # last day 16 October 2024


@pytest.mark.parametrize(
    ("today", "response_published", "status", "days", "words"),
    [
        (date(2024, 10, 4), None, DeadlineStatus.DUE, 12, "due in 12 days"),
        (date(2024, 10, 15), None, DeadlineStatus.DUE, 1, "due in 1 day"),
        (date(2024, 10, 16), None, DeadlineStatus.DUE_TODAY, 0, "due today"),
        (date(2024, 10, 17), None, DeadlineStatus.OVERDUE, 1, "overdue by 1 day"),
        (date(2024, 10, 19), None, DeadlineStatus.OVERDUE, 3, "overdue by 3 days"),
        (
            date(2025, 1, 1),
            date(2024, 10, 16),
            DeadlineStatus.PUBLISHED_ON_TIME,
            0,
            "published on time",
        ),
        (
            date(2025, 1, 1),
            date(2024, 9, 1),
            DeadlineStatus.PUBLISHED_ON_TIME,
            0,
            "published on time",
        ),
        (
            date(2025, 1, 1),
            date(2024, 10, 18),
            DeadlineStatus.PUBLISHED_LATE,
            2,
            "published 2 days late",
        ),
        (
            date(2025, 1, 1),
            date(2024, 10, 17),
            DeadlineStatus.PUBLISHED_LATE,
            1,
            "published 1 day late",
        ),
    ],
)
def test_the_state_of_a_response_is_given_in_words_and_numbers(
    today, response_published, status, days, words
):
    state = deadlines.deadline_state(PUBLISHED, today, response_published)
    assert (state.status, state.days, state.words) == (status, days, words)
    assert state.last_day == date(2024, 10, 16)


def test_a_state_serialises_with_its_words():
    state = deadlines.deadline_state(PUBLISHED, date(2024, 10, 4))
    assert state.as_dict() == {
        "status": "due",
        "days": 12,
        "last_day": "2024-10-16",
        "words": "due in 12 days",
    }


@pytest.mark.parametrize(
    "text", ["2024-8-22", "22/08/2024", "2024-02-30", "", "2024-08-22T00:00", "tomorrow"]
)
def test_a_malformed_date_is_refused_with_a_message_naming_it(text):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        deadlines.parse_iso_date(text)


def test_the_module_does_not_import_django():
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(deadlines))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in getattr(node, "names", [])
    }
    modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.startswith("django") for name in imported | modules)
