"""Routes of the certificates part of learning: public verification and downloads under
/chung-chi/, and the administrators' page under /quan-ly/chung-chi/."""

from django.urls import path

from portal.learning import views_certificates as views

urlpatterns = [
    path("chung-chi/", views.certificate_verify, name="certificate-verify"),
    # Before <code>/, which would otherwise take "to-chuc-cap.json" for a code.
    path("chung-chi/to-chuc-cap.json", views.certificate_issuer, name="certificate-issuer"),
    path("chung-chi/<str:code>/", views.certificate_detail, name="certificate-detail"),
    path("chung-chi/<str:code>/pdf/", views.certificate_pdf, name="certificate-pdf"),
    path(
        "chung-chi/<str:code>/chung-chi.json",
        views.certificate_credential,
        name="certificate-credential",
    ),
    path("quan-ly/chung-chi/", views.certificate_admin, name="certificate-admin"),
    path(
        "quan-ly/chung-chi/<str:code>/thu-hoi/",
        views.certificate_revoke,
        name="certificate-revoke",
    ),
]
