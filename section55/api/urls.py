from django.urls import path

from section55.api import views
from section55.api.api import api

app_name = "api"
urlpatterns = [
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<uuid:public_id>/revoke", views.revoke, name="revoke"),
    *api.urls[0],
]
