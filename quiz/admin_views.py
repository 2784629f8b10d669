"""The admin's draw page of a quiz, "Auslosung" (docs/quiz-admin.md): counts, prizes and the
commitment; the draw, the redraw, the winners' mails and the CSV files.

Only who may publish the quiz page may open it: the coordination of its Sozialraum and the
Portal-Redaktion. Every view works on the German page (`QuizPage.source_quiz()`), which holds
the entries and the draw of all languages; a translation's id leads to the same page.
A refusal is an answer with a German explanation and a 4xx status, never a 500.
"""

import datetime
from functools import wraps

from django import forms
from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.cache import add_never_cache_headers
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from snippets.coordination import coordination_of

from . import export
from .drawing import DrawRefused, perform_draw, redraw
from .models import QuizDraw, QuizEntry, QuizPage, QuizSecret, QuizState
from .notification import notify_winners, reply_address, sozialraum_of

NAMESPACE = "quiz_draw"
NOT_FOUND = "Dieses Gewinnspiel gibt es nicht (mehr)."
FORBIDDEN = (
    "Die Auslosung dürfen nur die Sozialraumkoordination, zu deren Website das Gewinnspiel gehört, "
    "und die Portal-Redaktion öffnen."
)
POST_ONLY = "Diese Adresse nimmt nur die Schaltflächen der Seite „Auslosung“ an."
NOT_DRAWN = "Das Gewinnspiel ist noch nicht ausgelost: Es gibt noch kein Protokoll."
NOBODY_TO_NOTIFY = "Das Gewinnspiel ist noch nicht ausgelost: Es gibt noch niemanden zu benachrichtigen."
ALREADY_REPLACED = "Für diesen Gewinn ist schon nachgezogen worden."
UNKNOWN_WINNER = "Diesen Gewinn gibt es bei diesem Gewinnspiel nicht."
DATA_DELETED = (
    "Die Namen und E-Mail-Adressen sind schon gelöscht: Nachziehen und Benachrichtigen geht nicht mehr."
)


def url_of(name, quiz, *args):
    return reverse(f"{NAMESPACE}:{name}", args=[quiz.pk, *args])


def source_of(page):
    """The German quiz of `page` (any language), or None when it is gone."""
    try:
        return page.source_quiz()
    except QuizPage.DoesNotExist:
        return None


def may_draw(user, quiz):
    return quiz.permissions_for_user(user).can_publish()


def refusal(request, message, status):
    response = TemplateResponse(
        request, "quiz/admin/refused.html", {"message": message, "status": status}, status=status
    )
    if status == 405:
        response["Allow"] = "POST"
    return response


def for_drawers(view):
    """Find the German quiz of the URL's page and let only who may publish it through."""

    @wraps(view)
    def wrapped(request, page_id, *args, **kwargs):
        page = QuizPage.objects.filter(pk=page_id).first()
        quiz = source_of(page) if page is not None else None
        if quiz is None:
            return refusal(request, NOT_FOUND, 404)
        if not may_draw(request.user, quiz):
            return refusal(request, FORBIDDEN, 403)
        return view(request, quiz, *args, **kwargs)

    return wrapped


def post_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method != "POST":
            return refusal(request, POST_ONLY, 405)
        return view(request, *args, **kwargs)

    return wrapped


class RedrawForm(forms.Form):
    reason = forms.CharField(
        label="Grund der Nachziehung",
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Steht im Protokoll, zum Beispiel: keine Antwort bis zum 14. März.",
        error_messages={
            "required": "Bitte schreiben Sie auf, warum nachgezogen wird.",
            "max_length": "Bitte fassen Sie den Grund kürzer (höchstens 500 Zeichen).",
        },
    )

    def clean_reason(self):
        reason = " ".join(self.cleaned_data["reason"].split())
        if not reason:
            raise forms.ValidationError(self.fields["reason"].error_messages["required"])
        return reason


