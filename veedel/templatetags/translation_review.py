from django import template

from ..translation_review import REVIEW_ACTION, offers_review

register = template.Library()


@register.inclusion_tag("wagtail_localize/admin/includes/zur_freigabe.html", takes_context=True)
def translation_review_form(context, instance):
    """The "Zur Freigabe einreichen" form below the translation editor, for those who may not publish."""
    request = context["request"]
    shown = offers_review(request.user, instance)
    return {"shown": shown, "action": REVIEW_ACTION, "request": request}
