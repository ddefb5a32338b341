"""Role fixtures shared by every test: a Norfolk user of each role, and a Suffolk user who must
never see or change Norfolk's records. The forces and bodies come from the reference-data
migration, as in production."""

import pytest

from section55.accounts.models import Role
from section55.bodies.models import PolicingBody
from tests.factories import make_user


@pytest.fixture
def body(db):
    return PolicingBody.objects.with_force().get(slug="norfolk")


@pytest.fixture
def other_body(db):
    return PolicingBody.objects.with_force().get(slug="suffolk")


@pytest.fixture
def editor(body):
    return make_user(body, Role.EDITOR)


@pytest.fixture
def approver(body):
    return make_user(body, Role.APPROVER)


@pytest.fixture
def force_liaison(body):
    return make_user(body, Role.FORCE_LIAISON)


@pytest.fixture
def viewer(body):
    return make_user(body, Role.VIEWER)


@pytest.fixture
def other_body_user(other_body):
    return make_user(other_body, Role.EDITOR)


@pytest.fixture
def signed_in(client):
    """``signed_in(user)`` returns the test client signed in as ``user``."""

    def sign_in(user):
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return sign_in


def pytest_report_header(config):
    from django.conf import settings

    database = settings.DATABASES["default"]
    return f"database: {database['ENGINE'].rsplit('.', 1)[-1]} {database['NAME']}"
