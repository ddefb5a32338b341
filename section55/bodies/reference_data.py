"""Loading the forces of England and Wales and their policing bodies from ``reference/forces.json``.

The loader upserts by slug and by (body, effective_from), so running it again after the file
changes adds new governance periods and corrects details without touching anything else. It takes
the model classes as arguments so that data migrations can pass their historical models.
"""

import json
from datetime import date
from pathlib import Path

REFERENCE_FILE = Path(__file__).parent / "reference" / "forces.json"


def read_reference_file(path: Path = REFERENCE_FILE) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def load_forces(force_model, body_model, period_model, rows: list[dict] | None = None) -> int:
    """Create or update every force, body and period in ``rows``; returns the number of forces."""
    rows = read_reference_file() if rows is None else rows
    for row in rows:
        force = _upsert_force(force_model, row)
        body, _ = body_model.objects.get_or_create(force=force, defaults={"slug": row["slug"]})
        for period in row["bodies"]:
            _upsert_period(period_model, body, period)
    return len(rows)


def _upsert_force(force_model, row):
    values = {
        "name": row["force_name"],
        "short_name": row["short_name"],
        "website": row.get("force_website", ""),
        "country": row["country"],
        "chief_officer_title": row.get("chief_officer_title", "Chief Constable"),
    }
    force, _ = force_model.objects.update_or_create(
        slug=row["slug"], defaults=_known_to(force_model, values)
    )
    return force


def _known_to(model, values: dict) -> dict:
    """Only the fields ``model`` has: an early migration's model lacks fields added later."""
    names = {field.name for field in model._meta.get_fields()}
    return {name: value for name, value in values.items() if name in names}


def _upsert_period(period_model, body, period):
    period_model.objects.update_or_create(
        body=body,
        effective_from=date.fromisoformat(period["effective_from"]),
        defaults={
            "name": period["name"],
            "kind": period["kind"],
            "office_holder_title": period["office_holder_title"],
            "website": period.get("website") or "",
            "effective_to": _optional_date(period.get("effective_to")),
        },
    )


def _optional_date(text):
    return date.fromisoformat(text) if text else None
