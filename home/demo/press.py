"""The demo's press releases and press contact on "Für die Presse" (fixtures/demo/press.yaml)."""

import datetime

from django.utils import timezone
from django.utils.text import slugify

from snippets.models import Contact, Sozialraum, Topic
from veedel.models import SiteSettings

from ..models import (
    PressIndexContact,
    PressIndexPage,
    PressReleaseContact,
    PressReleasePage,
    PressReleasePhoto,
)
from . import data


class PressSteps:
    """A step of `DemoBuilder`, after the Sozialräume (the releases' photos are their pictures)."""

    def build_press(self):
        press = PressIndexPage.objects.filter(locale=self.source).type(PressIndexPage).first()
        text = data.read("press.yaml")
        if press is None or text is None:
            return
        if not press.press_contacts.exists():
            contact = Contact.objects.filter(locale=self.source, name=text["contact"]["name"]).first()
            if contact is None:
                contact = Contact.objects.create(locale=self.source, **text["contact"])
                self.created += 1
            PressIndexContact.objects.create(page=press, contact=contact, sort_order=0)
        for item in text["releases"]:
            self.press_release(press, item)

    def press_release(self, press, item):
        slug = slugify(item["title"])[:80]
        if press.get_children().filter(slug=slug).exists():
            return
        sozialraeume = {sr.slug: sr for sr in Sozialraum.objects.select_related("site")}
        release = PressReleasePage(
            title=item["title"],
            slug=slug,
            date=timezone.localdate() - datetime.timedelta(days=item["days_ago"]),
            place=item["place"],
            lead=item["lead"],
            body=item["body"],
            sozialraum=sozialraeume.get(item["sozialraum"]),
        )
        release.topics.add(*Topic.objects.filter(slug__in=item["topics"]))
        for number, photo in enumerate(item["photos"]):
            image = self.sozialraum_picture(sozialraeume.get(photo["sozialraum"]))
            if image is not None:
                photo = PressReleasePhoto(image=image, caption=photo["caption"], sort_order=number)
                release.photos.add(photo)
        for number, contact in enumerate(press.contacts()):
            release.contacts.add(PressReleaseContact(contact=contact, sort_order=number))
        self.publish_child(press, release)

    @staticmethod
    def sozialraum_picture(sozialraum):
        """The picture of a Sozialraum the demo built (its site's header picture), or None."""
        if sozialraum is None or sozialraum.site is None:
            return None
        return SiteSettings.for_site(sozialraum.site).header_image
