from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "section55.accounts"
    label = "accounts"
