"""Serving a quiz page: the questions (all at once or step by step), the entry, its confirmation.

Every answer of this module carries `Cache-Control: no-store`: the pages show what one person
entered, and at a kiosk the next person must never get it back from the browser's cache.
"""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from wagtail.models import Page

from snippets.mail import templated_mail
from snippets.signed_links import LinkRefused, make_token, read_token
from veedel.antispam import rate_limited
from veedel.listings import rendition_prefetch
from veedel.localization import active_locale, source_locale

from .forms import QuizForm
from .models.entries import QuizDraw, QuizEntry, QuizSecret, email_key
from .scoring import results

CONFIRM_SALT = "quiz.confirm"
ENTRIES_PER_ADDRESS_AND_HOUR = 30  # a kiosk at a stand sends many from one address
KIOSK_RESET_SECONDS = 30  # the result at the stand stays this long, then the form is empty again
PRIZE_IMAGE_SPEC = "fill-480x320"
KIOSK_IDLE_SECONDS = 120  # a form at the stand left alone this long is emptied (static/js/quiz-kiosk.js)


def confirmation_lifetime():
    return datetime.timedelta(hours=settings.QUIZ_CONFIRMATION_HOURS)


def render(page, request, template, context, status=200):
    response = TemplateResponse(request, template, {**page.get_context(request), **context}, status=status)
    add_never_cache_headers(response)
    return response


def step_of(page, request):
    """The step sent (0 … number of questions), or None when all questions are on one page."""
    if not page.one_question_per_step:
        return None
    try:
        step = int(request.POST.get("schritt", 0)) if request.method == "POST" else 0
    except ValueError:
        step = 0
    return min(max(step, 0), len(page.questions))


def page_context(page, kiosk):
    source = page.source_quiz()
    return {
        "source": source,
        "kiosk": kiosk,
        "kiosk_reset_seconds": KIOSK_RESET_SECONDS,
        "kiosk_idle_seconds": KIOSK_IDLE_SECONDS,
        "confirm_hours": settings.QUIZ_CONFIRMATION_HOURS,
        "prizes": list(
            page.prizes.select_related("image")
            .prefetch_related(rendition_prefetch("image", PRIZE_IMAGE_SPEC))
            .order_by("sort_order", "pk")
        ),
        "prize_image_spec": PRIZE_IMAGE_SPEC,
        "commitment": QuizSecret.objects.filter(quiz=source).values_list("commitment", flat=True).first(),
        "record": QuizDraw.objects.filter(quiz=source).prefetch_related("winners").first(),
    }


def quiz(page, request, kiosk=False):
    """The quiz page: before the start a notice, while it runs the form, after the end the winners."""
    context = page_context(page, kiosk)
    if request.method != "POST" or page.state != "running":
        form = QuizForm(questions=page.questions, step=step_of(page, request))
        return render(page, request, page.template, {**context, "form": form})
    if rate_limited(request, "quiz:address", ENTRIES_PER_ADDRESS_AND_HOUR):
        form = QuizForm(request.POST, questions=page.questions, step=step_of(page, request))
        form.prepare_redisplay()
        refusal = _(
            "Von Ihrem Anschluss kamen in der letzten Stunde sehr viele Teilnahmen. Bitte später noch einmal."
        )
        return render(page, request, page.template, {**context, "form": form, "refusal": refusal}, status=429)
    form = QuizForm(request.POST, questions=page.questions, step=step_of(page, request))
    if not form.step_is_valid():
        return render(page, request, page.template, {**context, "form": form}, status=400)
    if form.step is not None and form.step < form.last_step:
        return render(page, request, page.template, {**context, "form": form.next_step()})
    refusal = form.spam_refusal()
    if refusal is None:
        refusal = enter(page, request, form, kiosk, context)
        if not isinstance(refusal, str):
            return refusal
    form.prepare_redisplay()
    return render(page, request, page.template, {**context, "form": form, "refusal": refusal}, status=400)


