"""Accuracy and speed of document extraction. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/extraction_benchmark.py [--pages 200] [--runs 5]

Accuracy: every corpus document in tests/data/extraction against the expected results beside it
(precision, recall and per-field accuracy of the findings; the seed response parsed from each of
its four renderings). Speed: a report-like PDF of --pages pages is generated with WeasyPrint
(cached in the temporary directory), then timed: pages per second for full extraction, and the
ratio of full extraction time to raw pypdfium2 text extraction of the same file (best of --runs).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from section55.extraction import extract_bytes, extract_document, parse_response_bytes

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "extraction"
SEED = "norfolk-pcc-response-soteria-2024"
REPORTS = [
    "thematic-online-harassment-2024.html",
    "peel-borsetshire-2023.pdf",
    "crime-data-integrity-borsetshire-2014.docx",
    f"{SEED}.txt",
]
FIELDS = [
    "ref",
    "parent",
    "text",
    "items",
    "timescale",
    "due_on",
    "addressees",
    "directed_at_forces",
    "page",
]


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _matches(expected: list[dict], found: list[dict]) -> dict[int, int]:
    """Expected index -> found index: same kind, and the same number or the same words."""
    pairs: dict[int, int] = {}
    for want_at, want in enumerate(expected):
        for got_at, got in enumerate(found):
            same = (
                want["ref"] == got["ref"]
                if want["ref"]
                else _key(want["text"]) == _key(got["text"])
            )
            if got_at not in pairs.values() and want["kind"] == got["kind"] and same:
                pairs[want_at] = got_at
                break
    return pairs


def _field(finding: dict, name: str, mapping: dict[int, int] | None = None):
    """A field's value; a found finding's parent is translated to the expected numbering."""
    if name == "page":
        return finding["location"]["page"]
    if name == "parent" and mapping is not None and finding["parent"] is not None:
        return mapping.get(finding["parent"], -1)
    return finding[name]


class Tally:
    def __init__(self) -> None:
        self.expected = self.found = self.matched = 0
        self.right = dict.fromkeys([*FIELDS, "chief_officer_response"], 0)
        self.compared = dict.fromkeys(self.right, 0)
        self.documents = {"title": [0, 0], "published_on": [0, 0], "report details": [0, 0]}

    def add(self, expected: list[dict], found: list[dict], fields: list[str]) -> None:
        pairs = _matches(expected, found)
        back = {got: want for want, got in pairs.items()}
        self.expected, self.found = self.expected + len(expected), self.found + len(found)
        self.matched += len(pairs)
        for want_at, got_at in pairs.items():
            for name in fields:
                want = _field(expected[want_at], name)
                got = _field(found[got_at], name, back)
                self.compared[name] += 1
                self.right[name] += want == got

    def add_document(self, name: str, expected, found) -> None:
        self.documents[name][0] += expected == found
        self.documents[name][1] += 1

    def report(self, heading: str) -> None:
        precision = self.matched / self.found if self.found else 1.0
        recall = self.matched / self.expected if self.expected else 1.0
        print(f"{heading}: {self.expected} expected findings, {self.found} found")
        print(f"  precision {precision:.3f}   recall {recall:.3f}")
        for name, right in self.right.items():
            if total := self.compared[name]:
                print(f"  {name:<24} {right / total:.3f}  ({right}/{total})")
        for name, (right, total) in self.documents.items():
            if total:
                print(f"  document {name:<15} {right / total:.3f}  ({right}/{total})")


def accuracy() -> None:
    reports = Tally()
    for name in REPORTS:
        wanted = json.loads((DATA / f"{name.rsplit('.', 1)[0]}.expected.json").read_text())
        got = extract_bytes((DATA / name).read_bytes(), name).as_dict()
        reports.add(wanted["findings"], got["findings"], FIELDS)
        reports.add_document("title", wanted["title"], got["title"])
        reports.add_document("published_on", wanted["published_on"], got["published_on"])
    reports.report(f"Extraction, {len(REPORTS)} reports (HTML, PDF, DOCX, text)")
    responses = Tally()
    wanted = json.loads((DATA / f"{SEED}.response.expected.json").read_text())
    for suffix in ("txt", "html", "pdf", "docx"):
        got = parse_response_bytes((DATA / f"{SEED}.{suffix}").read_bytes(), suffix).as_dict()
        # pages differ between the four renderings, so location is not compared
        fields = [name for name in FIELDS if name != "page"] + ["chief_officer_response"]
        responses.add(wanted["findings"], got["findings"], fields)
        responses.add_document("report details", wanted["report"], got["report"])
    responses.report("Response parsing, the seed as text, HTML, PDF and DOCX")


def _chapter(number: int) -> str:
    paragraph = (
        "<p>The force has made progress since our last inspection, but it still needs to "
        "improve how it supervises investigations and how it keeps victims informed. We reviewed "
        "100 case files and found that in 71 of them the investigation was effective, the "
        "victim was kept informed and the outcome was appropriate. Officers told us that their "
        "workloads were high and that they did not always have time to update victims.</p>"
    )
    bullets = "".join(
        f"<li>make sure that item {n} of the plan is carried out;</li>" for n in "abc"
    )
    finding = (
        f"<h3>Recommendation {number}</h3><p>By 31 March 2025, chief constables should make "
        f"sure that:</p><ul>{bullets}</ul>"
    )
    return f"<h2>Chapter {number}</h2>" + paragraph * 4 + finding + paragraph * 3


def benchmark_pdf(pages: int) -> Path:
    """A report-like PDF of about ``pages`` pages, generated once and cached."""
    html = (
        "<style>@page{size:A4;margin:2cm;@bottom-center{content:counter(page)}}"
        "body{font-family:sans-serif;font-size:11pt}h2{break-before:page}</style>"
        "<h1>A generated inspection report</h1><p>Publication date: 1 October 2024</p>"
        + "".join(_chapter(number) for number in range(1, pages + 1))
    )
    digest = hashlib.sha256(html.encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"section55-benchmark-{pages}-{digest}.pdf"
    if not path.exists():
        import weasyprint

        path.write_bytes(weasyprint.HTML(string=html).write_pdf())
    return path


def _raw_text(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path.read_bytes())
    for number in range(len(document)):
        page = document[number]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    count = len(document)
    document.close()
    return count


def _best(call, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def speed(pages: int, runs: int) -> None:
    path = benchmark_pdf(pages)
    count = _raw_text(path)
    raw = _best(lambda: _raw_text(path), runs)
    full = _best(lambda: extract_document(path), runs)
    findings = len(extract_document(path).findings)
    print(f"Speed: {path.name}, {count} pages, {path.stat().st_size // 1024} KB, best of {runs}")
    print(f"  raw text extraction   {raw:.3f} s   ({count / raw:.0f} pages/s)")
    print(
        f"  full extraction       {full:.3f} s   ({count / full:.0f} pages/s, {findings} findings)"
    )
    print(f"  full / raw ratio      {full / raw:.2f}")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args(argv)
    accuracy()
    speed(options.pages, options.runs)


if __name__ == "__main__":
    main(sys.argv[1:])
