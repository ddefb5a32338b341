import pytest

from tests.dashboards.factories import make_known_tracker


@pytest.fixture
def known(body, editor):
    return make_known_tracker(body, editor)
