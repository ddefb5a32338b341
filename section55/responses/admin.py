from django.contrib import admin

from section55.responses.models import Response


@admin.register(Response)
class ResponseAdmin(admin.ModelAdmin):
    list_display = ["report", "body", "published_on"]
    list_filter = ["body"]
    list_select_related = ["report", "body"]
