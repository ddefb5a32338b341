"""Personal API tokens: a person's key to their own body's drafts and tracked items.

Only the SHA-256 of a token is stored; the token itself is shown once, when it is created, and
cannot be recovered. A revoked token stays as a record of what existed and when it was used.
"""

import hashlib
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

TOKEN_PREFIX = "s55_"  # noqa: S105 - a label, so a leaked token is recognisable


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, user__is_active=True)

    def authenticate(self, token: str) -> "ApiToken | None":
        """The live token whose secret is ``token``, marked as used now; ``None`` otherwise."""
        found = self.active().select_related("user__body").filter(secret_sha256=digest(token))
        api_token = found.first()
        if api_token is not None:
            api_token.last_used_at = timezone.now()
            ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=api_token.last_used_at)
        return api_token


class ApiToken(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, help_text="What the token is for, e.g. 'Power BI'")
    secret_sha256 = models.CharField(max_length=64, unique=True, editable=False)
    hint = models.CharField(
        max_length=12, editable=False, help_text="The token's first characters, to recognise it"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.name} ({self.hint}…)"

    @classmethod
    def issue(cls, user, name: str) -> tuple["ApiToken", str]:
        """A new token for ``user``; returns the record and the token, which is never stored."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        record = cls.objects.create(
            user=user, name=name, secret_sha256=digest(token), hint=token[:10]
        )
        return record, token

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def revoke(self):
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
