from django.core.management.base import BaseCommand, CommandError

from section55.accounts.models import User
from section55.api.models import ApiToken


class Command(BaseCommand):
    help = (
        "Create a personal API token for a person. The token is printed once, alone on the "
        "last line, and cannot be shown again: only its SHA-256 is stored."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="the person's email address")
        parser.add_argument(
            "--name", required=True, help="what the token is for, e.g. 'Panel dashboard'"
        )

    def handle(self, *args, **options):
        name = options["name"].strip()
        if not name or len(name) > 100:
            raise CommandError("--name must be between 1 and 100 characters", returncode=2)
        try:
            user = User.objects.get(email__iexact=options["email"].strip(), is_active=True)
        except User.DoesNotExist:
            raise CommandError(
                f"there is no active person with the email address {options['email']}",
                returncode=2,
            ) from None
        if user.body_id is None:
            self.stderr.write(f"warning: {user.email} belongs to no body; the token sees no drafts")
        _, token = ApiToken.issue(user, name)
        self.stderr.write(f"Token '{name}' for {user.email}; it will not be shown again:")
        self.stdout.write(token)
