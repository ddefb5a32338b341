from django.urls import path

from section55.reports import views
from section55.reports.drafts import views as drafts

app_name = "reports"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("reports/new", views.report_create, name="create"),
    path("reports/<slug:slug>/", views.report_detail, name="detail"),
    path("reports/<slug:slug>/edit", views.report_edit, name="edit"),
    path("reports/<slug:slug>/join", views.report_join, name="join"),
    path("reports/<slug:slug>/findings/new", views.finding_create, name="finding-create"),
    path(
        "reports/<slug:slug>/findings/<uuid:public_id>/link",
        views.finding_link,
        name="finding-link",
    ),
    path(
        "reports/<slug:slug>/findings/<uuid:public_id>/edit",
        views.finding_edit,
        name="finding-edit",
    ),
    path(
        "reports/<slug:slug>/findings/<uuid:public_id>/withdraw",
        views.finding_withdraw,
        name="finding-withdraw",
    ),
    path(
        "reports/<slug:slug>/findings/<uuid:public_id>/delete",
        views.finding_delete,
        name="finding-delete",
    ),
]

# Findings read from the report's own document, checked before they are saved.
urlpatterns += [
    path("reports/<slug:slug>/extract/", drafts.start, name="extract"),
    path("reports/<slug:slug>/extract/<uuid:draft_id>/", drafts.review, name="extract-review"),
    path(
        "reports/<slug:slug>/extract/<uuid:draft_id>/findings/new",
        drafts.finding_form,
        name="extract-finding-add",
    ),
    path(
        "reports/<slug:slug>/extract/<uuid:draft_id>/findings/<int:number>/edit",
        drafts.finding_form,
        name="extract-finding-edit",
    ),
    path(
        "reports/<slug:slug>/extract/<uuid:draft_id>/discard",
        drafts.discard,
        name="extract-discard",
    ),
]
