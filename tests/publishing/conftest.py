"""The seed as a ResponseDocument, rendered once per test session in every format.

The renderers' tests touch no database and request no ``db`` fixture; only ``test_builder.py``,
which builds documents from a body's records, uses it.
"""

import pytest

from section55.extraction import parse_response
from section55.publishing.render import FORMATS

from .seed_document import SEED_FILE, seed_document


@pytest.fixture(scope="session")
def seed():
    return seed_document()


@pytest.fixture(scope="session")
def rendered(seed):
    """Format name -> the seed rendered in it (str for html and txt, bytes otherwise)."""
    return {name: format.render(seed) for name, format in FORMATS.items()}


@pytest.fixture(scope="session")
def original():
    """The published seed text file, parsed: what every rendering must parse back to."""
    return parse_response(SEED_FILE)
