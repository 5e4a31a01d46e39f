"""Fill the materialised unit paths and give adults the default age rule (15 and over)."""

from django.db import migrations


def fill(apps, schema_editor):
    unit_model = apps.get_model("campaign", "AdministrativeUnit")
    units = {unit.pk: unit for unit in unit_model.objects.all()}
    paths = {}

    def path_of(unit):
        if unit.pk not in paths:
            parent = units.get(unit.parent_id)
            paths[unit.pk] = (path_of(parent) if parent else "/") + f"{unit.pk}/"
        return paths[unit.pk]

    for unit in units.values():
        unit.path = path_of(unit)
    unit_model.objects.bulk_update(units.values(), ["path"], batch_size=500)
    group_model = apps.get_model("campaign", "TargetGroup")
    group_model.objects.filter(code="adults", min_age_years__isnull=True).update(min_age_years=15)


class Migration(migrations.Migration):
    dependencies = [("campaign", "0002_add_paths_successions_age_rules")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
