from datetime import date

import pytest

from section55.extraction.addressees import addressees, directed_at_forces
from section55.extraction.dates import add_months, parse_date, timescale


@pytest.mark.parametrize(
    ("text", "words", "due"),
    [
        ("By 31 January 2025, all forces should", "By 31 January 2025", date(2025, 1, 31)),
        ("By September 2018, the force should", "By September 2018", date(2018, 9, 30)),
        ("By February 2024, forces should", "By February 2024", date(2024, 2, 29)),
        ("by the end of March 2025, forces", "by the end of March 2025", date(2025, 3, 31)),
        ("by the end of 2025, forces should", "by the end of 2025", date(2025, 12, 31)),
        ("Within six months, the force should", "Within six months", date(2025, 2, 22)),
        ("within 3 months the force should", "within 3 months", date(2024, 11, 22)),
        ("within 28 days the force should", "within 28 days", date(2024, 9, 19)),
        ("the force should immediately:", "immediately", None),
        ("With immediate effect, forces should", "With immediate effect", None),
    ],
)
def test_timescales_are_read_as_written_with_their_due_dates(text, words, due):
    stated = timescale(text, published_on=date(2024, 8, 22))

    assert (stated.words, stated.due_on) == (words, due)


def test_the_earliest_timescale_in_a_finding_is_its_timescale():
    stated = timescale("By September 2024, forces should review cases within seven days.")

    assert stated.words == "By September 2024"


def test_an_impossible_date_gives_no_due_date():
    assert timescale("By 31 February 2025, forces should").due_on is None


def test_text_without_a_timescale_has_none():
    assert timescale("The force should improve its data.") is None


def test_dates_are_read_with_ordinals_and_short_month_names():
    assert parse_date("Published on 22nd Aug 2024") == date(2024, 8, 22)


def test_adding_months_keeps_the_day_within_the_month():
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By 31 January 2025, all forces should", ["all forces"]),
        ("By 31 July 2025, Chief Constables should make sure their forces", ["chief constables"]),
        ("HMIC recommends that the force should immediately:", ["the force"]),
        ("Borsetshire Constabulary should", ["the force"]),
        (
            "The Home Office and the APCC should",
            [
                "Association of Police and Crime Commissioners",
                "Home Office",
            ],
        ),
        ("Police and crime commissioners should", ["police and crime commissioners"]),
        (
            "The NPCC and the CPS should",
            [
                "National Police Chiefs' Council",
                "Crown Prosecution Service",
            ],
        ),
        ("The College of Policing, working with chief constables, should", ["College of Policing"]),
        ("By 31 January 2025, the Soteria Joint Unit should", ["Soteria Joint Unit"]),
        ("Incident logs should be closed", []),
        ("The force does not always answer calls", []),
    ],
)
def test_addressees_are_named_the_way_the_register_names_them(text, expected):
    assert addressees(text, "By 31 January 2025") == expected


def test_a_finding_is_directed_at_forces_when_chief_constables_or_forces_must_act():
    assert directed_at_forces(["College of Policing", "chief constables"])
    assert not directed_at_forces(["College of Policing", "Home Office"])
