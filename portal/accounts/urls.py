"""Account pages, mounted at /tai-khoan/ (and /en/tai-khoan/)."""

from django.urls import path

from portal.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("dang-ky/", views.sign_up, name="sign-up"),
    path("xac-nhan/", views.verify, name="verify"),
    path("dang-nhap/", views.sign_in, name="sign-in"),
    path("dang-xuat/", views.sign_out, name="sign-out"),
    path("quen-mat-khau/", views.password_reset_request, name="password-reset"),
    path("dat-lai-mat-khau/", views.password_reset_confirm, name="password-reset-confirm"),
    path("ho-so/", views.profile_edit, name="profile-edit"),
    path("tim-xa/", views.unit_search, name="unit-search"),
    path("dong-y/", views.consent, name="consent"),
    path("du-lieu-cua-toi/", views.my_data, name="data"),
    path("du-lieu-cua-toi/tai-ve/", views.my_data_download, name="data-download"),
    path("du-lieu-cua-toi/xoa-tai-khoan/", views.account_erase, name="erase"),
    path("ung-dung/", views.tokens, name="tokens"),
    path("xac-thuc-hai-lop/", views.two_factor, name="two-factor"),
]
