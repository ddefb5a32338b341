from django.urls import path

from section55.reminders import views

app_name = "reminders"
urlpatterns = [
    path("calendar", views.calendar_page, name="calendar"),
    path("calendar/reset", views.reset_calendar, name="calendar-reset"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="feed"),
]