def redraw_form(winner, data=None):
    """The redraw form of one winner, with ids and a label of its own (one form per winner on the page)."""
    form = RedrawForm(data, auto_id=f"nachziehen-{winner.pk}-%s")
    form.fields["reason"].label = f"Grund der Nachziehung für Teilnahme Nr. {winner.entry_number}"
    return form


def live_counts(quiz):
    return QuizEntry.objects.filter(quiz=quiz).aggregate(
        total=Count("pk"),
        confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
        eligible=Count("pk", filter=Q(confirmed_at__isnull=False, correct__gte=quiz.minimum_correct)),
    )


def draw_blocker(quiz, record, counts):
    """Why the draw button is off, or None when it may be pressed."""
    if record is not None:
        return None
    if quiz.state != QuizState.ENDED:
        return "Das Gewinnspiel läuft noch. Die Auslosung ist erst nach dem Ende möglich."
    if not counts["eligible"]:
        return "Keine bestätigte Teilnahme erfüllt die Bedingungen: Es gibt nichts auszulosen."
    return None


def winners_by_prize(record):
    """[(prize title, [winners in draw order])], prizes in the order of their first draw."""
    groups = {}
    for winner in record.winners.select_related("entry").order_by("draw_number"):
        key = winner.prize_id or winner.prize_title
        groups.setdefault(key, (winner.prize_title, []))[1].append(winner)
    return list(groups.values())


def verify_command(record, draws):
    numbers = ",".join(str(number) for number in record.eligible_numbers)
    return f"python quiz/draw.py --seed {record.seed} --entries {numbers} --draws {draws}"


class DrawView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "quiz/admin/draw.html"
    page_title = "Auslosung"
    header_icon = "tasks"

    def get_page_subtitle(self):
        return self.quiz.title

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": "Dashboard"},
            {"url": reverse("wagtailadmin_pages:edit", args=[self.quiz.pk]), "label": self.quiz.title},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, redraw_forms=None, error=None, **kwargs):
        context = super().get_context_data(**kwargs)
        record = QuizDraw.objects.filter(quiz=self.quiz).first()
        context.update(before_the_draw(self.quiz, record), error=error)
        if record is not None:
            context.update(after_the_draw(self.quiz, record, redraw_forms or {}, self.request.user))
        return context


def before_the_draw(quiz, record):
    """What the page shows in any case: period, counts, prizes, commitment, the draw button."""
    counts = live_counts(quiz)
    prizes = list(quiz.prizes.order_by("sort_order", "pk"))
    return {
        "quiz": quiz,
        "record": record,
        "counts": counts,
        "prizes": prizes,
        "slots": sum(prize.winners for prize in prizes),
        "commitment": QuizSecret.objects.filter(quiz=quiz).values_list("commitment", flat=True).first(),
        "blocker": draw_blocker(quiz, record, counts),
        "export_entries_url": url_of("export_entries", quiz),
    }


def after_the_draw(quiz, record, redraw_forms, user):
    """The winners by prize, each current one with its redraw form; the mails; the verification."""
    groups = [
        (title, [(winner, redraw_forms.get(winner.pk) or redraw_form(winner)) for winner in winners])
        for title, winners in winners_by_prize(record)
    ]
    winners = [winner for _title, pairs in groups for winner, _form in pairs]
    waiting = sum(1 for winner in winners if winner.replaced_at is None and winner.notified_at is None)
    return {
        "groups": groups,
        "nobody_left": len(winners) >= record.eligible_count,
        "pending": waiting,
        "reply_to": reply_address(coordination_of(sozialraum_of(quiz)), user) if waiting else "",
        "deletion_due": record.drawn_at + datetime.timedelta(days=quiz.delete_after_days),
        "verify_command": verify_command(record, len(winners)),
        "export_record_url": url_of("export_record", quiz),
    }


