from django.urls import path

from section55.dashboards import views

app_name = "dashboards"
urlpatterns = [
    path("insights/", views.insights, name="insights"),
    path("insights/tracker.csv", views.tracker_export, {"fmt": "csv"}, name="tracker-csv"),
    path("insights/tracker.xlsx", views.tracker_export, {"fmt": "xlsx"}, name="tracker-xlsx"),
    path("insights/panel-report/", views.panel_report, name="panel-report"),
    path("insights/panel-report.docx", views.panel_report, {"fmt": "docx"}, name="panel-docx"),
    path("insights/panel-report.pdf", views.panel_report, {"fmt": "pdf"}, name="panel-pdf"),
    path("bodies/<slug:slug>/open-data/", views.open_data_index, name="open-data"),
    path(
        "bodies/<slug:slug>/open-data/<slug:dataset>.<slug:fmt>",
        views.open_data_file,
        name="open-data-file",
    ),
]
