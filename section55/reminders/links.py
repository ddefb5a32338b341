"""Where a reminder or a calendar entry sends people to act."""

from django.urls import NoReverseMatch, reverse


def response_path(response) -> str:
    return reverse("responses:detail", args=[response.public_id])


def item_path(item) -> str:
    """The item's own page once the tracking pages name one ``tracking:item``, else its
    response's page."""
    try:
        return reverse("tracking:item", args=[item.public_id])
    except NoReverseMatch:
        pass
    if item.response_id:
        return response_path(item.response)
    return reverse("reports:dashboard")
