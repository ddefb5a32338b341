from django.urls import path

from section55.bodies import views

app_name = "bodies"
urlpatterns = [path("settings", views.body_settings, name="settings")]
