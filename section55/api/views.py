"""The person's own API tokens: create one (shown once) and revoke any. Nobody sees another
person's tokens; there is no address for them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from section55.api.forms import NewTokenForm
from section55.api.models import ApiToken


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def tokens(request):
    form = NewTokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        record, token = ApiToken.issue(request.user, form.cleaned_data["name"])
        return render(request, "api/token_created.html", {"record": record, "token": token})
    context = {"form": form, "tokens": request.user.api_tokens.all()}
    return render(request, "api/tokens.html", context)


@login_required
@require_POST
def revoke(request, public_id):
    token = get_object_or_404(request.user.api_tokens, public_id=public_id)
    token.revoke()
    messages.success(request, f"Token '{token.name}' revoked: it no longer works")
    return redirect("api:tokens")
