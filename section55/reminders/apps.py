from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "section55.reminders"
    label = "reminders"
