"""The ``section55`` command: Django's management commands behind one entry point.

``section55 demo`` must choose its settings (the demo environment and its SQLite database in the
data folder) before Django reads them, so that choice is made here.
"""

import os
import sys
from collections.abc import MutableMapping

# Verbs that read no database and sign nothing: they work without any configuration.
OFFLINE_VERBS = {"deadline", "extract", "parse-response", "help", "--help", "-h", "--version"}
DEMO_HOST = "127.0.0.1"  # the demo serves on this address only


def main(argv=None):
    argv = list(sys.argv if argv is None else argv)
    prepare_environment(argv, os.environ)
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


def prepare_environment(argv: list[str], environ: MutableMapping[str, str]) -> None:
    """The defaults a verb needs before Django reads the settings; what is set stays."""
    verb = argv[1] if len(argv) > 1 else "help"
    if verb == "demo":
        environ.setdefault("SECTION55_ENV", "demo")
        port = _port_option(argv[2:])
        if port is not None:
            # Emails, the calendar feed and the API link to SITE_URL: in the demo, that is the
            # address it serves on, whatever port it was given.
            environ.setdefault("SITE_URL", f"http://{DEMO_HOST}:{port}")
    elif verb in OFFLINE_VERBS:
        environ.setdefault("SECTION55_ENV", "development")
    environ.setdefault("DJANGO_SETTINGS_MODULE", "section55.settings")


def _port_option(arguments: list[str]) -> int | None:
    """The value of the last ``--port N`` or ``--port=N``, as the demo command reads it; None if
    absent or not a number, which the demo command's own parser then refuses with its message."""
    value = None
    for n, argument in enumerate(arguments):
        if argument.startswith("--port="):
            value = argument.removeprefix("--port=")
        elif argument == "--port" and n + 1 < len(arguments):
            value = arguments[n + 1]
    return int(value) if value is not None and value.isdigit() else None


if __name__ == "__main__":
    main()
