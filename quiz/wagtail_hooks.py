"""The quiz's admin: the draw page (quiz/admin_views.py) and the way to it from the page.

"Auslosung" sits in the page's header menu (edit view, explorer) and in the "…" menu of the page
listing, for who may publish the quiz; a translation's button leads to the German page's draw.
"""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import admin_views
from .models import QuizPage

LABEL = "Auslosung"


@hooks.register("register_admin_urls")
def register_draw_urls():
    return admin_views.urlpatterns


def draw_button(page, user, priority):
    if not issubclass(page.specific_class or type(page), QuizPage):
        return
    quiz = admin_views.source_of(page.specific)
    if quiz is None or not admin_views.may_draw(user, quiz):
        return
    url = reverse(f"{admin_views.NAMESPACE}:index", args=[quiz.pk])
    yield Button(LABEL, url, icon_name="tasks", priority=priority)


@hooks.register("register_page_header_buttons")
def draw_header_button(page, user, view_name, next_url=None):
    yield from draw_button(page, user, priority=62)


@hooks.register("register_page_listing_more_buttons")
def draw_listing_button(page, user, next_url=None):
    yield from draw_button(page, user, priority=45)