def enter(page, request, form, kiosk, context):
    """Store the entry, send the confirmation and show the result; a German refusal otherwise."""
    source = context["source"]
    answers = form.answers()
    found = in_reader_language(
        results(page.questions, answers, source.questions if source.pk != page.pk else None)
    )
    key = email_key(form.cleaned_data["email"])
    with transaction.atomic():
        earlier = QuizEntry.objects.select_for_update().filter(quiz=source, email_key=key).first()
        if earlier is not None and earlier.confirmed_at is None and is_expired(earlier):
            earlier.delete()  # its link expired: the address may enter again
        elif earlier is not None:
            return taken()
        try:
            with transaction.atomic():
                entry = QuizEntry.objects.create(
                    quiz=source,
                    language=translation.get_language() or settings.LANGUAGE_CODE,
                    name=" ".join(form.cleaned_data["name"].split()),
                    email=form.cleaned_data["email"].strip(),
                    answers=answers,
                    correct=sum(result.right for result in found),
                    questions=len(found),
                    kiosk=kiosk,
                )
        except IntegrityError:
            return taken()
    send_confirmation(page, request, entry)
    return render(
        page,
        request,
        "quiz/result.html",
        {
            **context,
            "results": found,
            "correct": entry.correct,
            "qualifies": entry.correct >= source.minimum_correct,
            "email": entry.email,
            "restart_url": page.get_url(request) + ("stand/" if kiosk else ""),
        },
    )


def in_reader_language(found):
    """The results with each answer's page in the reader's language, where it has one (one query).

    A question links the German page (a translation keeps the German's choice): the reader of the
    Arabic quiz goes on to the Arabic page, or to the German one under /ar/ with its notice.
    """
    locale = active_locale()
    pages = [result.hint_page for result in found if result.hint_page is not None]
    if not pages or locale.pk == source_locale().pk:
        return found
    keys = {page.translation_key for page in pages}
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(translation_key__in=keys, locale=locale)
    }
    for result in found:
        if result.hint_page is not None:
            result.hint_page = translated.get(result.hint_page.translation_key, result.hint_page)
    return found


def taken():
    return _("Mit dieser E-Mail-Adresse hat schon jemand teilgenommen. Je Adresse zählt eine Teilnahme.")


def is_expired(entry):
    return timezone.now() - entry.created_at > confirmation_lifetime()


def send_confirmation(page, request, entry):
    token = make_token({"entry": entry.pk}, CONFIRM_SALT)
    link = f"{page.get_full_url(request)}bestaetigen/?{urlencode({'code': token})}"
    context = {"quiz": page, "link": link, "hours": settings.QUIZ_CONFIRMATION_HOURS, "name": entry.name}
    templated_mail("quiz_confirm", context, to=[entry.email], language=entry.language).send(
        fail_silently=True
    )


def confirm(page, request, token):
    """The link in the e-mail: a page with one button (a mail scanner's visit confirms nothing)."""
    context = page_context(page, kiosk=False)
    try:
        payload, expired = read_token(token, CONFIRM_SALT, confirmation_lifetime().total_seconds())
    except LinkRefused:
        return render(page, request, "quiz/confirm.html", {**context, "problem": "tampered"}, status=400)
    entry = QuizEntry.objects.filter(pk=payload.get("entry"), quiz=context["source"]).first()
    if entry is None:
        return render(page, request, "quiz/confirm.html", {**context, "problem": "gone"}, status=410)
    if entry.confirmed_at is not None:
        return render(page, request, "quiz/confirm.html", {**context, "entry": entry, "done": True})
    if expired:
        entry.delete()
        return render(page, request, "quiz/confirm.html", {**context, "problem": "expired"}, status=410)
    if request.method == "POST":
        QuizEntry.objects.filter(pk=entry.pk, confirmed_at__isnull=True).update(confirmed_at=timezone.now())
        entry.refresh_from_db()
        return render(page, request, "quiz/confirm.html", {**context, "entry": entry, "done": True})
    return render(page, request, "quiz/confirm.html", {**context, "entry": entry})
