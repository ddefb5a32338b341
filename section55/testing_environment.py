"""Loaded by pytest (``-p`` in pyproject.toml) before Django reads its settings.

It selects the ``test`` environment unless the caller chose one, so the suite needs no secret key
and uses an in-memory SQLite database unless DATABASE_URL points elsewhere.
"""

import os

os.environ.setdefault("SECTION55_ENV", "test")
