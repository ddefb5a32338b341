from datetime import date

import pytest

from section55.bodies.models import BodyKind, BodyPeriod, Force, PolicingBody
from section55.bodies.reference_data import load_forces, read_reference_file

pytestmark = pytest.mark.django_db


def test_the_43_territorial_forces_of_england_and_wales_each_have_one_body():
    assert Force.objects.count() == 43
    assert PolicingBody.objects.count() == 43
    assert Force.objects.filter(country=Force.Country.WALES).count() == 4


def test_bodies_have_stable_slugs_from_their_forces_short_names():
    slugs = set(PolicingBody.objects.values_list("slug", flat=True))
    assert {"norfolk", "avon-and-somerset", "city-of-london", "metropolitan"} <= slugs


def test_every_body_has_exactly_one_current_period():
    for body in PolicingBody.objects.with_force():
        open_periods = [p for p in body.periods.all() if p.effective_to is None]
        assert len(open_periods) == 1, body.slug


def test_a_body_is_named_for_the_governance_in_force_on_a_date():
    north_yorkshire = PolicingBody.objects.get(slug="north-yorkshire")
    before = north_yorkshire.period_on(date(2024, 5, 6))
    after = north_yorkshire.period_on(date(2024, 5, 7))
    assert before.kind == BodyKind.PFCC
    assert after.kind == BodyKind.MAYOR
    assert north_yorkshire.kind == BodyKind.MAYOR


def test_south_yorkshire_passed_to_a_mayor_in_may_2024():
    south_yorkshire = PolicingBody.objects.get(slug="south-yorkshire")
    assert south_yorkshire.period_on(date(2024, 1, 1)).kind == BodyKind.PCC
    assert south_yorkshire.period_on(date(2024, 6, 1)).kind == BodyKind.MAYOR


def test_the_city_of_london_is_overseen_by_a_police_authority():
    assert PolicingBody.objects.get(slug="city-of-london").kind == BodyKind.POLICE_AUTHORITY


def test_loading_the_reference_data_again_changes_nothing():
    before = BodyPeriod.objects.count()
    load_forces(Force, PolicingBody, BodyPeriod)
    assert BodyPeriod.objects.count() == before
    assert PolicingBody.objects.count() == 43


def test_a_new_governance_period_is_added_when_the_file_gains_one():
    rows = [row for row in read_reference_file() if row["slug"] == "norfolk"]
    rows[0]["bodies"][-1]["effective_to"] = "2028-05-10"
    rows[0]["bodies"].append(
        {
            "name": "Mayor of Norfolk and Suffolk",
            "kind": "mayor",
            "office_holder_title": "Mayor",
            "website": "",
            "effective_from": "2028-05-11",
            "effective_to": None,
        }
    )
    load_forces(Force, PolicingBody, BodyPeriod, rows)
    norfolk = PolicingBody.objects.get(slug="norfolk")
    assert norfolk.period_on(date(2028, 5, 10)).kind == BodyKind.PCC
    assert norfolk.period_on(date(2028, 5, 11)).name == "Mayor of Norfolk and Suffolk"


def test_the_reference_file_has_contiguous_periods_for_every_force():
    for row in read_reference_file():
        periods = row["bodies"]
        for earlier, later in zip(periods, periods[1:], strict=False):
            gap = date.fromisoformat(later["effective_from"]) - date.fromisoformat(
                earlier["effective_to"]
            )
            assert gap.days == 1, row["slug"]
