from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from section55.core import server


class Command(BaseCommand):
    help = "Serve section55 with a production web server (waitress) and its static files."
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument(
            "--host", default="127.0.0.1", help="address to listen on (default %(default)s)"
        )
        parser.add_argument(
            "--port", type=int, default=8000, help="port to listen on (default %(default)s)"
        )
        parser.add_argument(
            "--threads", type=int, default=8, help="worker threads (default %(default)s)"
        )

    def handle(self, *args, **options):
        pending = server.unapplied_migrations()
        if pending:
            raise CommandError(
                f"The database needs {len(pending)} migration(s), starting with {pending[0]}: "
                "run `section55 migrate` first"
            )
        server.collect_static_files()
        self.stdout.write(
            f"section55 ({settings.ENVIRONMENT}) at http://{options['host']}:{options['port']}/"
        )
        server.serve(options["host"], options["port"], options["threads"])
