"""StreamField blocks shared by every page type."""

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingLevel(blocks.ChoiceBlock):
    choices = [("h2", "Überschrift"), ("h3", "Zwischenüberschrift")]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Text", max_length=120)
    level = HeadingLevel(label="Ebene", default="h2")

    class Meta:
        icon = "title"
        label = "Überschrift"
        template = "components/streamfield/heading_block.html"
        preview_value = {"text": "Wer wir sind", "level": "h2"}
        description = "Eine Überschrift, die den Text gliedert."


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", settings.RICHTEXT_FEATURES_FULL)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = "Text"
        template = "components/streamfield/paragraph_block.html"
        preview_value = "<p>Im Veedel arbeiten Kitas, Schulen, Vereine und Initiativen eng zusammen.</p>"
        description = "Fließtext mit Absätzen, Listen und Links."


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Bild")
    caption = blocks.CharBlock(label="Bildunterschrift", required=False, max_length=250)

    class Meta:
        icon = "image"
        label = "Bild"
        template = "components/streamfield/image_block.html"
        preview_value = {"caption": "Stadtteilfest auf dem Marktplatz"}
        description = "Ein Bild mit Bildunterschrift; der Bildnachweis erscheint von selbst."


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Zitat")
    attribution = blocks.CharBlock(label="Wer sagt das?", required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = "Zitat"
        template = "components/streamfield/quote_block.html"
        preview_value = {
            "text": "Hier kennt man sich, hier hilft man sich.",
            "attribution": "Besucherin des Seniorencafés",
        }
        description = "Ein hervorgehobenes Zitat."


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label="Seite im Portal", required=False)
    url = blocks.URLBlock(label="oder Internetadresse", required=False)

    class Meta:
        icon = "link"
        label = "Link"
        template = "components/streamfield/link_block.html"
        preview_value = {"url": "https://www.stadt-koeln.de/"}
        description = "Ein Link auf eine Seite im Portal oder eine Internetadresse."

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        "Bitte wählen Sie entweder eine Seite oder geben Sie eine Internetadresse an."
                    )
                }
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Überschrift", max_length=120)
    text = blocks.TextBlock(label="Text", required=False)
    link = LinkBlock(label="Ziel")
    button_label = blocks.CharBlock(label="Beschriftung der Schaltfläche", max_length=60)

    class Meta:
        icon = "pick"
        label = "Aufruf zum Mitmachen"
        template = "components/streamfield/call_to_action_block.html"
        preview_value = {
            "title": "Mitmachen im Veedel",
            "text": "Sie haben eine Idee für Ihr Veedel? Sprechen Sie uns an.",
            "link": {"url": "https://www.stadt-koeln.de/"},
            "button_label": "Kontakt aufnehmen",
        }
        description = "Ein hervorgehobener Kasten mit einer Schaltfläche."


class DownloadsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Überschrift", max_length=120, default="Zum Herunterladen")
    documents = blocks.ListBlock(DocumentChooserBlock(label="Dokument"), label="Dokumente")

    class Meta:
        icon = "doc-full"
        label = "Downloads"
        template = "components/streamfield/downloads_block.html"
        preview_value = {"title": "Zum Herunterladen", "documents": []}
        description = "Eine Liste von Dokumenten (Flyer, PDF) zum Herunterladen."


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label="Frage", max_length=200)
    answer = blocks.RichTextBlock(label="Antwort", features=settings.RICHTEXT_FEATURES_BASIC)

    class Meta:
        icon = "help"
        label = "Frage und Antwort"


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Überschrift", max_length=120, required=False)
    items = blocks.ListBlock(AccordionItemBlock(), label="Fragen")

    class Meta:
        icon = "list-ul"
        label = "Fragen und Antworten"
        template = "components/streamfield/accordion_block.html"
        preview_value = {
            "title": "Häufige Fragen",
            "items": [
                {
                    "question": "Was kostet die Beratung?",
                    "answer": "<p>Die Beratung ist kostenlos.</p>",
                }
            ],
        }
        description = "Aufklappbare Fragen und Antworten (FAQ)."


class ParticipationForm(models.TextChoices):
    EVENT = "veranstaltung", "Veranstaltung vorschlagen"
    ORGANISATION = "einrichtung", "Einrichtung eintragen"
    CORRECTION = "fehler", "Fehler im Adressverzeichnis melden"


