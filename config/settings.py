"""Clearcare settings: the one settings module, configured by environment variables.

See .env.example for every variable. Debug is off unless DJANGO_DEBUG says
otherwise; without debug a DJANGO_SECRET_KEY is required.
"""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from config.env import (
    env_bool,
    env_database,
    env_int,
    env_list,
    env_origin,
    env_origins,
    env_phone_numbers,
    env_redis_url,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off "
            "(`make run` sets up a local key for development)."
        )
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_origins("DJANGO_CSRF_TRUSTED_ORIGINS")
# The site's own address (https://example.org) for canonical links and
# structured data; never taken from a request's Host header when set.
SITE_URL = env_origin("DJANGO_SITE_URL")
# Emergency numbers as "number place", the readers' own first (comma-separated):
# every page shows them, and the emergency advice makes each one a call link.
# Each language has its own: the English site's readers are mostly in the UK,
# the US and Europe; the Spanish site's in Spain, Mexico and the US.
EMERGENCY_NUMBERS = {
    "en": env_phone_numbers("DJANGO_EMERGENCY_NUMBERS", ["999 UK", "911 US", "112 EU"]),
    "es": env_phone_numbers("DJANGO_EMERGENCY_NUMBERS_ES", ["112 España", "911 México y EE. UU."]),
}

INSTALLED_APPS = [
    # Before the admin, as django-modeltranslation asks: editors' content in each language.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "corsheaders",
    "axes",
    "reversion",
    "core",
    "governance",
    "education",
    "triage",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Early, so that even the 503 and 500 pages speak the address's language.
    "config.middleware.PathLanguageMiddleware",
    "config.middleware.PermissionsPolicyMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise (static files come compressed already), before everything that
    # makes a page, the page cache included.
    "config.middleware.CompressionMiddleware",
    # Before CommonMiddleware, as django-cors-headers asks; it only touches /api/v1/.
    "corsheaders.middleware.CorsMiddleware",
    "config.middleware.ServiceUnavailableMiddleware",
    # Response headers only: outside the page cache, so a cached page gets it too.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Public pages from the cache, before sessions and everything else a cached page
    # does not need (education/caching.py).
    "education.caching.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
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
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "config.site.site",
                "education.glossary.glossary",
            ],
        },
    },
]

DATABASES = {"default": env_database("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_redis_url("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis cache, with errors logged and ignored: the site
            # keeps serving, uncached, while Redis is down.
            "BACKEND": "config.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "clearcare",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Each process's own copy of the parts of the page shell that are the same on many pages
# (the header and footer of a language: templates/base.html), kept until it restarts.
# Their keys name everything they show, so none is ever stale.
CACHES["fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "fragments",
    "TIMEOUT": None,
    "OPTIONS": {"MAX_ENTRIES": 1000},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English is served unprefixed (/articles/...), Spanish under /es/. The address
# alone decides the language (config.middleware.PathLanguageMiddleware).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
# The interface's Spanish catalogue; `make install` compiles it (the .mo is not kept in git).
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates written as each language's readers write them (templates use |date:"DATE_FORMAT").
FORMAT_MODULE_PATH = "config.formats"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Pictures editors upload (core.images) and their renditions. By default they are files
# under MEDIA_ROOT, served at MEDIA_URL by Django itself only where DJANGO_SERVE_MEDIA is
# on (with debug, and in the browser tests); in production the proxy serves MEDIA_ROOT
# at /media/. With MEDIA_S3_BUCKET set they go to that S3-compatible bucket instead
# (django-storages), which every app server shares; credentials come from the usual
# AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, and MEDIA_URL from the bucket's address.
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", default=DEBUG)
MEDIA_S3_BUCKET = env_str("MEDIA_S3_BUCKET")
if MEDIA_S3_BUCKET:
    _MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env_str("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": env_str("MEDIA_S3_REGION") or None,
            # The public address of the bucket (or a CDN in front of it), without https://.
            "custom_domain": env_str("MEDIA_S3_CUSTOM_DOMAIN") or None,
            "location": "media",
            # Pictures on a public page are public: plain addresses, cacheable for a year
            # (a picture's name never changes; a new upload gets a new name).
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    SERVE_MEDIA = False
    # Where pages load pictures from (the Content-Security-Policy's img-src).
    _custom = _MEDIA_STORAGE["OPTIONS"]["custom_domain"]
    _endpoint = _MEDIA_STORAGE["OPTIONS"]["endpoint_url"]
    MEDIA_ORIGINS = [
        f"https://{_custom}"
        if _custom
        else env_origin("MEDIA_S3_ENDPOINT_URL")
        if _endpoint
        else f"https://{MEDIA_S3_BUCKET}.s3.amazonaws.com"
    ]
else:
    MEDIA_ORIGINS = []
    _MEDIA_STORAGE = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": MEDIA_ROOT, "base_url": MEDIA_URL},
    }
STORAGES = {
    "default": _MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
#: The largest picture file an editor may upload, and the most pixels it may have.
IMAGE_UPLOAD_MAX_BYTES = env_int("IMAGE_UPLOAD_MAX_BYTES", 5 * 1024 * 1024)
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)

# Security. DJANGO_HTTPS (on by default without debug) turns on the settings
# that need HTTPS: redirect, HSTS and secure cookies. Set it to false only to
# serve plain HTTP on loopback (make serve, make bench).
HTTPS = env_bool("DJANGO_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
# Preloading puts the domain on a list that browsers ship, which is hard to
# undo: an operator opts in with DJANGO_HSTS_PRELOAD=true once HTTPS is for good.
SECURE_HSTS_PRELOAD = HTTPS and env_bool("DJANGO_HSTS_PRELOAD", default=False)
if HTTPS and not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]  # preload is off on purpose (see above)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
if env_bool("DJANGO_BEHIND_PROXY", default=False):
    # The proxy in front terminates TLS and says so in this header.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Other sites may not embed this site's responses (sent by config.middleware).
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=()"
)
# Content Security Policy, Django's own: scripts only from this site or with
# the request's nonce; no inline scripts or styles, no eval (htmx is
# configured to need neither).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *MEDIA_ORIGINS],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

# Email (review reminders), with Django's MAILERS: SMTP through DJANGO_EMAIL_HOST,
# or the machine's own mail server (localhost:25) without one. In development
# (debug on, no host) mail is written to the console instead.
_EMAIL_HOST = env_str("DJANGO_EMAIL_HOST")
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.console.EmailBackend",
    }
    if DEBUG and not _EMAIL_HOST
    else {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": _EMAIL_HOST or "localhost",
            "port": env_int("DJANGO_EMAIL_PORT", 587 if _EMAIL_HOST else 25),
            "username": env_str("DJANGO_EMAIL_USER"),
            "password": env_str("DJANGO_EMAIL_PASSWORD"),
            "use_tls": env_bool("DJANGO_EMAIL_TLS", default=bool(_EMAIL_HOST)),
        },
    }
}
DEFAULT_FROM_EMAIL = env_str("DJANGO_FROM_EMAIL", "Clearcare <editors@localhost>")

