"""The API itself: one ``NinjaAPI`` with the public and the own-body routers.

The interactive docs page is off (``docs_url=None``): ninja's page loads Swagger UI from a CDN,
which the site's content security policy (scripts from 'self' with a nonce) rightly blocks.
``/api/v1/openapi.json`` is the description; any OpenAPI viewer can read it.
"""

from ninja import NinjaAPI

from section55.api import private, public


class Api(NinjaAPI):
    def get_openapi_operation_id(self, operation):
        """Short, stable operation ids: the view's name (``tracked_items``, ``change_status``)."""
        return operation.view_func.__name__


api = Api(
    title="section55",
    version="1",
    description=(
        "Section 55 responses to HMICFRS inspection reports and the tracking of their findings. "
        "Forces, bodies, answered reports and published responses are open to anyone; a body's "
        "draft responses and tracked items need a personal token of someone in that body, sent "
        "as `Authorization: Bearer <token>`."
    ),
    urls_namespace="api",
    docs_url=None,
)
api.add_router("", public.router)
api.add_router("", private.router)
