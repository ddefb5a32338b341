"""Serving the application with waitress, a production WSGI server (multi-threaded, pure Python).

Static files are served by WhiteNoise from the collected folder, with far-future caching for
hashed names, so no separate web server is needed for a single-host installation.
"""

from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def unapplied_migrations() -> list[str]:
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]


def collect_static_files() -> None:
    call_command("collectstatic", interactive=False, verbosity=0)


def serve(host: str, port: int, threads: int) -> None:
    import waitress

    from section55.wsgi import application

    waitress.serve(application, host=host, port=port, threads=threads, ident="section55")
