from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "section55.reports"
    label = "reports"
