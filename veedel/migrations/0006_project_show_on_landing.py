from django.db import migrations


class Migration(migrations.Migration):
    """One name for "show on the landing site": news had `show_on_landing`, projects `featured`."""

    dependencies = [
        ("veedel", "0005_directory_and_venue"),
    ]

    operations = [
        migrations.RenameField(
            model_name="projectpage",
            old_name="featured",
            new_name="show_on_landing",
        ),
    ]
