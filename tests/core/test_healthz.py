import json

import pytest
from django.db import connection
from django.db.utils import OperationalError


@pytest.mark.django_db
def test_health_check_reports_the_database_state_to_anyone(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {
        "status": "ok",
        "database": {"state": "ok", "vendor": connection.vendor},
    }


@pytest.mark.django_db
def test_health_check_says_503_when_the_database_cannot_be_reached(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["database"] == {"state": "unavailable"}
    assert b"refused" not in response.content