def draw_page(request, quiz, status=200, **context):
    view = DrawView()
    view.setup(request)
    view.quiz = quiz
    response = view.render_to_response(view.get_context_data(**context), status=status)
    add_never_cache_headers(response)  # names and addresses: never from a cache
    return response


@for_drawers
def index(request, quiz):
    return draw_page(request, quiz)


@for_drawers
@post_only
def draw(request, quiz):
    try:
        record = perform_draw(quiz, request.user)
    except DrawRefused as refused:
        return draw_page(request, quiz, status=409, error=str(refused))
    drawn = record.winners.count()
    messages.success(request, f"Ausgelost: {drawn} Gewinne unter {record.eligible_count} Teilnahmen.")
    return redirect(url_of("index", quiz))


@for_drawers
@post_only
def redraw_winner(request, quiz, winner_id):
    record = QuizDraw.objects.filter(quiz=quiz).first()
    winner = record.winners.filter(pk=winner_id).first() if record is not None else None
    if winner is None:
        return refusal(request, UNKNOWN_WINNER, 404)
    if record.personal_data_deleted_at is not None:
        return draw_page(request, quiz, status=409, error=DATA_DELETED)
    if winner.replaced_at is not None:
        return draw_page(request, quiz, status=409, error=ALREADY_REPLACED)
    form = redraw_form(winner, request.POST)
    if not form.is_valid():
        error = form.errors["reason"][0]
        return draw_page(request, quiz, status=400, error=error, redraw_forms={winner.pk: form})
    try:
        new = redraw(winner, request.user, form.cleaned_data["reason"])
    except DrawRefused as refused:
        return draw_page(request, quiz, status=409, error=str(refused))
    messages.success(
        request,
        f"Nachgezogen für „{new.prize_title}“: Teilnahme Nr. {new.entry_number} "
        f"(Ziehung {new.draw_number + 1}).",
    )
    return redirect(url_of("index", quiz))


@for_drawers
@post_only
def notify(request, quiz):
    record = QuizDraw.objects.filter(quiz=quiz).first()
    if record is None:
        return draw_page(request, quiz, status=409, error=NOBODY_TO_NOTIFY)
    if record.personal_data_deleted_at is not None:
        return draw_page(request, quiz, status=409, error=DATA_DELETED)
    result = notify_winners(quiz, record, request.user)
    if result.sent:
        messages.success(request, f"Gewinn-Mail an {result.sent} Gewinner verschickt.")
    if result.failed:
        messages.error(
            request, f"{result.failed} Mails konnten nicht verschickt werden. Bitte später noch einmal."
        )
    if result.unreachable:
        messages.warning(request, f"{result.unreachable} Gewinner haben keine E-Mail-Adresse mehr.")
    if not (result.sent or result.failed or result.unreachable):
        messages.info(request, "Alle Gewinner sind schon benachrichtigt.")
    return redirect(url_of("index", quiz))


def csv_response(text, filename):
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    add_never_cache_headers(response)
    return response


@for_drawers
def export_entries(request, quiz):
    return csv_response(export.entries_csv(quiz), f"gewinnspiel-{quiz.slug}-teilnahmen.csv")


@for_drawers
def export_record(request, quiz):
    record = QuizDraw.objects.filter(quiz=quiz).first()
    if record is None:
        return refusal(request, NOT_DRAWN, 404)
    return csv_response(export.record_csv(quiz, record), f"gewinnspiel-{quiz.slug}-auslosung.csv")


draw_urls = [
    path("", index, name="index"),
    path("ziehen/", draw, name="draw"),
    path("nachziehen/<int:winner_id>/", redraw_winner, name="redraw"),
    path("benachrichtigen/", notify, name="notify"),
    path("teilnahmen.csv", export_entries, name="export_entries"),
    path("protokoll.csv", export_record, name="export_record"),
]
urlpatterns = [path("gewinnspiele/<int:page_id>/auslosung/", include((draw_urls, NAMESPACE)))]
