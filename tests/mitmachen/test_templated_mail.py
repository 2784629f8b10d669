"""The templated-mail helper: subject, text and optional HTML from templates/mail/, in the mail's language."""

from django.utils import translation

from snippets.mail import templated_mail

TEMPLATES = {
    "mail/probe_subject.txt": "{% load i18n %}Betreff\n  über {{ thing }}\n",
    "mail/probe.txt": "{% autoescape off %}Text über {{ thing }}{% endautoescape %}",
    "mail/probe.html": "<p>HTML über {{ thing }}</p>",
    "mail/plain_subject.txt": "Nur Text",
    "mail/plain.txt": "Text",
}


def use_templates(settings):
    settings.TEMPLATES = [
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "OPTIONS": {
                "loaders": [("django.template.loaders.locmem.Loader", TEMPLATES)],
                "context_processors": [],
            },
        }
    ]


def test_subject_text_and_html_come_from_the_templates(settings):
    use_templates(settings)
    message = templated_mail(
        "probe", {"thing": "<Köln>"}, to=["a@example.org"], language="de", reply_to="b@example.org"
    )
    assert message.subject == "Betreff über &lt;Köln&gt;"
    assert message.body == "Text über <Köln>"
    assert message.alternatives[0][0] == "<p>HTML über &lt;Köln&gt;</p>"
    assert message.to == ["a@example.org"] and message.reply_to == ["b@example.org"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL


def test_without_an_html_template_the_mail_is_text_only(settings):
    use_templates(settings)
    message = templated_mail("plain", {}, to=["a@example.org"], language="en")
    assert message.alternatives == [] and message.reply_to == []


def test_the_mail_is_written_in_its_own_language():
    translation.activate("en")
    message = templated_mail(
        "suggestion_sent_back",
        {"submission": {"title": "Fest", "reference": "V-1"}, "sozialraum": {"name": "Kalk"}},
        to=["a@example.org"],
        language="de",
    )
    assert message.subject == "Rückfrage zu Ihrem Vorschlag „Fest“"
    assert translation.get_language() == "en"


def test_a_title_with_line_breaks_gives_a_one_line_subject():
    message = templated_mail(
        "suggestion_sent_back",
        {"submission": {"title": "Fest\r\nBcc: alle@example.org", "reference": "V-1"}},
        to=["a@example.org"],
        language="de",
    )
    assert message.subject == "Rückfrage zu Ihrem Vorschlag „Fest Bcc: alle@example.org“"
    assert message.message()["Subject"] and message.bcc == []
