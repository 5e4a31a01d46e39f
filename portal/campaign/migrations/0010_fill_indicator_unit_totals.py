"""Fill the per-unit indicator totals from the day counts kept so far."""

from django.db import migrations
from django.db.models import Sum


def fill(apps, schema_editor):
    day_count = apps.get_model("campaign", "IndicatorDayCount")
    total = apps.get_model("campaign", "IndicatorUnitTotal")
    total.objects.all().delete()
    rows = (
        day_count.objects.values("indicator", "unit_id")
        .annotate(people=Sum("count"))
        .order_by("indicator", "unit_id")
    )
    total.objects.bulk_create(
        (
            total(indicator=row["indicator"], unit_id=row["unit_id"], count=row["people"])
            for row in rows
            if row["people"]
        ),
        batch_size=5000,
    )


class Migration(migrations.Migration):
    dependencies = [("campaign", "0009_add_indicator_unit_totals")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
