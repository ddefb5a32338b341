from django.apps import AppConfig


class DashboardsConfig(AppConfig):
    name = "section55.dashboards"
    label = "dashboards"
