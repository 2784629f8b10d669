from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image that always says what it shows and whose it is.

    Permissions stay on Wagtail's own image model (wagtailimages.add_image and
    so on): Wagtail's image permission policy checks those for custom models too.
    """

    description = models.CharField(
        "Alternativtext",
        max_length=255,
        help_text=(
            "Beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist. "
            "Menschen, die nicht sehen können, bekommen diesen Text vorgelesen."
        ),
    )
    credit = models.CharField(
        "Bildnachweis",
        max_length=255,
        help_text="Wer hat das Bild gemacht? Zum Beispiel: © Name / Organisation",
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = "Bild"
        verbose_name_plural = "Bilder"

    @property
    def alt_text(self):
        return self.description

    @property
    def credit_text(self):
        """The credit as shown under the image, with a © when the editor left it out."""
        credit = self.credit.strip()
        return credit if credit.startswith("©") else f"© {credit}"


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
