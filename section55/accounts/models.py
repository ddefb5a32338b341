"""People who sign in. Each belongs to one policing body with one role; deployment-wide
administrators (``is_superuser``) manage every body through the admin site."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from simple_history.models import HistoricalRecords


class Role(models.TextChoices):
    VIEWER = "viewer", "Viewer"
    FORCE_LIAISON = "force_liaison", "Force liaison (chief officer's office)"
    EDITOR = "editor", "Editor"
    APPROVER = "approver", "Approver"
    ADMINISTRATOR = "administrator", "Administrator"


REPORT_EDITING_ROLES = {Role.EDITOR, Role.ADMINISTRATOR}


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **fields):
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **fields):
        fields.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **fields)


class User(AbstractUser):
    username = None
    email = models.EmailField("email address", unique=True)
    body = models.ForeignKey(
        "bodies.PolicingBody",
        on_delete=models.PROTECT,
        related_name="users",
        null=True,
        blank=True,
        help_text="The policing body this person works for",
    )
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.VIEWER)

    # Who changed a person's role or switched them off, and when; never their password hashes.
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []
    objects = UserManager()

    class Meta:
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def can_edit_reports(self) -> bool:
        return self.body_id is not None and self.role in REPORT_EDITING_ROLES
