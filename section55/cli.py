"""The ``section55`` command: Django's management commands behind one entry point.

``section55 demo`` must choose its settings (the demo environment and its SQLite database in the
data folder) before Django reads them, so that choice is made here.
"""

import os
import sys

# Verbs that read no database and sign nothing: they work without any configuration.
OFFLINE_VERBS = {"deadline", "extract", "parse-response", "help", "--help", "-h", "--version"}


def main(argv=None):
    argv = list(sys.argv if argv is None else argv)
    verb = argv[1] if len(argv) > 1 else "help"
    if verb == "demo":
        os.environ.setdefault("SECTION55_ENV", "demo")
    elif verb in OFFLINE_VERBS:
        os.environ.setdefault("SECTION55_ENV", "development")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "section55.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
