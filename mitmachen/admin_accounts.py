"""Admin for actor accounts: "Akteure" (list, invite, switch off), dashboard panels, a calmer menu for actors.

Coordinators manage the actors of the Sozialräume they coordinate; the
Portal-Redaktion (`snippets.edit_all_sozialraeume`) and superusers manage
all. Nobody needs superuser rights to invite. The permission checks live in
`ActorScope`, so every view asks the same question.
"""

from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from snippets.languages import SOURCE_LANGUAGE
from snippets.models import ActorProfile, Organisation, Sozialraum
from snippets.permissions import ALL_SOZIALRAEUME_PERMISSION, scope_of

from . import dashboard
from .invitations import InvitationNotSent, email_taken, invitation_days, invite, resend

PER_PAGE = 50


class ActorScope:
    """Which Sozialräume' actors a user manages: the coordinated ones, or all for the Portal-Redaktion.

    Built on the user's `SozialraumScope`, like every other permission check.
    """

    def __init__(self, user):
        self.user = user

    @cached_property
    def unlimited(self):
        return self.user.is_active and scope_of(self.user).unlimited

    @cached_property
    def sozialraeume(self):
        if self.unlimited:
            return list(Sozialraum.objects.select_related("actors_group"))
        return scope_of(self.user).coordinated

    @cached_property
    def sozialraum_ids(self):
        return {sozialraum.pk for sozialraum in self.sozialraeume}

    @property
    def allowed(self):
        return self.user.is_authenticated and (self.unlimited or bool(self.sozialraeume))

    def profile_for_change(self, user_id):
        """The actor profile of `user_id` if this user may deactivate, reactivate or re-invite them.

        Only actors: never the user themself, a coordinator, an editor of all
        Sozialräume or a superuser, whichever Sozialraum they belong to.
        """
        target = get_object_or_404(get_user_model(), pk=user_id)
        profile = ActorProfile.objects.select_related("user", "sozialraum").filter(user=target).first()
        if (
            profile is None
            or target.pk == self.user.pk
            or target.is_superuser
            or profile.sozialraum_id not in self.sozialraum_ids
            or Sozialraum.objects.filter(coordinators_group__user=target).exists()
            # has_perm() is False for inactive users, so ask the tables directly.
            or Permission.objects.filter(
                content_type__app_label="snippets", codename=ALL_SOZIALRAEUME_PERMISSION.split(".")[1]
            )
            .filter(Q(group__user=target) | Q(user=target))
            .exists()
        ):
            raise PermissionDenied
        return profile


def actor_status(user):
    if not user.is_active:
        return "deaktiviert"
    if not user.has_usable_password():
        return "eingeladen"
    return "aktiv"


class OrganisationChoiceField(forms.ModelChoiceField):
    def __init__(self, *args, with_sozialraum=False, **kwargs):
        self.with_sozialraum = with_sozialraum
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.sozialraum.name})" if self.with_sozialraum else obj.name


