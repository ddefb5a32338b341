from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_http_methods

from section55.accounts.forms import (
    PasswordResetForm,
    PersonForm,
    RoleForm,
    SetPasswordForm,
    SignInForm,
)
from section55.accounts.models import Role, User
from section55.accounts.people import add_person


class SignInView(auth_views.LoginView):
    template_name = "accounts/sign_in.html"
    form_class = SignInForm
    redirect_authenticated_user = True


class SignOutView(auth_views.LogoutView):
    """GET asks for confirmation with a button; the POST signs out. No JavaScript needed."""

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return render(request, "accounts/sign_out.html")


class PasswordResetView(auth_views.PasswordResetView):
    """Asks for an email address; says the same whether or not an account has it."""

    form_class = PasswordResetForm
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password-reset-sent")
    extra_email_context = {"site_url": settings.SITE_URL}


class PasswordSetView(auth_views.PasswordResetConfirmView):
    form_class = SetPasswordForm
    template_name = "accounts/password_set.html"
    success_url = reverse_lazy("accounts:password-set-done")


def _administrator_body(request):
    if request.user.body is None or request.user.role != Role.ADMINISTRATOR:
        raise PermissionDenied("Only your office's administrators manage its people")
    return request.user.body


@login_required
@require_http_methods(["GET", "POST"])
def people(request):
    body = _administrator_body(request)
    form = PersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        person = add_person(form, body, request.user)
        messages.success(
            request, f"Added {person.email}; they have been emailed a link to set a password"
        )
        return redirect("accounts:people")
    members = User.objects.filter(body=body).order_by("-is_active", "email")
    return render(request, "accounts/people.html", {"form": form, "members": members})


@login_required
@require_http_methods(["GET", "POST"])
def person(request, pk):
    body = _administrator_body(request)
    member = get_object_or_404(User, body=body, pk=pk)
    form = RoleForm(request.POST or None, instance=member)
    if request.method == "POST" and form.is_valid():
        if member == request.user and (
            not form.cleaned_data["is_active"] or form.cleaned_data["role"] != Role.ADMINISTRATOR
        ):
            form.add_error(
                None, "You cannot remove your own administrator access; ask another administrator"
            )
        else:
            form.save()
            messages.success(request, f"Saved {member.email}")
            return redirect("accounts:people")
    return render(request, "accounts/person.html", {"form": form, "member": member})
