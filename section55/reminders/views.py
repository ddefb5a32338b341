from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST, require_safe

from section55.reminders import feeds
from section55.reminders.forms import ResetFeedForm


@login_required
@require_GET
def calendar_page(request):
    feed = feeds.feed_of(request.user)
    context = {"address": feeds.address_of(feed), "form": ResetFeedForm()}
    return render(request, "reminders/calendar.html", context)


@login_required
@require_POST
def reset_calendar(request):
    feeds.feed_of(request.user).reset()
    messages.success(request, "Your calendar address has been reset: the old one no longer works")
    return redirect("reminders:calendar")


@require_safe
def calendar_feed(request, token):
    """No sign-in: calendar programs cannot sign in, so the unguessable token is the key."""
    feed = feeds.feed_by_token(token)
    response = HttpResponse(feeds.ics_for(feed.user), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="section55-deadlines.ics"'
    response["Cache-Control"] = "private, no-cache"
    response["X-Robots-Tag"] = "noindex"
    return response
