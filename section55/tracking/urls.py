from django.urls import path

from section55.tracking import views

app_name = "tracking"
urlpatterns = [
    path("tracker/", views.tracker, name="tracker"),
    path("tracker/<uuid:public_id>/", views.item_detail, name="item"),
    path("tracker/<uuid:public_id>/allocate", views.allocate, name="allocate"),
    path("tracker/<uuid:public_id>/update", views.add_update, name="update"),
    path("tracker/<uuid:public_id>/actions/new", views.add_action, name="action"),
    path(
        "tracker/<uuid:public_id>/actions/<int:action_id>/done",
        views.action_done,
        name="action-done",
    ),
    path("tracker/<uuid:public_id>/review", views.add_review, name="review"),
    path("tracker/<uuid:public_id>/close", views.close, name="close"),
    path("tracker/<uuid:public_id>/sign-off", views.request_sign_off, name="sign-off"),
    path("tracker/<uuid:public_id>/evidence/<uuid:evidence_id>", views.evidence, name="evidence"),
    path("tracker/<uuid:public_id>/<slug:name>", views.with_reason, name="with-reason"),
]
