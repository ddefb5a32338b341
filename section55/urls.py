from django.contrib import admin
from django.urls import include, path

from section55.core.views import healthz

admin.site.site_header = "section55 administration"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("", include("section55.accounts.urls")),
    path("", include("section55.reports.urls")),
    path("", include("section55.responses.urls")),
    path("", include("section55.publishing.urls")),
    path("", include("section55.bodies.urls")),
    path("", include("section55.tracking.urls")),
    path("", include("section55.dashboards.urls")),
    path("", include("section55.reminders.urls")),
    path("api/v1/", include("section55.api.urls")),
    path("admin/", admin.site.urls),
]
