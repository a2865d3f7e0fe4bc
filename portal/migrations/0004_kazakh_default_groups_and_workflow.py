"""Wagtail's own starting data in the admin's language: the groups, the moderation workflow, the
root page and the root collection that Wagtail's migrations create with English names, renamed
while they still have them."""

from django.db import migrations

NAMES = {
    "auth.Group": {"Moderators": "Модераторлар", "Editors": "Редакторлар"},
    "wagtailcore.Workflow": {"Moderators approval": "Модераторлардың мақұлдауы"},
    "wagtailcore.Task": {"Moderators approval": "Модераторлардың мақұлдауы"},
}


def rename(apps, schema_editor, reverse=False):
    for model_name, names in NAMES.items():
        model = apps.get_model(model_name)
        for english, kazakh in names.items():
            old, new = (kazakh, english) if reverse else (english, kazakh)
            if not model.objects.filter(name=new).exists():
                model.objects.filter(name=old).update(name=new)


def rename_roots(apps, schema_editor, reverse=False):
    old, new = ("Түбір", "Root") if reverse else ("Root", "Түбір")
    apps.get_model("wagtailcore.Page").objects.filter(depth=1, title=old).update(
        title=new, draft_title=new
    )
    apps.get_model("wagtailcore.Collection").objects.filter(depth=1, name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, schema_editor)
    rename_roots(apps, schema_editor)


def backwards(apps, schema_editor):
    rename(apps, schema_editor, reverse=True)
    rename_roots(apps, schema_editor, reverse=True)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_press_service_description"),
        ("wagtailcore", "0048_add_default_workflows"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
