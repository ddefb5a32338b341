import gzip
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

# Rebuilt by migrations, or derived: never part of a backup.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "axes", "admin.logentry"]


class Command(BaseCommand):
    help = (
        "Write everything stored (all bodies' records, published documents, evidence, audit "
        "history) to a gzipped JSON file that `section55 loaddata FILE` restores into a migrated, "
        "empty database of either kind (SQLite or PostgreSQL)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="FILE.json.gz", help="where to write the backup")

    def handle(self, *args, **options):
        path = Path(options["path"])
        if not path.name.endswith(".json.gz"):
            raise CommandError("the backup file name must end .json.gz", returncode=2)
        if path.exists():
            raise CommandError(f"{path} already exists: choose a new name", returncode=2)
        with gzip.open(path, "wt", encoding="utf-8") as out:
            call_command(
                "dumpdata", exclude=EXCLUDED, natural_foreign=True, stdout=out, verbosity=0
            )
        self.stdout.write(f"{path} ({path.stat().st_size:,} bytes)")
