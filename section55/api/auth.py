"""``Authorization: Bearer <token>``: the token's person acts through the API as themself."""

from ninja.security import HttpBearer

from section55.api.models import ApiToken


class PersonalToken(HttpBearer):
    def authenticate(self, request, token):
        api_token = ApiToken.objects.authenticate(token) if len(token) <= 100 else None
        if api_token is None:
            return None
        # The tenancy helpers and the workflow read the person from the request, as in pages.
        request.user = api_token.user
        return api_token.user
