"""Shared paths for the extraction tests. Nothing here needs Django."""

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "extraction"
BAD = DATA / "bad"
SEED = "norfolk-pcc-response-soteria-2024"
SEED_RENDERINGS = [f"{SEED}.txt", f"{SEED}.html", f"{SEED}.pdf", f"{SEED}.docx"]
REPORTS = [
    "thematic-online-harassment-2024.html",
    "peel-borsetshire-2023.pdf",
    "crime-data-integrity-borsetshire-2014.docx",
    f"{SEED}.txt",
]


@pytest.fixture
def data():
    return DATA
