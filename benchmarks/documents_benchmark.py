"""Size and speed of the published documents. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/documents_benchmark.py [--runs 5]

Renders the seed response (tests/publishing/seed_document.py) in every format of
``section55.publishing.render.FORMATS`` and prints, per format, the size in bytes and the median
render time of --runs runs. The first PDF render also loads WeasyPrint and the fonts, so one
untimed warm-up render of each format comes first.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.publishing.seed_document

from section55.publishing.render import FORMATS, render_bytes  # noqa: E402
from tests.publishing.seed_document import seed_document  # noqa: E402


def timed(doc, name: str, runs: int) -> tuple[int, float]:
    """Size in bytes and median seconds of ``runs`` renders, after one warm-up render."""
    render_bytes(doc, name)
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        data = render_bytes(doc, name)
        seconds.append(time.perf_counter() - start)
    return len(data), statistics.median(seconds)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args(argv).runs
    doc = seed_document()
    print(f"seed response, median of {runs} runs")
    print(f"{'format':<8}{'bytes':>10}{'median ms':>12}")
    for name in FORMATS:
        size, seconds = timed(doc, name, runs)
        print(f"{name:<8}{size:>10}{seconds * 1000:>12.1f}")


if __name__ == "__main__":
    main()
