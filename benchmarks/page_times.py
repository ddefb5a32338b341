"""Median server response time of each page on the demonstration data, over real HTTP.

    .venv/bin/python benchmarks/page_times.py [--requests 20]

Prepares the demo in a temporary data folder, starts `section55 demo` (waitress), signs in as
the demo editor and asks for each page in turn. Prints milliseconds per page; asserts nothing.
"""

import argparse
import http.cookiejar
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"the demo did not answer at {url}")


def page_addresses(env: dict) -> dict[str, str]:
    """Addresses of one record of each kind, read from the demo database."""
    os.environ.update(env)
    import django

    django.setup()
    from section55.publishing.models import PublishedVersion
    from section55.reports.models import Report
    from section55.responses.models import Response
    from section55.tracking.models import TrackedItem

    report = Report.objects.get(title__contains="national operating model for rape")
    response = Response.objects.get(report=report, body__slug="norfolk")
    item = TrackedItem.objects.filter(body__slug="norfolk").exclude(updates=None).first()
    version = PublishedVersion.objects.get(response=response)
    public = f"/bodies/norfolk/responses/{report.slug}/"
    return {
        "dashboard": "/",
        "report": f"/reports/{report.slug}/",
        "response": f"/responses/{response.public_id}/",
        "response history": f"/responses/{response.public_id}/history",
        "tracker": "/tracker/",
        "tracked item": f"/tracker/{item.public_id}/",
        "register a report (form)": "/reports/new",
        "insights (dashboard)": "/insights/",
        "panel report": "/insights/panel-report/?start_day=1&start_month=1&start_year=2024"
        "&end_day=31&end_month=12&end_year=2026",
        "tracker CSV": "/insights/tracker.csv",
        "calendar page": "/calendar",
        "public responses": "/bodies/norfolk/responses/",
        "open data (JSON)": "/bodies/norfolk/open-data/responses.json",
        "API: published responses": "/api/v1/responses",
        "API: OpenAPI description": "/api/v1/openapi.json",
        "public response": public,
        "public PDF": f"{public}v{version.number}.pdf",
        "Atom feed": "/bodies/norfolk/responses.atom",
        "health check": "/healthz",
    }


def signed_in_opener(base: str, email: str, password: str):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(f"{base}/sign-in").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": email, "password": password}
    )
    opener.open(
        urllib.request.Request(
            f"{base}/sign-in", data=data.encode(), headers={"Referer": f"{base}/sign-in"}
        )
    )
    return opener


def median_ms(opener, url: str, requests: int) -> float:
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        with opener.open(url) as response:
            response.read()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="section55-bench-"))
    env = {
        "SECTION55_ENV": "demo",
        "SECTION55_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "section55.settings",
    }
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "section55", "demo", "--port", str(port)],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/healthz")
        accounts = json.loads((data_dir / "demo-accounts.json").read_text())
        email = next(e for e in accounts if e.startswith("editor@norfolk"))
        opener = signed_in_opener(base, email, accounts[email])
        print(f"median of {args.requests} requests per page, demo data, one client, waitress")
        for name, path in page_addresses(env).items():
            print(f"  {name:<28} {median_ms(opener, base + path, args.requests):7.1f} ms")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
