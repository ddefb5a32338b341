from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from section55.accounts.models import Role
from section55.bodies.forms import BodySettingsForm


@login_required
@require_http_methods(["GET", "POST"])
def body_settings(request):
    """The signed-in administrator's own body: there is no address for another body's settings."""
    if request.user.body is None or request.user.role != Role.ADMINISTRATOR:
        raise PermissionDenied("Only your office's administrators can change its settings")
    form = BodySettingsForm(request.POST or None, instance=request.user.body)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Settings saved")
        return redirect("bodies:settings")
    return render(request, "bodies/settings.html", {"form": form})
