from django.apps import AppConfig


class TrackingConfig(AppConfig):
    name = "section55.tracking"
    label = "tracking"
