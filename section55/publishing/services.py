"""Publishing a response: the state change, the immutable documents, in one transaction."""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from section55.publishing.builder import build_document
from section55.publishing.models import PublishedDocument, PublishedVersion
from section55.publishing.render import FORMATS, render_bytes, render_html_fragment
from section55.responses import workflow
from section55.tracking.services import track_findings


@transaction.atomic
def publish(response, user, published_on=None, correction_note="") -> PublishedVersion:
    """Publish ``response`` now; ``TransitionRefused`` unless it is approved and complete."""
    workflow.mark_published(response, user, published_on or timezone.localdate())
    track_findings(response)
    return snapshot(response, user, published_on or timezone.localdate(), correction_note)


def snapshot(response, user, published_on, correction_note="") -> PublishedVersion:
    """Render every format of the response as it stands and store them, never to change."""
    number = (response.versions.aggregate(last=Max("number"))["last"] or 0) + 1
    document = build_document(response, published_on, number, correction_note=correction_note)
    version = PublishedVersion.objects.create(
        response=response,
        number=number,
        published_on=published_on,
        published_by=user,
        correction_note=correction_note,
        report_published_on=response.report.published_on,
        statutory_last_day=response.report.statutory_last_day,
        html_fragment=render_html_fragment(document),
    )
    PublishedDocument.objects.bulk_create(
        PublishedDocument.of(version, name, fmt.media_type, render_bytes(document, name))
        for name, fmt in FORMATS.items()
    )
    return version


def record_checklist_item(response, user, item, address=""):
    """Record that ``item`` was done; recording it again keeps the first record."""
    from section55.publishing.models import ChecklistEntry

    entry, _ = ChecklistEntry.objects.get_or_create(
        response=response, item=item, defaults={"done_by": user, "address": address}
    )
    return entry