class InviteForm(forms.Form):
    first_name = forms.CharField(
        label="Vorname", max_length=150, error_messages={"required": "Bitte geben Sie den Vornamen an."}
    )
    last_name = forms.CharField(
        label="Nachname", max_length=150, error_messages={"required": "Bitte geben Sie den Nachnamen an."}
    )
    email = forms.EmailField(
        label="E-Mail",
        max_length=150,  # it becomes the user name
        help_text="An diese Adresse geht die Einladung. Sie ist später auch der Benutzername.",
        error_messages={
            "required": "Bitte geben Sie die E-Mail-Adresse an.",
            "invalid": "Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.",
            "max_length": "Diese E-Mail-Adresse ist zu lang (höchstens 150 Zeichen).",
        },
    )
    sozialraum = forms.ModelChoiceField(
        label="Sozialraum",
        queryset=Sozialraum.objects.none(),
        error_messages={
            "required": "Bitte wählen Sie den Sozialraum.",
            "invalid_choice": "In diesen Sozialraum können Sie niemanden einladen.",
        },
    )
    organisation = OrganisationChoiceField(
        label="Einrichtung",
        queryset=Organisation.objects.none(),
        required=False,
        empty_label="– keine –",
        help_text="Den Eintrag dieser Einrichtung im Adressverzeichnis darf die Person dann bearbeiten.",
        error_messages={
            "invalid_choice": "Diese Einrichtung können Sie nicht wählen: "
            "Sie gehört nicht zu Ihrem Sozialraum."
        },
    )

    def __init__(self, *args, sozialraeume, **kwargs):
        super().__init__(*args, **kwargs)
        self.sozialraeume = sozialraeume
        ids = [sozialraum.pk for sozialraum in sozialraeume]
        self.fields["organisation"].queryset = (
            Organisation.objects.filter(locale__language_code=SOURCE_LANGUAGE, sozialraum__in=ids)
            .select_related("sozialraum")
            .order_by("name")
        )
        if len(sozialraeume) == 1:
            del self.fields["sozialraum"]
        else:
            self.fields["sozialraum"].queryset = Sozialraum.objects.filter(pk__in=ids).order_by("name")
            self.fields["organisation"].with_sozialraum = True

    def clean_first_name(self):
        return self.cleaned_data["first_name"].strip()

    def clean_last_name(self):
        return self.cleaned_data["last_name"].strip()

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if email_taken(email):
            raise forms.ValidationError(
                "Für diese E-Mail-Adresse gibt es schon einen Zugang. Steht die Person nicht in der Liste, "
                "fragen Sie bitte die Portal-Redaktion."
            )
        return email

    def clean(self):
        cleaned = super().clean()
        sozialraum = self.chosen_sozialraum()
        organisation = cleaned.get("organisation")
        if sozialraum and organisation and organisation.sozialraum_id != sozialraum.pk:
            self.add_error(
                "organisation",
                f"„{organisation.name}“ gehört nicht zu {sozialraum.name}. "
                "Bitte wählen Sie eine Einrichtung aus dem Sozialraum der Person.",
            )
        return cleaned

    def chosen_sozialraum(self):
        if "sozialraum" not in self.fields:
            return self.sozialraeume[0]
        return self.cleaned_data.get("sozialraum")


