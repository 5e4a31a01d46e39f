from django.urls import path

from portal.assessment import views

app_name = "assessment"

urlpatterns = [
    path("tu-danh-gia/", views.start, name="start"),
    path("tu-danh-gia/lich-su/", views.attempt_list, name="attempt-list"),
    path("tu-danh-gia/bai/<uuid:public_id>/", views.attempt_detail, name="attempt-detail"),
    path("tu-danh-gia/bai/<uuid:public_id>/dung/", views.attempt_finish, name="attempt-finish"),
    path("tu-danh-gia/ket-qua/<uuid:public_id>/", views.result_detail, name="result-detail"),
    path("tu-danh-gia/ket-qua/<uuid:public_id>/chia-se/", views.result_share, name="result-share"),
    path("tu-danh-gia/xem/<str:token>/", views.summary_shared, name="summary-shared"),
]
