from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve as serve_static
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal.api.v1 import api as api_v1
from portal.core import views as core_views
from portal.learning import views_offline

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("robots.txt", core_views.robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    # At the root: a service worker only controls pages at or below its own address.
    path("sw.js", views_offline.service_worker, name="service-worker"),
    path("manifest.webmanifest", views_offline.web_manifest, name="web-manifest"),
    # One sign-in page for everyone (phone or e-mail, lockout, second factor for staff).
    path("admin/login/", RedirectView.as_view(pattern_name="accounts:sign-in", query_string=True)),
    path(
        "django-admin/login/",
        RedirectView.as_view(pattern_name="accounts:sign-in", query_string=True),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", api_v1.urls),
]

if settings.BENCHMARK_ENDPOINTS:
    urlpatterns.append(path("bench/hello", core_views.bench_hello, name="bench-hello"))

if settings.SERVE_MEDIA:
    # Uploaded images and documents; behind a real web server let it serve /media/ instead.
    # SCORM packages are served only by the sandboxed player (learning:scorm-content): on the
    # portal's own origin their scripts would run as the portal.
    urlpatterns.append(
        re_path(
            r"^media/(?!scorm/)(?P<path>.*)$",
            serve_static,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

urlpatterns += i18n_patterns(
    path("tai-khoan/", include("portal.accounts.urls")),
    path("quan-ly/so-lieu/", include("portal.campaign.urls")),
    path("", include("portal.campaign.urls_public")),
    path("quan-ly/phien-kiem-tra/", include("portal.assessment.manage_urls")),
    path("quan-ly/", include("portal.accounts.manage_urls")),
    path("", include("portal.news.urls")),
    path("", include("portal.assessment.urls")),
    path("", include("portal.learning.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
