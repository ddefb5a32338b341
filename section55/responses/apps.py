from django.apps import AppConfig


class ResponsesConfig(AppConfig):
    name = "section55.responses"
    label = "responses"