class FormLinksBlock(blocks.StructBlock):
    """The public forms of "Mitmachen", each with a sentence on what it is for and a button.

    The addresses come from the site and the reader's language, so the same block works on
    every site and in every translation; the texts are the portal's (gettext), not the editor's.
    """

    forms = blocks.MultipleChoiceBlock(
        label="Formulare",
        choices=ParticipationForm.choices,
        default=list(ParticipationForm.values),
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        icon = "form"
        label = "Formulare zum Mitmachen"
        template = "components/streamfield/form_links_block.html"
        preview_value = {"forms": list(ParticipationForm.values)}
        description = (
            "Links auf die Formulare, mit denen Menschen ohne Zugang eine Veranstaltung vorschlagen, "
            "eine Einrichtung eintragen oder einen Fehler melden."
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["form_links"] = form_links(value["forms"], (parent_context or {}).get("request"))
        return context


def directory_of(request):
    """The live address directory of the request's site in the reader's language, or None."""
    # Imported here: the directory's views import the page models, which import these blocks.
    from wagtail.models import Page, Site

    from .directory import DirectoryViews

    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    models_ = [model for model in apps.get_models() if issubclass(model, DirectoryViews)]
    return Page.objects.live().child_of(site.root_page.localized).type(*models_).first()


def form_links(chosen, request):
    """(kind, url) of the chosen forms in the order of `ParticipationForm`; no directory, no error link."""
    links = []
    for kind in ParticipationForm.values:
        if kind not in chosen:
            continue
        if kind == ParticipationForm.CORRECTION:
            directory = directory_of(request)
            url = directory.get_url(request) if directory is not None else None
        else:
            url = reverse("mitmachen:event" if kind == ParticipationForm.EVENT else "mitmachen:organisation")
        if url:
            links.append((kind, url))
    return links


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    downloads = DownloadsBlock()
    accordion = AccordionBlock()
    form_links = FormLinksBlock()


class SectionBlock(blocks.RichTextBlock):
    """A fixed section of a project description; its label is the heading."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", settings.RICHTEXT_FEATURES_FULL)
        super().__init__(**kwargs)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["heading"] = self.label
        return context

    class Meta:
        icon = "doc-full"
        template = "components/streamfield/section_block.html"
        preview_value = "<p>Im Veedel fehlte ein Ort, an dem sich Nachbarinnen und Nachbarn treffen.</p>"


class SituationBlock(SectionBlock):
    class Meta:
        label = "Ausgangslage"
        description = "Was war der Anlass? Welches Problem oder welche Idee stand am Anfang?"


class GoalsBlock(SectionBlock):
    class Meta:
        label = "Ziele"
        icon = "crosshairs"
        description = "Was soll das Projekt erreichen?"


class ApproachBlock(SectionBlock):
    class Meta:
        label = "Vorgehen"
        icon = "list-ol"
        description = "Wie wurde das Projekt umgesetzt, Schritt für Schritt?"


class ResultsBlock(SectionBlock):
    class Meta:
        label = "Ergebnisse"
        icon = "tick-inverse"
        description = "Was ist daraus geworden, was hat sich verändert?"


class ContactSectionBlock(SectionBlock):
    class Meta:
        label = "Kontakt"
        icon = "mail"
        description = "Wer gibt Auskunft zum Projekt? Bitte nur Stellen und Funktionsadressen."


class TipsBlock(SectionBlock):
    class Meta:
        label = "Tipps zum Nachmachen"
        icon = "help"
        description = "Was sollten andere Sozialräume wissen, die das Projekt übernehmen möchten?"


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="Name", max_length=160)
    role = blocks.CharBlock(label="Aufgabe im Projekt", max_length=200, required=False)
    url = blocks.URLBlock(label="Internetadresse", required=False)

    class Meta:
        icon = "group"
        label = "Beteiligte Stelle"


class PartnersBlock(blocks.StructBlock):
    partners = blocks.ListBlock(PartnerBlock(), label="Beteiligte")

    class Meta:
        icon = "group"
        label = "Beteiligte"
        template = "components/streamfield/partners_block.html"
        preview_value = {"partners": [{"name": "Familienzentrum im Veedel", "role": "stellt die Räume"}]}
        description = "Wer macht mit? Einrichtungen, Vereine und Initiativen mit ihrer Aufgabe."


class GalleryBlock(blocks.StructBlock):
    images = blocks.ListBlock(ImageBlock(), label="Bilder")

    class Meta:
        icon = "image"
        label = "Bildergalerie"
        template = "components/streamfield/gallery_block.html"
        preview_value = {"images": []}
        description = "Mehrere Bilder nebeneinander, jedes mit Bildunterschrift und Bildnachweis."


class ProjectStreamBlock(blocks.StreamBlock):
    """The fixed outline of a best-practice project, so that others can learn from it."""

    ausgangslage = SituationBlock()
    ziele = GoalsBlock()
    vorgehen = ApproachBlock()
    beteiligte = PartnersBlock()
    ergebnisse = ResultsBlock()
    kontakt = ContactSectionBlock()
    tipps = TipsBlock()
    galerie = GalleryBlock()
    downloads = DownloadsBlock()
    paragraph = ParagraphBlock()
