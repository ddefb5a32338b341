"""Saving the parts of a response that people write, without overwriting each other.

Each edit form carries the response's ``revision`` as it was when the page was opened. Saving
succeeds only if the revision is unchanged; otherwise ``EditConflict`` is raised, nothing is saved,
and the person sees the current text beside their own, which the page keeps for them.
"""

from django.db import transaction
from django.db.models import F

from section55.responses.models import FindingResponse, Response


class EditConflict(Exception):
    pass


@transaction.atomic
def save_parts(response: Response, revision: int, fields: dict, answers: dict[int, dict]) -> None:
    """Update ``fields`` of the response and, per finding id, its ``FindingResponse`` values."""
    rows = Response.objects.filter(pk=response.pk, revision=revision)
    if not rows.update(revision=F("revision") + 1, **fields):
        raise EditConflict
    _record_history(response.pk)
    for finding_id, values in answers.items():
        FindingResponse.objects.update_or_create(
            response=response, finding_id=finding_id, defaults=values
        )


def _record_history(pk):
    """``QuerySet.update`` writes no audit row; saving the stored values once writes it."""
    Response.objects.get(pk=pk).save()
