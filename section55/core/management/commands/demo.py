from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from section55.core import server
from section55.core.demo import load_demo


class Command(BaseCommand):
    help = (
        "Start section55 with demonstration data on an embedded SQLite database in the data folder "
        "(SECTION55_DATA_DIR, default ./data). Running it again keeps what is already stored."
    )
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument(
            "--port", type=int, default=8000, help="port to serve on (default %(default)s)"
        )
        parser.add_argument("--no-serve", action="store_true", help="prepare the data, then stop")

    def handle(self, *args, **options):
        self.stdout.write(f"Preparing the demonstration in {settings.DATA_DIR} ...")
        call_command("migrate", interactive=False, verbosity=0)
        server.collect_static_files()
        accounts = load_demo(settings.DATA_DIR)
        self._print_accounts(accounts)
        if options["no_serve"]:
            return
        self.stdout.write(
            self.style.SUCCESS(f"Open http://127.0.0.1:{options['port']}/ (Ctrl+C stops it)")
        )
        server.serve("127.0.0.1", options["port"], threads=8)

    def _print_accounts(self, accounts):
        self.stdout.write("\nDemo accounts (passwords are kept in the data folder):")
        for account in accounts:
            self.stdout.write(
                f"  {account.role:<40} {account.email:<45} {account.password}  [{account.body}]"
            )
        self.stdout.write("")
