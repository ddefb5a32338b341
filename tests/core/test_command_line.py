"""The ``section55`` command as an administrator runs it: a separate process, real exit codes."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from section55 import cli


def section55(*args, env=None, timeout=60):
    command = [sys.executable, "-m", "section55", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)


def test_deadline_prints_the_statutory_last_day_alone_on_a_line():
    result = section55("deadline", "2024-08-22")
    assert result.returncode == 0
    assert result.stdout == "2024-10-16\n"


def test_deadline_as_json_adds_the_chief_officer_date_and_the_rule():
    result = section55("deadline", "2023-12-06", "--json")
    data = json.loads(result.stdout)
    assert data["statutory_last_day"] == "2024-01-30"
    assert data["chief_officer_due_on"] == "2024-01-09"
    assert "56 days beginning with the day" in data["rule"]


@pytest.mark.parametrize("bad", ["2024-02-30", "22/08/2024", "soon"])
def test_a_malformed_date_exits_2_with_a_one_line_message(bad):
    result = section55("deadline", bad)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert bad in result.stderr


@pytest.mark.parametrize("verb", ["deadline", "demo", "serve", "migrate"])
def test_every_verb_explains_itself_with_help(verb):
    result = section55(verb, "--help")
    assert result.returncode == 0
    assert "usage:" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "SECTION55_ENV": "production", "HOME": str(tmp_path)}
    result = section55("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        (
            "DATABASE_URL",
            "mysql://localhost/x",
            "DATABASE_URL must start with sqlite:// or postgresql://",
        ),
        ("EMAIL_PORT", "twenty-five", "EMAIL_PORT must be a whole number, not 'twenty-five'"),
        ("SECURE_COOKIES", "perhaps", "SECURE_COOKIES must be true or false, not 'perhaps'"),
        (
            "SECTION55_ENV",
            "staging",
            "SECTION55_ENV must be one of production, demo, development, test",
        ),
    ],
)
def test_a_bad_setting_stops_start_up_with_a_message_naming_it(tmp_path, variable, value, message):
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "SECTION55_ENV": "production",
        "SECRET_KEY": "x" * 40,
        "ALLOWED_HOSTS": "section55.example.org",
        "SECTION55_DATA_DIR": str(tmp_path),
        variable: value,
    }
    result = section55("check", env=env)
    assert result.returncode != 0
    assert message in result.stderr


def test_the_demo_links_to_the_port_it_serves_on():
    environ = {}
    cli.prepare_environment(["section55", "demo", "--port", "8123", "--no-serve"], environ)
    assert environ["SITE_URL"] == "http://127.0.0.1:8123"
    environ = {}
    cli.prepare_environment(["section55", "demo", "--port=8124"], environ)
    assert environ["SITE_URL"] == "http://127.0.0.1:8124"
    environ = {}
    cli.prepare_environment(["section55", "demo", "--port", "8123", "--port", "8125"], environ)
    assert environ["SITE_URL"] == "http://127.0.0.1:8125"  # the last, as the demo reads it


def test_the_demo_keeps_a_site_url_set_explicitly_and_the_default_port_needs_none():
    environ = {"SITE_URL": "https://demo.example.org"}
    cli.prepare_environment(["section55", "demo", "--port", "8123"], environ)
    assert environ["SITE_URL"] == "https://demo.example.org"
    environ = {}
    cli.prepare_environment(["section55", "demo"], environ)
    assert "SITE_URL" not in environ  # the default, http://127.0.0.1:8000, is the demo's port


def test_a_bad_port_is_left_for_the_demo_to_refuse():
    environ = {}
    cli.prepare_environment(["section55", "demo", "--port", "eighty"], environ)
    assert "SITE_URL" not in environ
    result = section55("demo", "--port", "eighty")
    assert result.returncode == 2
    assert "invalid int value: 'eighty'" in result.stderr


def test_other_verbs_never_change_the_site_url():
    environ = {}
    cli.prepare_environment(["section55", "serve", "--port", "8123"], environ)
    assert "SITE_URL" not in environ


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(url, server, timeout=180):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, server.communicate()
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                return answer.status
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"nothing served at {url} after {timeout} seconds")


def test_the_demo_served_on_another_port_links_to_that_port_in_the_api(tmp_path):
    port = free_port()
    env = {**os.environ, "SECTION55_DATA_DIR": str(tmp_path)}
    for name in ("SITE_URL", "SECTION55_ENV", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"):
        env.pop(name, None)
    command = [sys.executable, "-m", "section55", "demo", "--port", str(port)]
    server = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        base = f"http://127.0.0.1:{port}"
        assert wait_until_serving(f"{base}/healthz", server) == 200
        with urllib.request.urlopen(f"{base}/api/v1/responses?body=norfolk", timeout=30) as api:
            listed = json.load(api)
    finally:
        server.terminate()
        server.wait(timeout=30)
    responses = listed["items"] if isinstance(listed, dict) else listed
    assert responses, listed
    for response in responses:
        assert response["page_url"].startswith(f"{base}/bodies/norfolk/responses/")
