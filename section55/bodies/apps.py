from django.apps import AppConfig


class BodiesConfig(AppConfig):
    name = "section55.bodies"
    label = "bodies"
