from django.urls import path

from section55.responses import views

app_name = "responses"
urlpatterns = [
    path("responses/<uuid:public_id>/", views.response_detail, name="detail"),
    path("responses/<uuid:public_id>/history", views.response_history, name="history"),
    path("responses/<uuid:public_id>/invite", views.invite, name="invite"),
    path("responses/<uuid:public_id>/invitation", views.invitation, name="invitation"),
    path(
        "responses/<uuid:public_id>/invitation/withdraw",
        views.withdraw_invitation,
        name="withdraw-invitation",
    ),
    path(
        "responses/<uuid:public_id>/chief-officer/return",
        views.return_chief_officer_comments,
        name="return-chief-officer-comments",
    ),
    path(
        "responses/<uuid:public_id>/chief-officer", views.chief_officer_part, name="chief-officer"
    ),
    path("responses/<uuid:public_id>/body", views.body_part, name="body"),
    path("responses/<uuid:public_id>/not-submitted", views.not_submitted, name="not-submitted"),
    path(
        "responses/<uuid:public_id>/return-for-changes",
        views.return_for_changes,
        name="return-for-changes",
    ),
    path("responses/<uuid:public_id>/not-required", views.not_required, name="not-required"),
    path("responses/<uuid:public_id>/reopen", views.reopen, name="reopen"),
    path("responses/<uuid:public_id>/publish", views.publish, name="publish"),
    path("responses/<uuid:public_id>/correct", views.start_correction, name="correct"),
    path("responses/<uuid:public_id>/checklist", views.checklist, name="checklist"),
    path("responses/<uuid:public_id>/do/<slug:name>", views.transition, name="transition"),
]
