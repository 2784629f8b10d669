import json

from django.http import HttpResponseBadRequest
from django.utils.datastructures import MultiValueDictKeyError

INCOMPLETE_FORM = (
    "Das Formular ist unvollständig angekommen. "
    "Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."
)


class IncompleteFormMiddleware:
    """Answer a forged or truncated form POST with 400 instead of a server error.

    Wagtail's admin forms read some fields (such as a StreamField's count)
    with `request.POST[...]`, and rich-text fields parse the editor's JSON;
    a missing field or non-JSON text would otherwise end in a 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method == "POST" and isinstance(exception, MultiValueDictKeyError | json.JSONDecodeError):
            return HttpResponseBadRequest(INCOMPLETE_FORM, content_type="text/plain; charset=utf-8")
        return None
