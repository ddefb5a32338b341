from datetime import datetime, time
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models.functions import Coalesce, TruncDate
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from section55.bodies.models import PolicingBody
from section55.publishing.models import PublishedVersion


class BodyResponsesFeed(Feed):
    """An Atom feed of a body's published responses and corrections, newest first."""

    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(PolicingBody.objects.with_force(), slug=slug)

    def title(self, body):
        return f"{body.name}: responses to HMICFRS inspection reports"

    def link(self, body):
        return reverse("publishing:body", args=[body.slug])

    def subtitle(self, body):
        return "Published under section 55 of the Police Act 1996"

    def items(self, body):
        # By the day each was published (the moment it was stored when the day is not known): an
        # archive imported today goes below the responses published since, not above them.
        dated = Coalesce("published_on", TruncDate("published_at"))
        versions = PublishedVersion.objects.public_for_body(body)
        return versions.order_by(dated.desc(), "-published_at")[:50]

    def item_title(self, version):
        title = f"Response to {version.response.report.title}"
        return title if version.number == 1 else f"{title} (correction, version {version.number})"

    def item_description(self, version):
        if version.correction_note:
            return version.correction_note
        if version.published_on is None:
            return "Published; the date is not known."
        return f"Published on {version.published_on:%-d %B %Y}."

    def item_link(self, version):
        response = version.response
        return reverse("publishing:response", args=[response.body.slug, response.report.slug])

    def item_guid(self, version):
        """A tag URI (RFC 4151): ``tag:<host>,<date>:response/<public id>/v<number>``.

        Feed readers keep an entry's id for ever and show an entry with a new id as new, so the
        id is made of what never changes: the response's public id and the version number, with
        the host of SITE_URL and the day the version was stored here (when this site held that
        host). The page's address is not used: it follows the report's slug and the URL layout,
        both of which can change."""
        host = urlsplit(settings.SITE_URL).hostname
        stored_on = timezone.localdate(version.published_at)
        specific = f"response/{version.response.public_id}/v{version.number}"
        return f"tag:{host},{stored_on:%Y-%m-%d}:{specific}"

    def item_pubdate(self, version):
        return published_moment(version)

    def item_updateddate(self, version):
        return published_moment(version)


def published_moment(version) -> datetime:
    """When the version was published: the start of its publication day when the day is known
    (an imported 2024 response was published in 2024, not on the day it was imported), else the
    moment it was stored."""
    if version.published_on is None:
        return version.published_at
    return timezone.make_aware(datetime.combine(version.published_on, time.min))
