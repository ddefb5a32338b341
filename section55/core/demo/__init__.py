"""Demonstration content: the Soteria report of the published Norfolk response, illustrative reports
in other deadline states, and a user for each role.

Accounts are created only if missing, and the reports only while the demo body has registered
none, so running the demo again keeps everything people added, changed or deleted.
Passwords are generated on the first run and kept in the data folder, never in the repository.
"""

import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from section55.accounts.models import Role, User
from section55.bodies.models import PolicingBody
from section55.reports.models import Finding, Report
from section55.responses import workflow
from section55.responses.editing import save_parts
from section55.responses.models import Response, Status, StatusChange
from section55.responses.services import open_responses_for

HERE = Path(__file__).parent
SOTERIA_RESPONSE = "norfolk-pcc-response-soteria-2024.txt"
SOTERIA_PUBLISHED_ON = date(2024, 10, 15)
DEMO_BODY = "norfolk"
OTHER_BODY = "suffolk"
DEMO_ROLES = [
    (DEMO_BODY, Role.EDITOR),
    (DEMO_BODY, Role.APPROVER),
    (DEMO_BODY, Role.FORCE_LIAISON),
    (DEMO_BODY, Role.VIEWER),
    (DEMO_BODY, Role.ADMINISTRATOR),
    (OTHER_BODY, Role.EDITOR),
]


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    body: str
    role: str


def load_demo(data_dir: Path, today: date | None = None) -> list[DemoAccount]:
    today = today or timezone.localdate()
    with transaction.atomic():
        body = PolicingBody.objects.get(slug=DEMO_BODY)
        accounts = _ensure_accounts(data_dir)
        if not body.registered_reports.exists():
            editor = User.objects.get(email=accounts[0].email)
            _create_soteria(body, editor)
            _progress_tracked_items(body, today)
            for spec in _read("illustrative.json"):
                _create_illustrative(spec, body, editor, today)
    return accounts


def _read(name):
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def _ensure_accounts(data_dir: Path) -> list[DemoAccount]:
    credentials = _credentials(data_dir)
    accounts = []
    for body_slug, role in DEMO_ROLES:
        email = f"{role.replace('_', '-')}@{body_slug}.demo.section55.org"
        password = credentials.setdefault(email, secrets.token_urlsafe(12))
        _ensure_user(email, password, body_slug, role)
        accounts.append(DemoAccount(email, password, body_slug, role.label))
    _save_credentials(data_dir, credentials)
    return accounts


def _credentials(data_dir: Path) -> dict:
    path = data_dir / "demo-accounts.json"
    return json.loads(path.read_text()) if path.exists() else {}


def _save_credentials(data_dir: Path, credentials: dict) -> None:
    path = data_dir / "demo-accounts.json"
    path.write_text(json.dumps(credentials, indent=2))
    path.chmod(0o600)


def _ensure_user(email, password, body_slug, role):
    if User.objects.filter(email=email).exists():
        return
    body = PolicingBody.objects.get(slug=body_slug)
    first_name = Role(role).label.split(" (")[0]
    User.objects.create_user(
        email, password, body=body, role=role, first_name=first_name, last_name="(demo)"
    )


def _create_soteria(body, editor):
    """The published Norfolk response to the Soteria report, imported as an office would."""
    from section55.publishing.importing import import_response

    seed = HERE / SOTERIA_RESPONSE
    import_response(seed.read_bytes(), seed.name, body, SOTERIA_PUBLISHED_ON)


def _progress_tracked_items(body, today):
    """Some of the Soteria items under way, one closed, so the tracker has something to show."""
    from section55.tracking import services, workflow
    from section55.tracking.models import TrackedItem

    people = {user.role: user for user in User.objects.filter(body=body)}
    editor, liaison, approver = (
        people[Role.EDITOR],
        people[Role.FORCE_LIAISON],
        people[Role.APPROVER],
    )
    items = {
        i.finding.ref: i for i in TrackedItem.objects.filter(body=body).select_related("finding")
    }
    for ref in ("3", "7", "9"):
        workflow.allocate(items[ref], editor, liaison)
    services.add_update(
        items["3"], liaison, "Task and finish group set up; CPD days planned.", rag="amber"
    )
    services.add_update(
        items["9"], liaison, "Retention process reviewed and reissued to supervisors.", rag="green"
    )
    services.add_review(items["9"], approver, today, "Process seen and tested on a sample.", None)
    workflow.close_completed(
        items["9"], approver, "Revised process in use; sample checked at review."
    )


def _create_illustrative(spec, body, editor, today):
    published_on = today - timedelta(days=spec["published_days_ago"])
    report = _create_report(spec, published_on, body, editor)
    created = []
    for position, finding in enumerate(spec["findings"], start=1):
        parent = created[finding.pop("parent")] if "parent" in finding else None
        created.append(
            Finding.objects.create(report=report, position=position, parent=parent, **finding)
        )
    if "response_published_days_after" in spec:
        response_published_on = published_on + timedelta(days=spec["response_published_days_after"])
        _publish_through_the_workflow(report, body, response_published_on, spec["response"])


def _create_report(spec, published_on, body, editor):
    report = Report.objects.create(
        title=spec["title"],
        url=spec.get("url", ""),
        published_on=published_on,
        publication_types=spec["publication_types"],
        scope=spec["scope"],
        key_findings=spec["key_findings"],
        owner=body,
        created_by=editor,
    )
    if spec["scope"] == "named_forces":
        report.forces.add(body.force)
    open_responses_for(report)
    return report


def _publish_through_the_workflow(report, body, published_on, texts):
    """Every step a response takes, by the person whose step it is, so the demo holds only what
    the workflow could have produced: the invitation and its date, both parties' comments, the
    approval, the published documents and the tracked items."""
    from section55.publishing import services

    people = {user.role: user for user in User.objects.filter(body=body)}
    editor, liaison, approver = (
        people[Role.EDITOR],
        people[Role.FORCE_LIAISON],
        people[Role.APPROVER],
    )
    response = Response.objects.get(report=report, body=body)
    workflow.invite_chief_officer(response, editor, response.default_chief_officer_due_on)
    answers = {finding.pk: texts["answers"][finding.ref] for finding in report.findings.all()}
    _write(response, {"chief_officer_comments": texts["chief_officer_comments"]}, answers)
    workflow.receive_chief_officer_comments(response, liaison)
    _write(response, {"body_comments": texts["body_comments"]}, {})
    workflow.submit_for_approval(response, editor)
    workflow.approve(response, approver)
    services.publish(response, approver, published_on)
    _date_the_steps(response, published_on)


def _write(response, fields, answers):
    save_parts(response, response.revision, fields, answers)
    response.refresh_from_db()


def _date_the_steps(response, published_on):
    """The steps were taken just now; the story they tell happened months ago. Each history
    row is dated the day its step would have been taken: the invitation the day after the
    report, the comments on the day they were due, approval in the last days before
    publication."""
    report_published_on = response.report.published_on
    days = {
        Status.CHIEF_OFFICER_INVITED: report_published_on + timedelta(days=1),
        Status.CHIEF_OFFICER_RECEIVED: response.chief_officer_due_on,
        Status.AWAITING_APPROVAL: published_on - timedelta(days=3),
        Status.APPROVED: published_on - timedelta(days=1),
        Status.PUBLISHED: published_on,
    }
    for change in response.status_changes.all():
        moment = datetime.combine(days[change.to_status], time(10, 0))
        StatusChange.objects.filter(pk=change.pk).update(changed_at=timezone.make_aware(moment))
