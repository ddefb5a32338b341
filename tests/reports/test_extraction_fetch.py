"""Fetching a report from its web address: a local server on 127.0.0.1, never the internet."""

import http.server
import time

import pytest
from django.urls import reverse

from section55.extraction import DocumentError
from section55.reports.drafts.fetch import check_address, fetch_document
from section55.reports.models import ExtractionDraft
from tests.factories import make_report
from tests.reports.extraction_helpers import PEEL, extract_url, local_web_server

MB = 1024 * 1024


@pytest.fixture(scope="module")
def server():
    with local_web_server() as address:
        yield address


def fetch(url, **options):
    return fetch_document(url, **{"max_bytes": 50 * MB, "allow_private": True, **options})


def test_a_document_is_fetched_with_its_name(server):
    name, data = fetch(f"{server}/{PEEL.name}")
    assert name == PEEL.name
    assert data == PEEL.read_bytes()


def test_a_page_without_a_suffix_is_named_by_its_content_type(server):
    name, _ = fetch(f"{server}/sources/")  # the server's own listing, text/html
    assert name == "sources.html"


def test_only_web_addresses_are_fetched():
    for url in ("file:///etc/passwd", "ftp://example.org/report.pdf", "javascript:alert(1)"):
        with pytest.raises(DocumentError, match="must start with http:// or https://"):
            check_address(url, allow_private=True)


def test_addresses_on_this_machine_are_refused_unless_allowed(server):
    with pytest.raises(DocumentError, match="private network"):
        fetch_document(f"{server}/{PEEL.name}", max_bytes=50 * MB)


def test_a_document_over_the_limit_is_refused(server):
    with pytest.raises(DocumentError, match="is over the 10 KB limit"):
        fetch(f"{server}/{PEEL.name}", max_bytes=10 * 1024)


def test_a_missing_page_names_the_servers_answer(server):
    with pytest.raises(DocumentError, match="the server answered 404"):
        fetch(f"{server}/no-such-report.pdf")


def test_a_server_that_does_not_answer_in_time_is_given_up(tmp_path):
    class Slow(http.server.SimpleHTTPRequestHandler):
        def do_GET(self):
            time.sleep(1)

        def log_message(self, *args):
            pass

    with (
        local_web_server(tmp_path, Slow) as address,
        pytest.raises(DocumentError, match="did not answer within 0.2 seconds"),
    ):
        fetch(f"{address}/report.pdf", timeout=0.2)


@pytest.mark.parametrize(
    ("target", "problem"),
    [
        ("ftp://example.org/report.pdf", "must start with http:// or https://"),
        ("file:///etc/passwd", "redirects to an address that is not a web address"),
    ],
)
def test_a_redirect_to_another_scheme_is_refused(tmp_path, target, problem):
    class Redirect(http.server.SimpleHTTPRequestHandler):
        def do_GET(self):
            self.send_response(302)
            self.send_header("Location", target)
            self.end_headers()

        def log_message(self, *args):
            pass

    with (
        local_web_server(tmp_path, Redirect) as address,
        pytest.raises(DocumentError, match=problem),
    ):
        fetch(f"{address}/report.pdf")


def test_a_redirect_to_this_machine_is_refused_unless_allowed(tmp_path, monkeypatch):
    class Redirect(http.server.SimpleHTTPRequestHandler):
        def do_GET(self):
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:9/secret")
            self.end_headers()

        def log_message(self, *args):
            pass

    with local_web_server(tmp_path, Redirect) as address:
        # The first address is let through as if it were public; the redirect is checked again.
        monkeypatch.setattr(
            "section55.reports.drafts.fetch._is_private", lambda host, port: host == "127.0.0.1"
        )
        with pytest.raises(DocumentError, match="^http://127.0.0.1:9/secret: is on a private"):
            fetch_document(f"{address.replace('127.0.0.1', 'localhost')}/r.pdf", max_bytes=MB)


@pytest.mark.django_db
def test_an_editor_gives_the_reports_address_and_checks_what_was_read(
    server, settings, signed_in, editor, body
):
    settings.EXTRACTION_FETCH_PRIVATE_ADDRESSES = True
    report = make_report(body, forces=[body.force])
    url = f"{server}/thematic-online-harassment-2024.html"
    response = signed_in(editor).post(extract_url(report), {"url": url})
    draft = report.extraction_drafts.get()
    assert response.url == reverse("reports:extract-review", args=[report.slug, draft.public_id])
    assert (draft.source_name, draft.format) == ("thematic-online-harassment-2024.html", "html")
    assert draft.findings
    assert not report.findings.exists()


@pytest.mark.django_db
def test_an_address_that_cannot_be_fetched_is_named_on_the_page(
    server, settings, signed_in, editor, body
):
    settings.EXTRACTION_FETCH_PRIVATE_ADDRESSES = True
    report = make_report(body, forces=[body.force])
    url = f"{server}/bad/corrupt.pdf"
    page = signed_in(editor).post(extract_url(report), {"url": url}).content.decode()
    assert f"{url}: is not a readable PDF" in page
    assert "There is a problem" in page
    assert not ExtractionDraft.objects.exists()


@pytest.mark.django_db
def test_by_default_the_service_does_not_fetch_from_its_own_machine(
    server, signed_in, editor, body
):
    report = make_report(body, forces=[body.force])
    url = f"{server}/{PEEL.name}"
    page = signed_in(editor).post(extract_url(report), {"url": url}).content.decode()
    assert "is on a private network, which this service does not fetch from" in page
    assert not ExtractionDraft.objects.exists()


@pytest.mark.django_db
def test_an_address_that_is_not_a_web_address_is_refused_on_the_page(signed_in, editor, body):
    report = make_report(body, forces=[body.force])
    url = "ftp://example.org/report.pdf"
    page = signed_in(editor).post(extract_url(report), {"url": url}).content.decode()
    assert f"{url}: is not a web address: it must start with http:// or https://" in page
    assert not ExtractionDraft.objects.exists()
