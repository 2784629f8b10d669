import factory
from django.contrib.auth import get_user_model


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nutzer{n}")
    first_name = factory.Faker("first_name", locale="de_DE")
    last_name = factory.Faker("last_name", locale="de_DE")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("geheim-test-passwort")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)


def german():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="de")


class OrganisationFactory(factory.django.DjangoModelFactory):
    """A live German directory entry: pass `sozialraum=`, and `slots=[(weekday, opens, closes)]`."""

    class Meta:
        model = "snippets.Organisation"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Treffpunkt {n} im Veedel")
    kind = "einrichtung"
    short_description = factory.Faker("sentence", locale="de_DE")
    street = factory.Faker("street_address", locale="de_DE")
    postcode = "51103"
    locale = factory.LazyFunction(german)
    live = True
    closed_on_holidays = True

    @factory.post_generation
    def slots(self, create, extracted, **kwargs):
        from snippets.models import OpeningSlot

        for weekday, opens, closes in extracted or ():
            OpeningSlot.objects.create(organisation=self, weekday=weekday, opens=opens, closes=closes)
