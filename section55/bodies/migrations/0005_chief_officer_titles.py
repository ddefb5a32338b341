from django.db import migrations

from section55.bodies.reference_data import load_forces


def load(apps, schema_editor):
    load_forces(
        apps.get_model("bodies", "Force"),
        apps.get_model("bodies", "PolicingBody"),
        apps.get_model("bodies", "BodyPeriod"),
    )


class Migration(migrations.Migration):
    dependencies = [("bodies", "0004_force_chief_officer_title")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
