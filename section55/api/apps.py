from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "section55.api"
    label = "api"
