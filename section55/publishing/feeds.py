from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
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
        return PublishedVersion.objects.public_for_body(body).order_by("-published_at")[:50]

    def item_title(self, version):
        title = f"Response to {version.response.report.title}"
        return title if version.number == 1 else f"{title} (correction, version {version.number})"

    def item_description(self, version):
        return version.correction_note or f"Published on {version.published_on:%-d %B %Y}."

    def item_link(self, version):
        response = version.response
        return reverse("publishing:response", args=[response.body.slug, response.report.slug])

    def item_guid(self, version):
        return f"{self.item_link(version)}#version-{version.number}"

    def item_pubdate(self, version):
        return version.published_at

    def item_updateddate(self, version):
        return version.published_at
