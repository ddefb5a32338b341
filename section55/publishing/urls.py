from django.urls import path

from section55.publishing import feeds, views

app_name = "publishing"
urlpatterns = [
    path("bodies/<slug:slug>/responses/", views.body_responses, name="body"),
    path("bodies/<slug:slug>/responses.atom", feeds.BodyResponsesFeed(), name="feed"),
    path("bodies/<slug:slug>/responses/<slug:report_slug>/", views.response_page, name="response"),
    path(
        "bodies/<slug:slug>/responses/<slug:report_slug>/v<int:number>.<str:fmt>",
        views.document,
        name="document",
    ),
]
