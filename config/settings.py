"""All settings, read from the environment (see .env.example and STYLE.md §5)."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.env import env_bool, env_int, env_list, env_secret, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var"))).resolve()

DEBUG = env_bool("DEBUG", default=True)

_DEV_SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production-0123456789abcdef"  # noqa: S105
SECRET_KEY = env_secret("SECRET_KEY", _DEV_SECRET_KEY if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY (or SECRET_KEY_FILE) is required when DEBUG is off")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# The public address of the site, used in feeds, sitemaps, share links and e-mails.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "portal.core",
    "portal.accounts",
    "portal.campaign",
    "portal.news",
    "portal.learning",
    "portal.assessment",
    "portal.api",
    "portal.demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "ninja",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.core.middleware.ContentSecurityPolicyMiddleware",
    "portal.core.middleware.RejectNulMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.core.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.accounts.middleware.AccountGuardMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it sees the outcome of every authentication attempt (django-axes docs).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.core.context_processors.site",
                "portal.accounts.context_processors.roles",
            ],
        },
    },
]

# Database: SQLite in var/ (WAL) unless DATABASE_URL is set.
_SQLITE_OPTIONS: dict[str, object] = {
    "init_command": (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
        " PRAGMA foreign_keys=ON; PRAGMA cache_size=-20000;"
    ),
    "transaction_mode": "IMMEDIATE",
}
_DATABASE_URL = env_str("DATABASE_URL")
if _DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(_DATABASE_URL, conn_max_age=60)}
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        DATABASES["default"]["OPTIONS"] = dict(_SQLITE_OPTIONS)
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(VAR_DIR / "db.sqlite3"),
            "OPTIONS": dict(_SQLITE_OPTIONS),
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache, sessions and background tasks: Redis when REDIS_URL is set. Without it the cache is a
# file cache in var/, shared by all server processes, so a publish invalidates every worker's
# page cache (see docs/decisions/0003-page-cache.md).
REDIS_URL = env_str("REDIS_URL")
CACHES: dict[str, dict[str, Any]]
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "bdhvs"),
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    TASKS = {
        "default": {
            "BACKEND": "django_tasks_rq.RQBackend",
            "QUEUES": ["default"],
        }
    }
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    # Worker: python manage.py rqworker default --job-class django_tasks_rq.Job
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
        # Wagtail writes every rendition it serves back to this cache; a file cache makes that a
        # file write per picture per page view. In-process memory is fast; a rendition deleted in
        # another process (its image replaced) is forgotten here after the timeout.
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": 600,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

AUTH_USER_MODEL = "accounts.User"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses locked-out sign-ins before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "portal.accounts.backends.IdentifierBackend",
]
LOGIN_URL = "accounts:sign-in"
LOGIN_REDIRECT_URL = "accounts:profile"
WAGTAILADMIN_LOGIN_URL = "accounts:sign-in"

# Brute force: five wrong passwords for one account from one address lock that pair for
# 15 minutes; one address trying many accounts is locked after 30 failures.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "identifier"
AXES_USERNAME_CALLABLE = "portal.accounts.backends.axes_username"
AXES_LOCKOUT_CALLABLE = "portal.accounts.views.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.accounts.backends.client_ip"
AXES_VERBOSE = False
# 1 when a reverse proxy sets X-Forwarded-For (trusted for the client address of the lockout).
BEHIND_PROXY = env_bool("BEHIND_PROXY", default=env_bool("HTTPS", default=False))

# Staff (editors, moderators, managers, administrators) must pass a TOTP second factor.
STAFF_SECOND_FACTOR = env_bool("STAFF_SECOND_FACTOR", default=True)
OTP_TOTP_ISSUER = "Bình dân học vụ số"

# One-time codes for verifying a phone or e-mail and for password reset.
# SMS_SENDER: dotted path of a portal.accounts.senders.CodeSender; the console one prints codes.
SMS_SENDER = env_str("SMS_SENDER", "portal.accounts.senders.ConsoleSender")
SMS_GATEWAY_URL = env_str("SMS_GATEWAY_URL", "")
SMS_GATEWAY_TOKEN = env_secret("SMS_GATEWAY_TOKEN", "")
ONE_TIME_CODE_MINUTES = env_int("ONE_TIME_CODE_MINUTES", default=10)
# Key for the keyed hash of citizen ID numbers; defaults to one derived from SECRET_KEY.
CITIZEN_ID_KEY = env_secret("CITIZEN_ID_KEY", "")
# Version of the privacy notice; raising it asks every signed-in person to consent again.
PRIVACY_NOTICE_VERSION = env_str("PRIVACY_NOTICE_VERSION", "2026-12-01")
# Roster uploads: largest file and most rows accepted.
ROSTER_MAX_BYTES = env_int("ROSTER_MAX_BYTES", default=2 * 1024 * 1024)
ROSTER_MAX_ROWS = env_int("ROSTER_MAX_ROWS", default=5000)

# Certificates: the issuer printed and signed on them, the letters their codes start with, and the
# Ed25519 key signing their credentials (64 hex digits or base64; or CREDENTIAL_SIGNING_KEY_FILE).
# Unset, a key is generated into VAR_DIR/credential_signing_key on first use: set it when several
# machines serve the site. After changing it, list the old public key (z6Mk…) below.
CERTIFICATE_ISSUER_NAME = env_str(
    "CERTIFICATE_ISSUER_NAME", "Sở Khoa học và Công nghệ tỉnh Lào Cai"
)
CERTIFICATE_CODE_PREFIX = env_str("CERTIFICATE_CODE_PREFIX", "LC")
CREDENTIAL_SIGNING_KEY = env_secret("CREDENTIAL_SIGNING_KEY", "")
CREDENTIAL_RETIRED_PUBLIC_KEYS = env_list("CREDENTIAL_RETIRED_PUBLIC_KEYS", [])

# Languages: Vietnamese first, English complete; content translation through Wagtail i18n.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# Serve /media/ from Django (fine for one machine; a proxy or object storage for a country).
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Security headers. HTTPS=1 when the site is served over TLS (directly or behind a proxy that
# sets X-Forwarded-Proto).
HTTPS = env_bool("HTTPS", default=False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
# Wagtail's live preview frames the site itself, so DENY would break editing; which partner
# sites may embed pages is decided by CSP frame-ancestors (CSP_FRAME_ANCESTORS) instead.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Content Security Policy (django-csp 4). The public site runs no inline script or style, so
# nonces are not needed and cached pages stay valid; the admin gets a relaxed policy in
# portal.core.middleware.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://www.youtube.com"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'", *env_list("CSP_FRAME_ANCESTORS", [])],
    }
}

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Bình dân học vụ số <no-reply@localhost>")

# Wagtail
WAGTAIL_SITE_NAME = "Bình dân học vụ số"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests from the admin
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # "Chủ trương" -> "chu-truong": plain ASCII addresses
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp", "gif": "webp", "bmp": "webp"}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "zip"]
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # Text is folded to plain ASCII before indexing (portal.core.domain.text), so no
        # language-specific stemming is wanted.
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
TAGGIT_CASE_INSENSITIVE = True

# Page cache for anonymous readers (portal.core.middleware).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", default=60)
# How often buffered article view counts are written to the database.
VIEW_COUNT_FLUSH_SECONDS = env_int("VIEW_COUNT_FLUSH_SECONDS", default=5)
# A bare "hello" view for make bench; never enabled in normal serving.
BENCHMARK_ENDPOINTS = env_bool("BENCHMARK_ENDPOINTS", default=False)

NINJA_PAGINATION_PER_PAGE = 20

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
