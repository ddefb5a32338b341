"""The ``section55`` command as an administrator runs it: a separate process, real exit codes."""

import json
import subprocess
import sys

import pytest


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
