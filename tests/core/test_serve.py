"""`section55 serve` started as an administrator would, answering real HTTP on loopback."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(tmp_path) -> dict:
    return {
        **os.environ,
        "SECTION55_ENV": "production",
        "SECRET_KEY": "a-test-secret-key-that-is-long-enough-to-pass",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECTION55_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/section55.sqlite3",
        "SECURE_COOKIES": "false",
    }


def run(*args, env):
    return subprocess.run(
        [sys.executable, "-m", "section55", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            return urllib.request.urlopen(url, timeout=2)
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError(f"nothing answered at {url}")


@pytest.fixture
def server(tmp_path):
    env = production_env(tmp_path)
    assert run("migrate", env=env).returncode == 0
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "section55", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def test_serve_answers_health_checks_and_pages_over_http(server):
    health = wait_for(f"{server}/healthz")
    assert json.loads(health.read()) == {
        "status": "ok",
        "database": {"state": "ok", "vendor": "sqlite"},
    }
    page = urllib.request.urlopen(f"{server}/sign-in")
    assert "Sign in" in page.read().decode()
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]


def test_serve_gives_static_files_hashed_names_and_long_caching(server):
    page = wait_for(f"{server}/sign-in").read().decode()
    stylesheet = page.split('href="/assets/govuk/govuk-frontend.min.')[1].split('"')[0]
    response = urllib.request.urlopen(f"{server}/assets/govuk/govuk-frontend.min.{stylesheet}")
    assert response.headers["Content-Type"].startswith("text/css")
    assert "max-age=315360000" in response.headers["Cache-Control"]


def test_serve_refuses_to_start_on_an_unmigrated_database(tmp_path):
    result = run("serve", "--port", str(free_port()), env=production_env(tmp_path))
    assert result.returncode != 0
    assert "run `section55 migrate` first" in result.stderr
