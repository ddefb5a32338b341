"""Shared by the extraction flow tests: the corpus, uploads and a local web server."""

import http.server
import threading
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

CORPUS = Path(__file__).resolve().parents[1] / "data" / "extraction"
BAD = CORPUS / "bad"
PEEL = CORPUS / "peel-borsetshire-2023.pdf"


def upload(path: Path, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or path.name, path.read_bytes())


def extract_url(report) -> str:
    return reverse("reports:extract", args=[report.slug])


def review_url(draft) -> str:
    return reverse("reports:extract-review", args=[draft.report.slug, draft.public_id])


def review_post(draft, action="confirm", untick=(), **extra) -> dict:
    """What the review page posts: every finding ticked except the 1-based numbers in untick."""
    count = len(draft.findings)
    data = {
        "findings-TOTAL_FORMS": str(count),
        "findings-INITIAL_FORMS": str(count),
        "findings-MIN_NUM_FORMS": str(count),
        "findings-MAX_NUM_FORMS": str(count),
        "action": action,
        **extra,
    }
    for index in range(count):
        if index + 1 not in untick:
            data[f"findings-{index}-include"] = "on"
    return data


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def local_web_server(directory: Path = CORPUS, handler=_QuietHandler):
    """An HTTP server on 127.0.0.1 serving ``directory``; yields its base address."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(handler, directory=str(directory))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
