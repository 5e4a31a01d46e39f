from django.db import migrations

# Where each level begins on the demo bank's θ scale (see portal/assessment/domain/levels.py).
LEVEL_STARTS = {1: -1.0, 2: 0.0, 3: 1.0, 4: 1.7, 5: 2.2, 6: 2.6, 7: 3.0, 8: 3.4}


def set_level_starts(apps, schema_editor):
    level_model = apps.get_model("assessment", "ProficiencyLevel")
    for number, theta in LEVEL_STARTS.items():
        level_model.objects.filter(number=number, theta_from=0.0).update(theta_from=theta)


class Migration(migrations.Migration):
    dependencies = [("assessment", "0002_add_items_attempts_sessions")]

    operations = [migrations.RunPython(set_level_starts, migrations.RunPython.noop)]
