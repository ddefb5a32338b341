from django.urls import path

from section55.reports import views

app_name = "reports"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("reports/new", views.report_create, name="create"),
    path("reports/<slug:slug>/", views.report_detail, name="detail"),
    path("reports/<slug:slug>/edit", views.report_edit, name="edit"),
    path("reports/<slug:slug>/findings/new", views.finding_create, name="finding-create"),
    path(
        "reports/<slug:slug>/findings/<uuid:public_id>/edit",
        views.finding_edit,
        name="finding-edit",
    ),
    path(
        "reports/<slug:slug>/findings/<uuid:public_id>/delete",
        views.finding_delete,
        name="finding-delete",
    ),
]
