from django.contrib.auth import views as auth_views
from django.urls import path

from section55.accounts import views

app_name = "accounts"
urlpatterns = [
    path("sign-in", views.SignInView.as_view(), name="sign-in"),
    path("sign-out", views.SignOutView.as_view(), name="sign-out"),
    path("password/forgotten", views.PasswordResetView.as_view(), name="password-reset"),
    path(
        "password/sent",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_sent.html"),
        name="password-reset-sent",
    ),
    path("password/set/<uidb64>/<token>/", views.PasswordSetView.as_view(), name="password-set"),
    path(
        "password/done",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_set_done.html"
        ),
        name="password-set-done",
    ),
    path("people/", views.people, name="people"),
    path("people/<int:pk>/", views.person, name="person"),
]
