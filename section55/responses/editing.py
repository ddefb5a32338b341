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
    existing = set(response.finding_responses.values_list("finding_id", flat=True))
    for finding_id, values in answers.items():
        # An empty answer is not an answer: storing none keeps the finding correctable and
        # deletable until someone has actually said something about it.
        if finding_id in existing or any(values.values()):
            FindingResponse.objects.update_or_create(
                response=response, finding_id=finding_id, defaults=values
            )


def _record_history(pk):
    """``QuerySet.update`` writes no audit row; saving the stored values once writes it."""
    Response.objects.get(pk=pk).save()
