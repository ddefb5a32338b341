"""Which milestone a deadline has reached: pure date arithmetic, no database."""

from datetime import date

import pytest

from section55.reminders.milestones import STATUTORY_DAYS_BEFORE, current_milestone, in_words

LAST_DAY = date(2024, 10, 16)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2024, 10, 1), None),
        (date(2024, 10, 2), "statutory-14"),
        (date(2024, 10, 8), "statutory-14"),
        (date(2024, 10, 9), "statutory-7"),
        (date(2024, 10, 15), "statutory-1"),
        (date(2024, 10, 16), "statutory-1"),
        (date(2024, 10, 17), "statutory-passed"),
        (date(2025, 3, 1), "statutory-passed"),
    ],
)
def test_the_most_recent_milestone_reached_is_the_only_one_due(today, expected):
    milestone = current_milestone("statutory", LAST_DAY, today, STATUTORY_DAYS_BEFORE, after=True)
    assert (milestone.name if milestone else None) == expected


def test_a_deadline_without_an_after_milestone_stops_reminding_once_it_has_passed():
    assert current_milestone("chief-officer", LAST_DAY, date(2024, 10, 17), (7, 1)) is None


def test_the_milestone_knows_how_many_days_are_left():
    milestone = current_milestone("statutory", LAST_DAY, date(2024, 10, 10), STATUTORY_DAYS_BEFORE)
    assert (milestone.days_left, milestone.deadline, milestone.has_passed) == (6, LAST_DAY, False)


@pytest.mark.parametrize(
    ("days", "words"),
    [(14, "in 14 days"), (1, "tomorrow"), (0, "today"), (-1, "1 day ago"), (-3, "3 days ago")],
)
def test_days_left_in_words(days, words):
    assert in_words(days) == words


def test_the_milestones_module_imports_no_django():
    import ast
    from pathlib import Path

    import section55.reminders.milestones as module

    tree = ast.parse(Path(module.__file__).read_text())
    imported = [
        name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for name in (
            [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
        )
    ]
    assert not [name for name in imported if name and name.startswith("django")]
