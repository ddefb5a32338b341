"""The one settings module. Everything that differs between deployments comes from environment
variables (see README.md, "Configuration"); a bad value stops start-up with a message naming it.

SECTION55_ENV selects safe defaults: ``production`` (the default) requires SECRET_KEY and
ALLOWED_HOSTS; ``demo`` and ``development`` work out of the box on SQLite; ``test`` is chosen by
pytest.
"""

from pathlib import Path

from csp.constants import NONCE, NONE, SELF

from section55 import environment as env
from section55.core.strict_templates import InvalidTemplateVariable

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent

ENVIRONMENT = env.choice("SECTION55_ENV", "production", env.ENVIRONMENTS)
PRODUCTION = ENVIRONMENT == "production"
DATA_DIR = Path(env.text("SECTION55_DATA_DIR", str(Path.cwd() / "data"))).resolve()

DEBUG = env.boolean("DEBUG", ENVIRONMENT == "development")
if PRODUCTION:
    SECRET_KEY = env.required("SECRET_KEY", "a long random string that signs sessions")
    if len(SECRET_KEY) < 32:
        raise env.ImproperlyConfigured("SECRET_KEY must be at least 32 characters long")
else:
    SECRET_KEY = env.text("SECRET_KEY") or f"insecure-{ENVIRONMENT}-key-never-use-in-production"

ALLOWED_HOSTS = env.listing(
    "ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "testserver"]
)
if PRODUCTION and not ALLOWED_HOSTS:
    raise env.ImproperlyConfigured("ALLOWED_HOSTS must list the host names the service answers to")
CSRF_TRUSTED_ORIGINS = env.listing("CSRF_TRUSTED_ORIGINS", [])
# The public address in emails, feeds and the API. `section55 demo --port N` sets it to
# http://127.0.0.1:N unless it is set explicitly (section55/cli.py): settings cannot see the port.
SITE_URL = env.text("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "section55.core.apps.StaticFilesConfig",
    "django.forms",
    "axes",
    "simple_history",
    "section55.core",
    "section55.accounts",
    "section55.bodies",
    "section55.reports",
    "section55.responses",
    "section55.publishing",
    "section55.tracking",
    "section55.dashboards",
    "section55.reminders",
    "section55.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "section55.urls"
WSGI_APPLICATION = "section55.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "section55.core.context_processors.service",
            ],
            # A missing variable is a bug: under test it raises, so the test fails.
            "string_if_invalid": InvalidTemplateVariable("%s") if ENVIRONMENT == "test" else "",
        },
    },
]
FORM_RENDERER = "section55.core.forms.GovUKFormRenderer"

_default_database = (
    "sqlite://:memory:" if ENVIRONMENT == "test" else f"sqlite:///{DATA_DIR}/section55.sqlite3"
)
DATABASES = {"default": env.database("DATABASE_URL", _default_database)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if ENVIRONMENT == "test":
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGIN_URL = "accounts:sign-in"
LOGIN_REDIRECT_URL = "reports:dashboard"
LOGOUT_REDIRECT_URL = "accounts:sign-in"

# Failed sign-ins: after AXES_FAILURE_LIMIT failures for one email address from one IP address,
# further attempts are refused for AXES_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = env.integer("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env.integer("AXES_COOLOFF_MINUTES", 15, minimum=1) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = env.integer("PROXY_COUNT", 0)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env.integer("SESSION_HOURS", 8, minimum=1) * 3600
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env.boolean("SECURE_COOKIES", PRODUCTION)
SECURE_SSL_REDIRECT = env.boolean("SECURE_SSL_REDIRECT", False)
if env.boolean("BEHIND_HTTPS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.integer("SECURE_HSTS_SECONDS", 0)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = False
USE_TZ = True
FORMAT_MODULE_PATH = ["section55.formats"]

# Static files: GOV.UK Frontend and MOJ Frontend come from npm (package.json) into node_modules.
# Their compiled CSS refers to fonts and images under /assets/, so that is where static files live.
STATIC_URL = "/assets/"
STATIC_ROOT = DATA_DIR / "static"
NODE_MODULES = PROJECT_DIR / "node_modules"
STATICFILES_DIRS = [
    NODE_MODULES / "govuk-frontend/dist/govuk/assets",
    NODE_MODULES / "@ministryofjustice/frontend/moj/assets",
    ("govuk", NODE_MODULES / "govuk-frontend/dist/govuk"),
    ("moj", NODE_MODULES / "@ministryofjustice/frontend/moj"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if ENVIRONMENT in ("production", "demo")
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
MEDIA_ROOT = DATA_DIR / "media"
WHITENOISE_MAX_AGE = 3600
# Outside production and the demo, serve straight from the source folders: no collectstatic.
WHITENOISE_USE_FINDERS = WHITENOISE_AUTOREFRESH = ENVIRONMENT in ("development", "test")

EMAIL_BACKEND = env.text(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env.text("EMAIL_HOST", "localhost")
EMAIL_PORT = env.integer("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env.text("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.text("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env.boolean("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env.text("DEFAULT_FROM_EMAIL", "section55@localhost")

SERVICE_NAME = "Section 55 responses"
MAX_UPLOAD_BYTES = env.integer("MAX_UPLOAD_MB", 50, minimum=1) * 1024 * 1024
# Fetching a report from its web address refuses private and loopback addresses unless allowed,
# so the service cannot be used to read pages only it can reach.
EXTRACTION_FETCH_PRIVATE_ADDRESSES = env.boolean("EXTRACTION_FETCH_PRIVATE_ADDRESSES", False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "INFO")},
    "loggers": {name: {"level": "WARNING"} for name in ("axes", "weasyprint", "fontTools")},
}

# --- Background tasks (reminders) --------------------------------------------------------------
# django-tasks with its database backend: `section55 db_worker` runs queued tasks from the same
# database as the application, so there is nothing else to run. See section55/reminders/README.md.
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
