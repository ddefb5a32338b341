"""For a personal token only, and only the token's own body: draft responses and tracked items.

Every lookup goes through the body (``section55.core.tenancy``): another body's draft or item is
404, exactly as on the pages. Status changes go through ``section55.tracking.workflow``, whose
refusals come back as 409 with the workflow's own message.
"""

from uuid import UUID

from django.conf import settings
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from ninja import File, Form, Query, Router, UploadedFile
from ninja import Status as Reply
from ninja.pagination import paginate

from section55.api import schemas
from section55.api.auth import PersonalToken
from section55.api.pagination import Pages
from section55.api.schemas import Slug
from section55.core import tenancy
from section55.core.workflow import TransitionRefused
from section55.reports.models import Finding, Report
from section55.responses.models import FindingResponse, Response, Status
from section55.tracking import services, workflow
from section55.tracking.evidence import EvidenceRefused, check_evidence
from section55.tracking.models import ItemStatus, TrackedItem

router = Router(auth=PersonalToken(), tags=["own body"])

DENIED = {401: schemas.Error, 422: schemas.ValidationErrors}
NOT_FOUND = {**DENIED, 404: schemas.Error}
REFUSED = {**NOT_FOUND, 400: schemas.Error, 403: schemas.Error, 409: schemas.Error}


def _drafts(request):
    answers = FindingResponse.objects.order_by("pk")
    return (
        Response.objects.for_body(tenancy.body_of(request))
        .exclude(status=Status.PUBLISHED)
        .with_report()
        .prefetch_related(Prefetch("finding_responses", queryset=answers))
        .order_by("report__published_on", "pk")
    )


def _items(request):
    items = TrackedItem.objects.for_body(tenancy.body_of(request)).with_finding()
    return items.select_related("superseded_by").order_by("target_on", "pk")


@router.get("/drafts", response={200: list[schemas.DraftOut], **DENIED})
@paginate(Pages)
def drafts(request, status: Query[Status | None] = None):
    found = _drafts(request)
    return found.filter(status=status) if status else found


@router.get("/drafts/{id}", response={200: schemas.DraftOut, **NOT_FOUND})
def draft(request, id: UUID):
    return get_object_or_404(_drafts(request), public_id=id)


@router.get("/tracked-items", response={200: list[schemas.TrackedItemOut], **DENIED})
@paginate(Pages)
def tracked_items(
    request,
    status: Query[ItemStatus | None] = None,
    report: Query[Slug | None] = None,
    overdue: Query[bool | None] = None,
):
    found = _items(request)
    if status:
        found = found.filter(status=status)
    if report:
        found = found.filter(finding__report__slug=report)
    if overdue is not None:
        overdue_ids = found.overdue().values("pk")
        found = found.filter(pk__in=overdue_ids) if overdue else found.exclude(pk__in=overdue_ids)
    return found


@router.get("/tracked-items/{id}", response={200: schemas.TrackedItemDetail, **NOT_FOUND})
def tracked_item(request, id: UUID):
    return get_object_or_404(_items(request), public_id=id)


@router.post(
    "/tracked-items/{id}/transitions", response={200: schemas.TrackedItemDetail, **REFUSED}
)
def change_status(request, id: UUID, change: schemas.TransitionIn):
    """Move the item through the workflow: the same rules, roles and history rows as the pages."""
    item = get_object_or_404(_items(request), public_id=id)
    try:
        _TRANSITIONS[change.transition](item, request.user, change)
    except TransitionRefused as refusal:
        return Reply(409, {"detail": str(refusal)})
    return get_object_or_404(_items(request), public_id=id)


@router.post(
    "/tracked-items/{id}/updates", response={201: schemas.UpdateOut, 413: schemas.Error, **REFUSED}
)
def add_update(
    request, id: UUID, update: Form[schemas.UpdateIn], evidence: File[UploadedFile] = None
):
    """A dated note of progress (multipart form), with one optional evidence file."""
    item = get_object_or_404(_items(request), public_id=id)
    if request.user.role not in workflow.PROGRESSORS:
        return Reply(403, {"detail": "Your role does not allow this"})
    if not item.is_open:
        return Reply(409, {"detail": "Only open items can be updated"})
    if evidence is not None and evidence.size > settings.MAX_UPLOAD_BYTES:
        limit = settings.MAX_UPLOAD_BYTES // 2**20
        return Reply(413, {"detail": f"{evidence.name} is larger than the {limit} MB limit"})
    try:
        file = _evidence(evidence)
    except EvidenceRefused as refusal:
        problem = {"loc": ["form", "evidence"], "msg": str(refusal), "type": "evidence_refused"}
        return Reply(422, {"detail": [problem]})
    try:
        added = services.add_update(item, request.user, update.text, file, update.rag)
    except TransitionRefused as refusal:  # closed, or the role changed, since the checks above
        return Reply(409, {"detail": str(refusal)})
    return Reply(201, added)


def _evidence(upload):
    if upload is None:
        return None
    content = upload.read()
    return upload.name, check_evidence(upload.name, content), content


def _owner(item, email):
    people = services.people_of(item.body)
    return people.filter(email__iexact=email).first() if email else None


def _later_finding(item, public_id):
    if public_id is None:
        return None
    visible = Finding.objects.filter(report__in=Report.objects.visible_to(item.body))
    return visible.exclude(pk=item.finding_id).filter(public_id=public_id).first()


_TRANSITIONS = {
    "allocate": lambda item, user, c: workflow.allocate(
        item, user, _owner(item, c.owner), c.target_on
    ),
    "request_sign_off": lambda item, user, c: workflow.request_sign_off(item, user, c.reason),
    "return_to_progress": lambda item, user, c: workflow.return_to_progress(item, user, c.reason),
    "close_completed": lambda item, user, c: workflow.close_completed(item, user, c.reason),
    "close_superseded": lambda item, user, c: workflow.close_superseded(
        item, user, _later_finding(item, c.superseded_by), c.reason
    ),
    "close_no_further_action": lambda item, user, c: workflow.close_no_further_action(
        item, user, c.reason
    ),
    "reopen": lambda item, user, c: workflow.reopen(item, user, c.reason),
}