class ActorIndexView(WagtailAdminTemplateMixin, TemplateView):
    """The actors of the user's Sozialräume, and the form to invite one more (POST)."""

    template_name = "mitmachen/admin/actors.html"
    page_title = "Akteure"
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        self.scope = ActorScope(request.user)
        if not self.scope.allowed:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        if self.scope.unlimited:
            return "alle Sozialräume"
        return ", ".join(sozialraum.name for sozialraum in self.scope.sozialraeume)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": "Dashboard"},
            {"url": "", "label": self.page_title, "sublabel": self.get_page_subtitle()},
        ]

    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return InviteForm(data, sozialraeume=self.scope.sozialraeume, prefix="einladung")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        profiles = (
            ActorProfile.objects.filter(sozialraum__in=self.scope.sozialraum_ids)
            .select_related("user", "organisation", "sozialraum", "invited_by")
            .order_by("user__last_name", "user__first_name", "user__username")
        )
        page = Paginator(profiles, PER_PAGE).get_page(self.request.GET.get("p"))
        context.update(
            {
                "form": kwargs.get("form") or self.get_form(),
                "page_obj": page,
                "actors": [(profile, actor_status(profile.user)) for profile in page],
                "several_sozialraeume": len(self.scope.sozialraeume) > 1,
                "invitation_days": invitation_days(),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if form.is_valid():
            sozialraum = form.chosen_sozialraum()
            data = form.cleaned_data
            try:
                invite(
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    email=data["email"],
                    sozialraum=sozialraum,
                    organisation=data.get("organisation"),
                    invited_by=request.user,
                )
            except InvitationNotSent:
                form.add_error(
                    None,
                    "Die Einladung konnte nicht verschickt werden; es wurde nichts angelegt. "
                    "Bitte versuchen Sie es später noch einmal.",
                )
            else:
                messages.success(
                    request,
                    f"{data['first_name']} {data['last_name']} ist eingeladen: Die E-Mail mit dem Link "
                    f"an {data['email']} ist unterwegs.",
                )
                return redirect("mitmachen_actors:index")
        return self.render_to_response(self.get_context_data(form=form), status=400)


def refuse_with_403(view):
    """A plain 403 with a German explanation.

    Wagtail would turn PermissionDenied into a redirect to the dashboard; here
    the refusal is the answer, for people and for the isolation tests alike.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            return TemplateResponse(request, "mitmachen/admin/forbidden.html", status=403)

    return wrapped


def _scope_or_403(request):
    scope = ActorScope(request.user)
    if not scope.allowed:
        raise PermissionDenied
    return scope


def _name(user):
    return user.get_full_name() or user.get_username()


@require_POST
def deactivate(request, user_id):
    profile = _scope_or_403(request).profile_for_change(user_id)
    user = profile.user
    if user.is_active:
        user.is_active = False
        user.save(update_fields=["is_active"])
    messages.success(
        request, f"Der Zugang von {_name(user)} ist ausgeschaltet. Anmelden ist damit nicht mehr möglich."
    )
    return redirect("mitmachen_actors:index")


@require_POST
def reactivate(request, user_id):
    profile = _scope_or_403(request).profile_for_change(user_id)
    user = profile.user
    if not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    messages.success(request, f"Der Zugang von {_name(user)} ist wieder eingeschaltet.")
    return redirect("mitmachen_actors:index")


@require_POST
def resend_invitation(request, user_id):
    profile = _scope_or_403(request).profile_for_change(user_id)
    user = profile.user
    if user.has_usable_password():
        messages.error(
            request,
            f"{_name(user)} hat schon ein Passwort festgelegt; eine neue Einladung ist nicht nötig. "
            "Wer das Passwort vergessen hat, kann bei der Anmeldung ein neues anfordern.",
        )
    elif not user.is_active:
        messages.error(request, f"Der Zugang von {_name(user)} ist ausgeschaltet. Bitte erst einschalten.")
    else:
        try:
            resend(profile, invited_by=request.user)
        except InvitationNotSent:
            messages.error(request, "Die Einladung konnte nicht verschickt werden. Bitte später noch einmal.")
        else:
            messages.success(
                request,
                f"Neue Einladung an {user.email} verschickt. Der Link aus der früheren gilt nicht mehr.",
            )
    return redirect("mitmachen_actors:index")


actor_urls = [
    path("", refuse_with_403(ActorIndexView.as_view()), name="index"),
    path("einladen/", refuse_with_403(ActorIndexView.as_view()), name="invite"),
    path("<int:user_id>/deaktivieren/", refuse_with_403(deactivate), name="deactivate"),
    path("<int:user_id>/aktivieren/", refuse_with_403(reactivate), name="reactivate"),
    path("<int:user_id>/erneut-einladen/", refuse_with_403(resend_invitation), name="resend"),
]


@hooks.register("register_admin_urls")
def register_actor_urls():
    return [path("akteure/", include((actor_urls, "mitmachen_actors"), namespace="mitmachen_actors"))]


class ActorsMenuItem(MenuItem):
    def is_shown(self, request):
        return ActorScope(request.user).allowed


@hooks.register("register_admin_menu_item")
def register_actors_menu_item():
    return ActorsMenuItem(
        "Akteure", reverse("mitmachen_actors:index"), name="akteure", icon_name="group", order=260
    )


@hooks.register("construct_homepage_panels")
def add_mitmachen_panels(request, panels):
    panels.extend(dashboard.panels_for(request.user))
    dashboard.replace_moderation_panel(panels)


@hooks.register("construct_main_menu")
def hide_menu_items_for_actors(request, menu_items):
    if scope_of(request.user).is_actor_only:
        menu_items[:] = [item for item in menu_items if item.name not in dashboard.HIDDEN_FOR_ACTORS]
