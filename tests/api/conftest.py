import pytest

from section55.accounts.models import Role
from section55.api.models import ApiToken
from tests.factories import make_user


@pytest.fixture
def token_for(db):
    """``token_for(user)`` is a new personal token of ``user``."""

    def issue(user, name="Tests"):
        return ApiToken.issue(user, name)[1]

    return issue


@pytest.fixture
def editor_token(editor, token_for):
    return token_for(editor)


@pytest.fixture
def approver_token(approver, token_for):
    return token_for(approver)


@pytest.fixture
def other_body_token(other_body_user, token_for):
    return token_for(other_body_user)


@pytest.fixture
def viewer_token(body, token_for):
    return token_for(make_user(body, Role.VIEWER))


class Api:
    """The test client, speaking to ``/api/v1/`` with an optional bearer token."""

    def __init__(self, client):
        self.client = client

    def get(self, path, token=None, **params):
        return self.client.get(f"/api/v1{path}", params, headers=self._auth(token))

    def post(self, path, data, token=None):
        return self.client.post(
            f"/api/v1{path}", data, content_type="application/json", headers=self._auth(token)
        )

    def post_form(self, path, data, token=None):
        return self.client.post(f"/api/v1{path}", data, headers=self._auth(token))

    @staticmethod
    def _auth(token):
        return {"Authorization": f"Bearer {token}"} if token else {}


@pytest.fixture
def api(client):
    return Api(client)
