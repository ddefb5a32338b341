from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "section55.publishing"
    label = "publishing"
