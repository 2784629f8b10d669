"""What the URL walk of test_isolation_urls.py needs: per scoped model, one object of a Sozialraum,
a marker that shows when it is listed, and the form that would put a new one into a Sozialraum."""

from django.contrib.admin.utils import quote
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtailmenus.models import FlatMenu, MainMenu

from mitmachen.models import Submission
from snippets.models import Contact, CorrectionReport, Organisation
from tests.admin_forms import organisation_form
from tests.factories import ContactFactory, OrganisationFactory
from tests.mitmachen.isolation import TAKEN, user

SECRET = "Geheimsache"


def contact_of(sozialraum):
    return ContactFactory(sozialraum=sozialraum, name=f"{SECRET} Kontakt {sozialraum.slug}")


def entry_of(sozialraum):
    """An unpublished entry, waiting in the Sozialraum's workflow: every workflow URL has real ids."""
    entry = OrganisationFactory(sozialraum=sozialraum, name=f"{SECRET} Eintrag {sozialraum.slug}", live=False)
    entry.save_revision(user=user(sozialraum.slug, "akteur"))
    entry.get_workflow().start(entry, user(sozialraum.slug, "akteur"))
    entry.refresh_from_db()
    return entry


def report_of(sozialraum):
    entry = OrganisationFactory(sozialraum=sozialraum, name=f"{SECRET} Gemeldet {sozialraum.slug}")
    return CorrectionReport.objects.create(
        organisation=entry, sozialraum=sozialraum, message="Falsche Nummer"
    )


def submission_of(sozialraum):
    return Submission.objects.create(
        kind="veranstaltung",
        sozialraum=sozialraum,
        payload={"title": f"{SECRET} Vorschlag {sozialraum.slug}"},
    )


def flat_menu_of(sozialraum):
    menu = FlatMenu.objects.get(site=sozialraum.site, handle="footer")
    menu.title = f"{SECRET} Fußmenü {sozialraum.slug}"
    menu.save()
    return menu


def main_menu_of(sozialraum):
    return MainMenu.get_for_site(sozialraum.site)


def contact_form(sozialraum):
    return {"name": TAKEN, "organisation": "", "sozialraum": sozialraum.pk, "city": "Köln"}


def flat_menu_form(sozialraum):
    items = {f"menu_items-{key}": "0" for key in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS")}
    return {
        "title": TAKEN,
        "site": sozialraum.site_id,
        "handle": "footer",
        "heading": "",
        "max_levels": "1",
        **items,
        "menu_items-MAX_NUM_FORMS": "1000",
    }


class Scoped:
    """One scoped model: how to make an object of a Sozialraum, its form, and the field that scopes it."""

    def __init__(self, model, make, form=None, field="sozialraum"):
        self.model, self.make, self.form, self.field = model, make, form, field

    @property
    def viewsets(self):
        viewset = self.model.snippet_viewset
        return [viewset, viewset.chooser_viewset]

    def markers(self, obj):
        """What shows up where the object is listed: its name, or its link in a chooser."""
        chooser = self.model.snippet_viewset.chooser_viewset
        chosen = reverse(chooser.get_url_name("chosen"), args=[quote(obj.pk)])
        return [
            str(obj),
            chosen,
            *[getattr(obj, name) for name in ("reference", "title") if hasattr(obj, name)],
        ]

    def stored(self, obj):
        """What a refused request must leave as it was."""
        obj = type(obj).objects.get(pk=obj.pk)
        return {
            name: getattr(obj, name)
            for name in ("pk", self.field, "title", "name", "status", "handled")
            if hasattr(obj, name)
        }


def scope_field_name(scoped):
    return "site_id" if scoped.field == "site" else "sozialraum_id"


SCOPED = {
    "contact": Scoped(Contact, contact_of, contact_form),
    "organisation": Scoped(Organisation, entry_of, lambda s: organisation_form(s, name=TAKEN)),
    "correctionreport": Scoped(CorrectionReport, report_of),
    "submission": Scoped(Submission, submission_of),
    "flatmenu": Scoped(FlatMenu, flat_menu_of, flat_menu_form, field="site"),
    "mainmenu": Scoped(MainMenu, main_menu_of, field="site"),
}


def url_kwargs(scoped, name, obj):
    """Real values for every part of a URL: the object's own revision, task, workflow state."""
    pk = obj.site_id if scoped.model is MainMenu and name == "edit" else obj.pk
    state = WorkflowState.objects.for_instance(obj).first() if hasattr(obj, "workflow_states") else None
    revision = getattr(obj, "latest_revision", None)
    task_state = state.current_task_state if state else None
    return {
        "pk": quote(pk),
        "revision_id": revision.pk if revision else 1,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "action_name": "approve",
        "task_state_id": task_state.pk if task_state else 1,
        "task_id": task_state.task_id if task_state else 1,
        "workflow_state_id": state.pk if state else 1,
    }
