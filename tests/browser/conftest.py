"""Journeys in a real Chromium (Debian's package at /usr/bin/chromium), driven by Playwright.

Playwright never downloads a browser here. Without Chromium these tests are skipped locally; CI
sets SECTION55_REQUIRE_BROWSER=1 so that a missing browser fails instead.
"""

import os
import re
import shutil
import weakref

import pytest
from axe_playwright_python.sync_playwright import Axe

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's synchronous API runs an event loop in the test's thread; the database calls made
# by fixtures in that thread are still synchronous, so Django's guard is relaxed for these tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    """Transactional tests empty every table afterwards, including the reference data that the
    migrations loaded; put it back for each journey."""
    from section55.bodies.models import BodyPeriod, Force, PolicingBody
    from section55.bodies.reference_data import load_forces

    if not PolicingBody.objects.exists():
        load_forces(Force, PolicingBody, BodyPeriod)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("SECTION55_REQUIRE_BROWSER"):
            pytest.fail(f"Chromium is required but not found at {CHROMIUM}")
        pytest.skip(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def page_without_javascript(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    _checkers[page] = browser.new_context(base_url=live_server.url).new_page()
    yield page
    _checkers.pop(page).context.close()
    context.close()


_axe = Axe()
# axe-core is JavaScript, which cannot run in a page that has JavaScript switched off: such a page
# is checked through a twin page that shows the same markup, scripts removed, at the same origin.
_checkers = weakref.WeakKeyDictionary()
_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL | re.IGNORECASE)


def assert_accessible(page):
    """No axe-core violations on the page, once it has loaded (every page has its <h1>)."""
    page.wait_for_load_state("load")
    page.wait_for_selector("h1", state="attached")
    checked = page
    if page in _checkers:
        checked = _checkers[page]
        checked.goto("/healthz")
        checked.set_content(_SCRIPT.sub("", page.content()))
    results = _axe.run(checked)
    assert results.violations_count == 0, f"{page.url}: {results.generate_report()}"


def click_and_load(page, locator):
    """Click something that loads a new page, wait for that page, and check it."""
    with page.expect_navigation():
        locator.click()
    assert_accessible(page)