# The admin lives at DJANGO_ADMIN_URL (a path such as "editors/"), and
# django-axes locks out an address after repeated failed sign-ins.
ADMIN_URL = env_str("DJANGO_ADMIN_URL", "admin/").strip("/") + "/"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# How many proxies of ours stand in front (each appends to X-Forwarded-For):
# the client's address is the one the outermost of them saw.
NUM_PROXIES = env_int("DJANGO_NUM_PROXIES", 0)
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hour
# Lock a username from one address: guesses from anywhere never lock an editor
# out everywhere, and a locked-out guesser cannot extend the lock forever.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.client.client_ip"  # the same address as the rate limit

# The symptom checker accepts this many POSTs a minute from one address.
CHECKER_RATE_LIMIT = env_int("CHECKER_RATE_LIMIT", 60)
# Readers' “Was this helpful?” answers accepted a minute from one address.
FEEDBACK_RATE_LIMIT = env_int("FEEDBACK_RATE_LIMIT", 10)
# Public pages are cached this long (seconds); any editor's save clears them.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# Each process also keeps the pages it served last in memory (about 40 KB each), used
# only while the content version they were made from is current.
PAGE_CACHE_LOCAL_ENTRIES = env_int("PAGE_CACHE_LOCAL_ENTRIES", 200)
# An article's own parts (sections, sources, care cards...) are rendered once and kept
# this long under a key made of all they are made from (education.rendering), so a cache
# miss of the whole page is cheap too. 0 renders them on every request.
PARTS_CACHE_SECONDS = env_int("PARTS_CACHE_SECONDS", 7 * 24 * 60 * 60)
# What this deployment is (e.g. a commit id), added to a digest of the code, templates and
# libraries (core.deploy.code_version).
DEPLOY_VERSION = env_str("DEPLOY_VERSION")

# A CDN in front: public pages say it may keep them CDN_CACHE_SECONDS and serve them
# CDN_STALE_SECONDS stale while it fetches them again. With CDN_PURGE_URL set, every
# content change POSTs {"tags": ["clearcare-pages"], "site": DJANGO_SITE_URL} there
# (with CDN_PURGE_HEADERS, e.g. "Authorization: Bearer ..."), so the CDN may keep pages
# for minutes (600 s by default) and still drop them the moment an editor publishes;
# without it, a minute.
CDN_PURGE_URL = env_str("CDN_PURGE_URL", "")
if CDN_PURGE_URL and not CDN_PURGE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured("CDN_PURGE_URL must be an http:// or https:// address.")
CDN_PURGE_HEADERS = {
    name.strip(): value.strip()
    for name, _colon, value in (h.partition(":") for h in env_list("CDN_PURGE_HEADERS"))
    if value.strip()
}
CDN_CACHE_SECONDS = env_int("CDN_CACHE_SECONDS", 600 if CDN_PURGE_URL else 60)
CDN_STALE_SECONDS = env_int("CDN_STALE_SECONDS", 30)

# Compress pages (gzip) when no proxy in front does; turn off behind one that does.
# Safe against BREACH: Django pads each compressed answer with random bytes, public
# pages hold no secret, and the CSRF token in editors' forms is masked afresh each time.
COMPRESS_RESPONSES = env_bool("DJANGO_GZIP", True)

# The content API (/api/v1/): requests a minute from one address, and how long
# browsers and shared caches may keep an answer before asking again (an ETag
# makes asking again cheap). Any site may read it from a browser, GET only.
API_RATE_LIMIT = env_int("API_RATE_LIMIT", 120)
API_CACHE_SECONDS = env_int("API_CACHE_SECONDS", 300)
CORS_URLS_REGEX = r"^/api/v1/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_EXPOSE_HEADERS = ("ETag", "Last-Modified", "Retry-After")
# The licence the articles are offered under, as the API states it with each one.
# The content's owners choose it; set both when they do.
CONTENT_LICENCE = env_str(
    "CLEARCARE_CONTENT_LICENCE",
    "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 (CC BY-NC-SA 4.0)",
)
CONTENT_LICENCE_URL = env_str(
    "CLEARCARE_CONTENT_LICENCE_URL", "https://creativecommons.org/licenses/by-nc-sa/4.0/"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # Never log the checker's answers: Django's request logger records
        # only the method and path of a 4xx or 5xx.
        "django.security.DisallowedHost": {"level": "ERROR"},
    },
}
